import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { writeTransaction } from '../store/write-transaction.js';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { OFFICE_CODE_PATTERN, OFFICE_KIND_ZH, OfficeKind } from '../../../shared/domain/exchange.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';

/*
 * The office identity: Ed25519 signs packages, a separate X25519 key pair receives encrypted ones
 * (made with node:crypto; no conversion between the two curves by hand). Keys are stored as DER.
 */

export interface OfficeIdentity {
  name: string;
  code: string;
  kind: OfficeKind;
  fingerprint: string;
  createdAt: string;
}

interface IdentityRow {
  name: string;
  code: string;
  kind: OfficeKind;
  sign_public: Buffer;
  sign_private: Buffer;
  box_public: Buffer;
  box_private: Buffer;
  fingerprint: string;
  created_at: string;
}

/**
 * A fingerprint people read out on the phone: SHA-256 over both public keys, the first 20 bytes as
 * ten groups of four hex digits (160 bits; a forged key file would need a second preimage).
 */
export function fingerprintOf(signPublicDer: Buffer, boxPublicDer: Buffer): string {
  const digest = createHash('sha256').update('review-desk office key v1\n').update(signPublicDer).update(boxPublicDer).digest('hex');
  return (digest.slice(0, 40).toUpperCase().match(/.{4}/g) ?? []).join('-');
}

/** Fingerprints compare without case, spaces or dashes, so a dictated one can be typed any way. */
export function sameFingerprint(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();
  return norm(a) === norm(b);
}

function identityRow(db: Database.Database): IdentityRow | undefined {
  return prepared(db, 'SELECT * FROM office_identity WHERE id = 1').get() as IdentityRow | undefined;
}

export function findOfficeIdentity(db: Database.Database): OfficeIdentity | null {
  const row = identityRow(db);
  return row ? { name: row.name, code: row.code, kind: row.kind, fingerprint: row.fingerprint, createdAt: row.created_at } : null;
}

export function requireOfficeIdentity(db: Database.Database): OfficeIdentity {
  const identity = findOfficeIdentity(db);
  if (!identity) throw new AppError('office.not-set-up', '本机尚未设置单位身份（单位名称、代码、类型和密钥），请先设置。');
  return identity;
}

export const OfficeSetupInput = z.object({
  name: z.string().trim().min(1, { error: '请填写单位名称' }).max(60),
  code: z.string().trim().regex(OFFICE_CODE_PATTERN, { error: '单位代码只能包含字母、数字、点、横线和下划线，最多 32 个字符' }),
  kind: OfficeKind,
});

/** Freshly made key pairs of an office (DER), ready to be stored with its identity. */
export interface NewOfficeKeys {
  signPublic: Buffer;
  signPrivate: Buffer;
  boxPublic: Buffer;
  boxPrivate: Buffer;
  fingerprint: string;
}

/** Makes the office's Ed25519 and X25519 key pairs (outside any transaction). */
export function makeOfficeKeys(): NewOfficeKeys {
  const signing = generateKeyPairSync('ed25519');
  const box = generateKeyPairSync('x25519');
  const signPublic = signing.publicKey.export({ type: 'spki', format: 'der' });
  const boxPublic = box.publicKey.export({ type: 'spki', format: 'der' });
  return {
    signPublic,
    signPrivate: signing.privateKey.export({ type: 'pkcs8', format: 'der' }),
    boxPublic,
    boxPrivate: box.privateKey.export({ type: 'pkcs8', format: 'der' }),
    fingerprint: fingerprintOf(signPublic, boxPublic),
  };
}

/** Stores the identity with its keys; call inside a write transaction (first-run setup or `setUpOffice`). */
export function insertOfficeIdentity(db: Database.Database, actor: string, input: z.input<typeof OfficeSetupInput>, keys: NewOfficeKeys): void {
  const fields = OfficeSetupInput.parse(input);
  if (identityRow(db)) throw new AppError('office.exists', '本机已设置单位身份和密钥；更换密钥会使对方的信任失效，暂不支持。');
  prepared(
    db,
    `INSERT INTO office_identity (id, name, code, kind, sign_public, sign_private, box_public, box_private, fingerprint, created_at, created_by)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fields.name, fields.code, fields.kind, keys.signPublic, keys.signPrivate, keys.boxPublic, keys.boxPrivate, keys.fingerprint, nowIso(), actor);
  recordAudit(db, { actor, action: 'office.setup', entity: 'office', entityId: 1, after: { ...fields, fingerprint: keys.fingerprint } });
}

/**
 * Sets the office identity and makes its key pairs (once: a second call keeps the keys and only
 * refuses, because trusted partners know this office by its fingerprint). New installations do this
 * in first-run setup; an installation set up before exchange packages existed does it here, on first use.
 */
export function setUpOffice(db: Database.Database, actor: string, input: z.input<typeof OfficeSetupInput>): OfficeIdentity {
  OfficeSetupInput.parse(input);
  if (identityRow(db)) throw new AppError('office.exists', '本机已设置单位身份和密钥；更换密钥会使对方的信任失效，暂不支持。');
  const keys = makeOfficeKeys();
  writeTransaction(db, () => insertOfficeIdentity(db, actor, input, keys));
  return requireOfficeIdentity(db);
}

/** The private keys, for signing and opening packages; never leaves the core. */
export function officeSecrets(db: Database.Database): { identity: OfficeIdentity; signKey: KeyObject; boxKey: KeyObject; signPublic: Buffer; boxPublic: Buffer } {
  const identity = requireOfficeIdentity(db);
  const row = identityRow(db)!;
  return {
    identity,
    signKey: createPrivateKey({ key: row.sign_private, format: 'der', type: 'pkcs8' }),
    boxKey: createPrivateKey({ key: row.box_private, format: 'der', type: 'pkcs8' }),
    signPublic: row.sign_public,
    boxPublic: row.box_public,
  };
}

/** The public key file another office imports to trust this one. Self-signed: proves the sender holds the key. */
export const KeyFile = z.object({
  format: z.literal('review-desk-office-key'),
  version: z.literal(1),
  name: z.string().min(1).max(60),
  code: z.string().regex(OFFICE_CODE_PATTERN),
  kind: OfficeKind,
  signPublicKey: z.string().min(1).max(200),
  boxPublicKey: z.string().min(1).max(200),
  fingerprint: z.string(),
  signature: z.string().min(1).max(200),
});
export type KeyFile = z.infer<typeof KeyFile>;

function keyFileBody(k: Omit<KeyFile, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify([k.format, k.version, k.name, k.code, k.kind, k.signPublicKey, k.boxPublicKey, k.fingerprint]), 'utf8');
}

export function exportKeyFile(db: Database.Database): { fileName: string; json: string } {
  const { identity, signKey, signPublic, boxPublic } = officeSecrets(db);
  const body = {
    format: 'review-desk-office-key' as const,
    version: 1 as const,
    name: identity.name,
    code: identity.code,
    kind: identity.kind,
    signPublicKey: signPublic.toString('base64'),
    boxPublicKey: boxPublic.toString('base64'),
    fingerprint: identity.fingerprint,
  };
  const signature = sign(null, keyFileBody(body), signKey).toString('base64');
  return { fileName: `${identity.code}-公钥.json`, json: `${JSON.stringify({ ...body, signature }, null, 2)}\n` };
}

/** Reads and checks a key file; the fingerprint is recomputed from the keys, never taken from the file. */
export function readKeyFile(text: string): KeyFile & { signDer: Buffer; boxDer: Buffer } {
  let parsed: KeyFile;
  try {
    parsed = KeyFile.parse(JSON.parse(text));
  } catch {
    throw new AppError('office.key-file', '这不是有效的单位公钥文件（应为“office export-key”导出的 JSON 文件）。');
  }
  const signDer = Buffer.from(parsed.signPublicKey, 'base64');
  const boxDer = Buffer.from(parsed.boxPublicKey, 'base64');
  let ok = false;
  try {
    const signKey = createPublicKey({ key: signDer, format: 'der', type: 'spki' });
    const boxKey = createPublicKey({ key: boxDer, format: 'der', type: 'spki' });
    ok = signKey.asymmetricKeyType === 'ed25519' && boxKey.asymmetricKeyType === 'x25519' &&
      verify(null, keyFileBody(parsed), signKey, Buffer.from(parsed.signature, 'base64'));
  } catch {
    ok = false;
  }
  const fingerprint = fingerprintOf(signDer, boxDer);
  if (!ok || !sameFingerprint(fingerprint, parsed.fingerprint)) {
    throw new AppError('office.key-file-broken', '公钥文件校验失败：文件已被改动或已损坏，请向对方重新索取。');
  }
  return { ...parsed, fingerprint, signDer, boxDer };
}

export interface TrustedOffice {
  id: number;
  code: string;
  name: string;
  kind: OfficeKind;
  fingerprint: string;
  validUntil: string | null;
  trustedAt: string;
  trustedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

interface TrustRow {
  id: number;
  code: string;
  name: string;
  kind: OfficeKind;
  sign_public: Buffer;
  box_public: Buffer;
  fingerprint: string;
  valid_until: string | null;
  trusted_at: string;
  trusted_by: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

const toTrusted = (r: TrustRow): TrustedOffice => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  fingerprint: r.fingerprint,
  validUntil: r.valid_until,
  trustedAt: r.trusted_at,
  trustedBy: r.trusted_by,
  withdrawnAt: r.withdrawn_at,
  withdrawnBy: r.withdrawn_by,
  withdrawReason: r.withdraw_reason,
});

export function listTrusted(db: Database.Database): TrustedOffice[] {
  return (prepared(db, 'SELECT * FROM trusted_offices ORDER BY withdrawn_at IS NOT NULL, code, id').all() as TrustRow[]).map(toTrusted);
}

/**
 * Trusts another office. The person must type (or confirm) the fingerprint they heard from the other
 * office on the phone; without it nothing is stored and the fingerprint to check is returned in the message.
 */
export function trustOffice(
  db: Database.Database,
  actor: string,
  input: { keyFile: string; confirmFingerprint: string | null; validUntil: string | null },
): TrustedOffice {
  const key = readKeyFile(input.keyFile);
  const own = findOfficeIdentity(db);
  if (own && own.code === key.code) throw new AppError('office.trust-self', '这是本单位自己的公钥，无需信任。');
  if (!input.confirmFingerprint || !sameFingerprint(input.confirmFingerprint, key.fingerprint)) {
    throw new AppError(
      'office.fingerprint-unconfirmed',
      `请与「${key.name}」（${OFFICE_KIND_ZH[key.kind]}，代码 ${key.code}）电话核对密钥指纹后再确认：${key.fingerprint}` +
        (input.confirmFingerprint ? '。所填指纹与文件不符，未添加信任。' : ''),
      { fingerprint: key.fingerprint },
    );
  }
  return writeTransaction(db, () => {
    const active = prepared(db, 'SELECT * FROM trusted_offices WHERE code = ? AND withdrawn_at IS NULL').get(key.code) as TrustRow | undefined;
    if (active) {
      if (sameFingerprint(active.fingerprint, key.fingerprint)) return toTrusted(active);
      throw new AppError('office.trust-other-key', `「${active.name}」（${key.code}）已以另一密钥（指纹 ${active.fingerprint}）受信任；请先撤销原信任再导入新密钥。`);
    }
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO trusted_offices (code, name, kind, sign_public, box_public, fingerprint, valid_until, trusted_at, trusted_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(key.code, key.name, key.kind, key.signDer, key.boxDer, key.fingerprint, input.validUntil, nowIso(), actor);
    const trusted = toTrusted(prepared(db, 'SELECT * FROM trusted_offices WHERE id = ?').get(lastInsertRowid) as TrustRow);
    recordAudit(db, { actor, action: 'office.trust', entity: 'trusted-office', entityId: trusted.id, after: trusted });
    return trusted;
  });
}

export function withdrawTrust(db: Database.Database, actor: string, code: string, reason: string | null): TrustedOffice {
  return writeTransaction(db, () => {
    const row = prepared(db, 'SELECT * FROM trusted_offices WHERE code = ? AND withdrawn_at IS NULL').get(code) as TrustRow | undefined;
    if (!row) throw new AppError('office.not-trusted', `信任列表中没有代码为「${code}」的单位。`);
    prepared(db, 'UPDATE trusted_offices SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?').run(nowIso(), actor, reason, row.id);
    const after = toTrusted(prepared(db, 'SELECT * FROM trusted_offices WHERE id = ?').get(row.id) as TrustRow);
    recordAudit(db, { actor, action: 'office.withdraw-trust', entity: 'trusted-office', entityId: row.id, before: toTrusted(row), after });
    return after;
  });
}

/** The trusted office with this code, or why its packages are refused (Chinese, names the fingerprint). */
export function trustedSender(
  db: Database.Database,
  sender: { code: string; name: string; fingerprint: string },
  today: string,
): { office: TrustedOffice; signKey: KeyObject; boxKey: KeyObject } {
  const rows = prepared(db, 'SELECT * FROM trusted_offices WHERE code = ? ORDER BY id DESC').all(sender.code) as TrustRow[];
  const active = rows.find((r) => r.withdrawn_at === null);
  const who = `「${sender.name}」（代码 ${sender.code}，密钥指纹 ${sender.fingerprint}）`;
  if (!active) {
    const withdrawn = rows[0];
    if (withdrawn) {
      throw new AppError('package.trust-withdrawn', `发件单位${who}的信任已于 ${withdrawn.withdrawn_at!.slice(0, 10)} 撤销，不接受其交换包。`);
    }
    throw new AppError('package.unknown-sender', `发件单位${who}不在本机的信任列表中，已拒收。请与对方电话核对指纹后导入其公钥文件。`);
  }
  if (!sameFingerprint(active.fingerprint, sender.fingerprint)) {
    throw new AppError('package.sender-key-changed', `交换包声称来自${who}，但本机信任的该单位密钥指纹为 ${active.fingerprint}，已拒收。`);
  }
  if (active.valid_until !== null && today > active.valid_until) {
    throw new AppError('package.trust-expired', `对发件单位${who}的信任已于 ${active.valid_until} 到期，请重新核对并导入其公钥。`);
  }
  return {
    office: toTrusted(active),
    signKey: createPublicKey({ key: active.sign_public, format: 'der', type: 'spki' }),
    boxKey: createPublicKey({ key: active.box_public, format: 'der', type: 'spki' }),
  };
}

/** The trusted office a package is made for; withdrawn or expired trust refuses sending too. */
export function trustedReceiver(db: Database.Database, code: string, today: string): { office: TrustedOffice; boxKey: KeyObject } {
  const row = prepared(db, 'SELECT * FROM trusted_offices WHERE code = ? AND withdrawn_at IS NULL').get(code) as TrustRow | undefined;
  if (!row) throw new AppError('package.receiver-unknown', `收件单位「${code}」不在本机的信任列表中：请先导入其公钥并核对指纹。`);
  if (row.valid_until !== null && today > row.valid_until) {
    throw new AppError('package.trust-expired', `对收件单位「${row.name}」的信任已于 ${row.valid_until} 到期，请重新核对并导入其公钥。`);
  }
  return { office: toTrusted(row), boxKey: createPublicKey({ key: row.box_public, format: 'der', type: 'spki' }) };
}

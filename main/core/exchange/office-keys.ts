import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { writeTransaction } from '../store/write-transaction.js';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { OFFICE_CODE_PATTERN, OfficeKind } from '../../../shared/domain/exchange.js';
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

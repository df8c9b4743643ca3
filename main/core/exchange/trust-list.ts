import { createPublicKey, type KeyObject } from 'node:crypto';
import type Database from 'better-sqlite3';
import { OFFICE_KIND_ZH, type OfficeKind } from '../../../shared/domain/exchange.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { findOfficeIdentity, readKeyFile, sameFingerprint } from './office-keys.js';
import { officeTimeZone } from '../clock.js';
import { dateInZone } from '../../../shared/domain/office-time.js';

/*
 * The trust list: the other offices whose packages this installation accepts and to whom it sends,
 * each trusted after the fingerprint was confirmed on the phone; trust can expire and be withdrawn.
 */

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
      throw new AppError('package.trust-withdrawn', `发件单位${who}的信任已于 ${dateInZone(withdrawn.withdrawn_at!, officeTimeZone(db))} 撤销，不接受其交换包。`);
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

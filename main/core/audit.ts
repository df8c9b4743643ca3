import { createHash } from 'node:crypto';
import { writeTransaction } from './store/write-transaction.js';
import type Database from 'better-sqlite3';
import { nowIso, prepared } from './store/statements.js';
import { DEFAULT_TIME_ZONE, dayStartInZone } from '../../shared/domain/office-time.js';

export interface AuditEntry {
  /** The acting account's login ('system' for the program's own work). */
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

interface StoredRow {
  id: number;
  at: string;
  actor: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** The chain starts from this value, so the first entry is hashed like every other. */
export const GENESIS = '';

/** The canonical content of an entry: every column but the hashes, in a fixed order. */
function canonical(row: Omit<StoredRow, 'prev_hash' | 'hash'>): string {
  return JSON.stringify([row.id, row.at, row.actor, row.user_id, row.action, row.entity, row.entity_id, row.before_json, row.after_json]);
}

export function entryHash(prevHash: string, row: Omit<StoredRow, 'prev_hash' | 'hash'>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(row)).digest('hex');
}

function lastEntry(db: Database.Database): { id: number; hash: string | null } | undefined {
  return prepared(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
}

/**
 * Appends to the audit log, chained to the previous entry; call it inside the same transaction as the
 * change it records (it opens its own otherwise, IMMEDIATE so the read of the chain head cannot race).
 */
export function recordAudit(db: Database.Database, entry: AuditEntry): void {
  writeTransaction(db, () => {
    const last = lastEntry(db);
    const user = prepared(db, 'SELECT id FROM users WHERE login = ?').get(entry.actor) as { id: number } | undefined;
    const row = {
      id: (last?.id ?? 0) + 1,
      at: nowIso(),
      actor: entry.actor,
      user_id: user?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    };
    const prev = last?.hash ?? GENESIS;
    prepared(
      db,
      `INSERT INTO audit_log (id, at, actor, user_id, action, entity, entity_id, before_json, after_json, prev_hash, hash)
       VALUES (@id, @at, @actor, @user_id, @action, @entity, @entity_id, @before_json, @after_json, @prev, @hash)`,
    ).run({ ...row, prev, hash: entryHash(prev, row) });
  });
}

/**
 * Seals entries written before the chain existed (schema < 70), in id order. Runs after every open;
 * costs one indexed look-up when there is nothing to seal.
 */
export function sealAuditLog(db: Database.Database): number {
  const first = db.prepare('SELECT min(id) AS id FROM audit_log WHERE hash IS NULL').get() as { id: number | null };
  if (first.id === null) return 0;
  let sealed = 0;
  writeTransaction(db, () => {
    const before = db.prepare('SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1').get(first.id) as { hash: string | null } | undefined;
    let prev = before?.hash ?? GENESIS;
    const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    const rows = db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(first.id) as StoredRow[];
    for (const row of rows) {
      if (row.hash !== null) break;
      const hash = entryHash(prev, row);
      update.run(prev, hash, row.id);
      prev = hash;
      sealed++;
    }
  });
  return sealed;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The hash of the last entry: note it down (paper register, report) to detect a truncated tail later. */
  head: string | null;
  firstBroken: { id: number; reason: string } | null;
}

const GUARD_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'];

/** Recomputes the whole chain and names the first entry that does not fit. */
export function verifyAuditChain(db: Database.Database): ChainReport {
  const triggers = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string }[]).map((t) => t.name),
  );
  const missingTrigger = GUARD_TRIGGERS.find((t) => !triggers.has(t));
  let prev = GENESIS;
  let expectedId: number | null = null;
  let entries = 0;
  let broken: ChainReport['firstBroken'] = null;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<StoredRow>) {
    entries++;
    if (broken) continue;
    if (expectedId !== null && row.id !== expectedId) broken = { id: row.id, reason: `第 ${expectedId} 至 ${row.id - 1} 条记录缺失（被删除）` };
    else if (row.hash === null) broken = { id: row.id, reason: '该记录未纳入哈希链（可能是绕过程序写入的）' };
    else if (row.prev_hash !== prev) broken = { id: row.id, reason: '与前一条记录的哈希不衔接（前面的记录被删除、插入或修改）' };
    else if (entryHash(prev, row) !== row.hash) broken = { id: row.id, reason: '记录内容与其哈希不符（内容被修改）' };
    prev = row.hash ?? prev;
    expectedId = row.id + 1;
  }
  if (!broken && missingTrigger) broken = { id: 0, reason: `审计日志的防篡改触发器 ${missingTrigger} 已被删除` };
  return { ok: broken === null, entries, head: entries > 0 ? prev : null, firstBroken: broken };
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

function toAuditRow(r: StoredRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    userId: r.user_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  };
}

export function auditTrail(db: Database.Database, entity: string, entityId: number): AuditRow[] {
  const rows = prepared(db, 'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, entityId) as StoredRow[];
  return rows.map(toAuditRow);
}

export interface AuditFilter {
  userId?: number;
  matterId?: number;
  action?: string;
  from?: string;
  to?: string;
}

/**
 * The audit page's query: filters by person, matter, action prefix and date. Dates are days in China
 * time (UTC+8, no daylight saving), the zone the offices work in; entries are stored in UTC.
 */
/** Audit rows matching the filter; `from`/`to` are days of the office's time zone (default China time). */
export function queryAudit(
  db: Database.Database,
  filter: AuditFilter,
  limit: number,
  offset: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): { items: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.userId !== undefined) add('user_id = ?', filter.userId);
  if (filter.matterId !== undefined) add("entity = 'matter' AND entity_id = ?", filter.matterId);
  if (filter.action) add("action LIKE ? ESCAPE '\\'", `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.from) add('at >= ?', dayStartInZone(filter.from, timeZone));
  if (filter.to) add('at < ?', dayStartInZone(nextDay(filter.to), timeZone));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as StoredRow[];
  return { items: rows.map(toAuditRow), total };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

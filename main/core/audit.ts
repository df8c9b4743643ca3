import type Database from 'better-sqlite3';
import { nowIso, prepared } from './store/statements.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log; call it inside the same transaction as the change it records. */
export function recordAudit(db: Database.Database, entry: AuditEntry): void {
  prepared(
    db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    nowIso(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export function auditTrail(db: Database.Database, entity: string, entityId: number): AuditRow[] {
  const rows = prepared(
    db,
    `SELECT id, at, actor, action, entity, entity_id, before_json, after_json
     FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`,
  ).all(entity, entityId) as {
    id: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: number | null;
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  BulkUpdateInput,
  MatterCorrection,
  MatterRef,
  MissingField,
  UpdateMatterInput,
} from '../../../shared/contract/matter-records.js';
import type { Matter } from '../../../shared/contract/matters.js';
import { CORRECTABLE_FIELDS, type CorrectableField, UNIT_PLACEHOLDER } from '../../../shared/domain/matter.js';
import { MATTER_TYPE_ZH } from '../../../shared/domain/labels-zh.js';
import { unlinkedName } from '../accounts/account-store.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { initialDeadline } from '../workflow/deadline-service.js';
import { type MatterRow, SELECT_MATTER, getMatter, toMatter } from './matter-service.js';

/*
 * Corrections of registered matters (issue 20). A matter's registered fields can be changed after
 * registration, each change recorded with who, when, old → new and why; a matter registered by
 * mistake is voided (作废) rather than deleted, so the serial numbering keeps no gaps and the record
 * of what happened stays.
 */

/** Column of each correctable field; the SQL below is built only from this fixed map. */
const COLUMN: Record<CorrectableField, string> = {
  type: 'type',
  title: 'title',
  submittingUnit: 'submitting_unit',
  township: 'township',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  receivedOn: 'received_on',
  dueOn: 'due_on',
  note: 'note',
};

/** Statuses after which the registration is history: the letter went out on these data. */
const AFTER_OPINION = new Set<Matter['status']>(['opinion-issued', 'awaiting-feedback', 'closed']);

function assertNotVoided(matter: Matter): void {
  if (matter.voided) throw new AppError('matter.voided', `事项 ${matter.serial} 已作废，不能再修改。`);
}

function insertCorrection(
  db: Database.Database,
  actor: string,
  at: string,
  row: { matterId: number; field: CorrectableField | 'voided'; oldValue: string | null; newValue: string | null; reason: string },
): void {
  prepared(
    db,
    `INSERT INTO matter_corrections (matter_id, field, old_value, new_value, reason, actor, at)
     VALUES (@matterId, @field, @oldValue, @newValue, @reason, @actor, @at)`,
  ).run({ ...row, actor, at });
}

/** Applies the changed fields of one matter inside the caller's transaction; returns how many changed. */
function applyChanges(
  db: Database.Database,
  actor: string,
  at: string,
  before: Matter,
  changes: Partial<Record<CorrectableField, string | null>>,
  reason: string,
): number {
  const changed = CORRECTABLE_FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== before[f]);
  if (changed.length === 0) return 0;
  const next = { ...before, ...Object.fromEntries(changed.map((f) => [f, changes[f]])) } as Matter;
  if (next.dueOn !== null && next.dueOn < next.receivedOn) {
    throw new AppError('matter.due-before-received', '办理期限不能早于收件日期。');
  }
  if (AFTER_OPINION.has(before.status) && (changed.includes('receivedOn') || changed.includes('dueOn'))) {
    throw new AppError('matter.dates-final', `事项 ${before.serial} 已出具意见，收件日期和办理期限不能再改（期限统计以出具时为准）。`);
  }
  const sets = changed.map((f) => `${COLUMN[f]} = @${f}`);
  const params: Record<string, unknown> = { id: before.id, at, ...Object.fromEntries(changed.map((f) => [f, changes[f]])) };
  // A new type or receipt day moves a due date the office's limit computed; a date typed by hand stays.
  if ((changed.includes('type') || changed.includes('receivedOn')) && !changed.includes('dueOn')) {
    const deadline = initialDeadline(db, next.type, next.receivedOn, null);
    const limit = prepared(db, 'SELECT limit_days FROM matters WHERE id = ?').get(before.id) as { limit_days: number | null };
    if (limit.limit_days !== null && deadline.dueOn !== before.dueOn) {
      sets.push('due_on = @newDue', 'limit_days = @newLimit');
      params.newDue = deadline.dueOn;
      params.newLimit = deadline.limitDays;
      changed.push('dueOn');
      (changes as Record<string, unknown>).dueOn = deadline.dueOn;
    }
  }
  if (changed.includes('dueOn') && changes.dueOn && !params.newDue) {
    sets.push('limit_days = @newLimit');
    params.newLimit = initialDeadline(db, next.type, next.receivedOn, changes.dueOn).limitDays;
  }
  prepared(db, `UPDATE matters SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run(params);
  for (const field of changed) {
    insertCorrection(db, actor, at, {
      matterId: before.id,
      field,
      oldValue: before[field],
      newValue: (changes[field] as string | null | undefined) ?? null,
      reason,
    });
  }
  return changed.length;
}

/** Corrects registered fields of a matter; every changed field is recorded with the reason. */
export function updateMatter(db: Database.Database, actor: string, input: z.output<typeof UpdateMatterInput>): Matter {
  return writeTransaction(db, () => {
    const before = getMatter(db, input.id);
    assertNotVoided(before);
    const count = applyChanges(db, actor, nowIso(), before, input.changes, input.reason);
    if (count === 0) throw new AppError('matter.no-change', '没有修改任何内容。');
    const after = getMatter(db, input.id);
    recordAudit(db, { actor, action: 'matter.update', entity: 'matter', entityId: input.id, before, after: { ...after, reason: input.reason } });
    return after;
  });
}

/** Voids a matter registered by mistake: it keeps its serial, leaves the queue and the statistics. */
export function voidMatter(db: Database.Database, actor: string, input: { id: number; reason: string }): Matter {
  return writeTransaction(db, () => {
    const before = getMatter(db, input.id);
    assertNotVoided(before);
    if (AFTER_OPINION.has(before.status)) {
      throw new AppError('matter.void-after-opinion', `事项 ${before.serial} 已出具意见书，不能作废；如有错误请出具更正意见书。`);
    }
    const at = nowIso();
    prepared(db, 'UPDATE matters SET voided_at = ?, voided_by = ?, void_reason = ?, updated_at = ? WHERE id = ?').run(
      at,
      actor,
      input.reason,
      at,
      input.id,
    );
    insertCorrection(db, actor, at, { matterId: input.id, field: 'voided', oldValue: null, newValue: '作废', reason: input.reason });
    recordAudit(db, { actor, action: 'matter.void', entity: 'matter', entityId: input.id, before, after: { voided: true, reason: input.reason } });
    return getMatter(db, input.id);
  });
}

/** The recorded corrections of a matter, oldest first, with the actors' names. */
export function matterCorrections(db: Database.Database, matterId: number): MatterCorrection[] {
  getMatter(db, matterId);
  const rows = prepared(
    db,
    `SELECT c.*, u.display_name FROM matter_corrections c LEFT JOIN users u ON u.login = c.actor
     WHERE c.matter_id = ? ORDER BY c.id`,
  ).all(matterId) as {
    id: number;
    matter_id: number;
    field: MatterCorrection['field'];
    old_value: string | null;
    new_value: string | null;
    reason: string;
    actor: string;
    display_name: string | null;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    matterId: r.matter_id,
    field: r.field,
    oldValue: r.field === 'type' && r.old_value ? (MATTER_TYPE_ZH[r.old_value as Matter['type']] ?? r.old_value) : r.old_value,
    newValue: r.field === 'type' && r.new_value ? (MATTER_TYPE_ZH[r.new_value as Matter['type']] ?? r.new_value) : r.new_value,
    reason: r.reason,
    actor: r.actor,
    actorName: r.display_name ?? unlinkedName(r.actor),
    at: r.at,
  }));
}

function missingOf(m: Matter): MissingField[] {
  const missing: MissingField[] = [];
  if (m.submittingUnit === UNIT_PLACEHOLDER) missing.push('submittingUnit');
  if (!m.township) missing.push('township');
  return missing;
}

/** Matters (not voided) whose 送审单位 is still the import placeholder or whose 乡镇 is empty. */
export function incompleteMatters(db: Database.Database): { items: { matter: Matter; missing: MissingField[] }[]; total: number } {
  const rows = prepared(
    db,
    `${SELECT_MATTER} WHERE m.voided_at IS NULL AND (m.submitting_unit = ? OR m.township IS NULL OR m.township = '')
     ORDER BY m.received_on DESC, m.id DESC`,
  ).all(UNIT_PLACEHOLDER) as MatterRow[];
  const items = rows.map(toMatter).map((matter) => ({ matter, missing: missingOf(matter) }));
  return { items, total: items.length };
}

/** Sets 送审单位, 乡镇 and/or 事项类型 of several matters at once, recording each change. */
export function bulkUpdateMatters(db: Database.Database, actor: string, input: z.output<typeof BulkUpdateInput>): { updated: number } {
  return writeTransaction(db, () => {
    const at = nowIso();
    let updated = 0;
    for (const id of new Set(input.ids)) {
      const before = getMatter(db, id);
      assertNotVoided(before);
      if (applyChanges(db, actor, at, before, input.changes, input.reason) > 0) updated++;
    }
    recordAudit(db, { actor, action: 'matter.bulk-update', entity: 'matter', entityId: null, after: { ...input, updated } });
    return { updated };
  });
}

/** Matters whose serial or title contains the query, for link fields (关联审查事项); exact serial first. */
export function lookupMatters(db: Database.Database, query: string, limit: number): MatterRef[] {
  const q = query.trim();
  const rows = prepared(
    db,
    `SELECT id, serial, title, voided_at FROM matters
     WHERE @q = '' OR instr(serial, @q) > 0 OR instr(title, @q) > 0
     ORDER BY (serial = @q) DESC, received_on DESC, id DESC LIMIT @limit`,
  ).all({ q, limit }) as { id: number; serial: string; title: string; voided_at: string | null }[];
  return rows.map((r) => ({ id: r.id, serial: r.serial, title: r.title, voided: r.voided_at !== null }));
}

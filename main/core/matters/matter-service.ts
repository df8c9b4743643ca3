import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { CreateMatterInput, ListMattersInput, Matter } from '../../../shared/contract/matters.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { initialDeadline } from '../workflow/deadline-service.js';
import { allocateSerial } from './serials.js';
import { writeTransaction } from '../store/write-transaction.js';
import { assertCanBeAssigned } from './assignment-service.js';
import { SHOWN_STATUS_SQL } from './shown-status-sql.js';

export interface MatterRow {
  id: number;
  serial: string;
  type: Matter['type'];
  title: string;
  submitting_unit: string;
  township: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  received_on: string;
  due_on: string | null;
  status: Matter['status'];
  reviewer_id: number | null;
  reviewer_name?: string | null;
  counsel_id: number | null;
  counsel_name?: string | null;
  result: Matter['result'];
  note: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  signed_off_on: string | null;
  created_at: string;
  updated_at: string;
}

/** Matters with the names of the accounts they are assigned to. */
export const SELECT_MATTER = `SELECT m.*, r.display_name AS reviewer_name, c.display_name AS counsel_name
  FROM matters m LEFT JOIN users r ON r.id = m.reviewer_id LEFT JOIN users c ON c.id = m.counsel_id`;

export function toMatter(row: MatterRow): Matter {
  return {
    id: row.id,
    serial: row.serial,
    type: row.type,
    title: row.title,
    submittingUnit: row.submitting_unit,
    township: row.township,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    status: row.status,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name ?? null,
    counselId: row.counsel_id,
    counselName: row.counsel_name ?? null,
    result: row.result,
    note: row.note,
    voided: row.voided_at ? { at: row.voided_at, by: row.voided_by ?? '', reason: row.void_reason ?? '' } : null,
    signedOffOn: row.signed_off_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findMatter(db: Database.Database, id: number): Matter | null {
  const row = prepared(db, `${SELECT_MATTER} WHERE m.id = ?`).get(id) as MatterRow | undefined;
  return row ? toMatter(row) : null;
}

export function getMatter(db: Database.Database, id: number): Matter {
  const matter = findMatter(db, id);
  if (!matter) throw new AppError('matter.not-found', `审查事项（编号 ${id}）不存在或已被删除。`);
  return matter;
}

/** Registers a matter with the next serial number of its year; one immediate transaction. */
export function createMatter(
  db: Database.Database,
  actor: string,
  input: z.output<typeof CreateMatterInput>,
): Matter {
  if (input.dueOn !== null && input.dueOn < input.receivedOn) {
    throw new AppError('matter.due-before-received', '办理期限不能早于收件日期。');
  }
  if (input.reviewerId !== null) assertCanBeAssigned(db, input.reviewerId, 'reviewer');
  // IMMEDIATE takes the write lock before reading the last serial, so two writers cannot pick the same one.
  return writeTransaction(db, () => {
    const year = Number(input.receivedOn.slice(0, 4));
    const serial = allocateSerial(db, year);
    const now = nowIso();
    // Without a given due date, the office's working-day limit for the type sets it (see workflow/).
    const deadline = initialDeadline(db, input.type, input.receivedOn, input.dueOn);
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO matters (serial, serial_year, serial_no, type, title, submitting_unit, township,
         contact_name, contact_phone, received_on, due_on, limit_days, reviewer_id, note, created_at, updated_at)
       VALUES (@serial, @year, @no, @type, @title, @submittingUnit, @township, @contactName, @contactPhone,
         @receivedOn, @dueOn, @limitDays, @reviewerId, @note, @now, @now)`,
    ).run({ ...input, serial: serial.text, year, no: serial.number, now, dueOn: deadline.dueOn, limitDays: deadline.limitDays });
    const matter = getMatter(db, Number(lastInsertRowid));
    recordAudit(db, { actor, action: 'matter.create', entity: 'matter', entityId: matter.id, after: matter });
    return matter;
  });
}

/** Newest first; the query matches title, unit or serial. */
export function listMatters(
  db: Database.Database,
  filter: z.output<typeof ListMattersInput>,
  /** A liaison's list is limited to their own unit's matters. */
  unit?: string | null,
): { items: Matter[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit, offset: filter.offset };
  if (unit !== undefined) {
    where.push('m.submitting_unit = @unit');
    params.unit = unit;
  }
  if (filter.assignedTo !== undefined) {
    where.push('(m.reviewer_id = @assignedTo OR m.counsel_id = @assignedTo)');
    params.assignedTo = filter.assignedTo;
  }
  if (filter.type) {
    where.push('m.type = @type');
    params.type = filter.type;
  }
  if (filter.status) {
    where.push(`${SHOWN_STATUS_SQL} = @status`);
    params.status = filter.status;
  }
  if (filter.query) {
    where.push("(instr(m.title, @query) > 0 OR instr(m.submitting_unit, @query) > 0 OR instr(m.serial, @query) > 0)");
    params.query = filter.query;
  }
  // The clauses come from the fixed list above, never from input.
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = prepared(
    db,
    `${SELECT_MATTER} ${clause} ORDER BY m.received_on DESC, m.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as MatterRow[];
  const { total } = prepared(db, `SELECT count(*) AS total FROM matters m ${clause}`).get(params) as { total: number };
  return { items: rows.map(toMatter), total };
}

import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { NormativeEntry, NormativeFields, NormativeListInput } from '../../../shared/contract/workflow.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { todayIso } from './office-settings.js';
import { writeTransaction } from '../store/write-transaction.js';

/*
 * 行政规范性文件 registry (三统一: 统一登记、统一编号、统一印发). Validity rules are local practice
 * (domain reference NS-14, 〔实务〕: usually at most 5 years, 暂行/试行 2), so the registry stores the
 * dates as issued and lists what expires within N months, for 清理 before the end of validity.
 */

interface Row {
  id: number;
  registration_no: string;
  title: string;
  issuing_body: string;
  document_no: string | null;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  repealed_on: string | null;
  matter_id: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** The date `months` calendar months after `iso`, clamped to the month's end (民法典第202条 style). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The entry's standing on `today`: expiring means the validity ends on or before today + months. */
export function normativeState(row: Pick<Row, 'valid_from' | 'valid_until' | 'repealed_on'>, today: string, months: number): NormativeEntry['state'] {
  if (row.repealed_on !== null && row.repealed_on <= today) return 'repealed';
  if (row.valid_until !== null && row.valid_until < today) return 'expired';
  if (row.valid_from > today) return 'pending';
  if (row.valid_until !== null && row.valid_until <= addMonths(today, months)) return 'expiring';
  return 'in-force';
}

function toEntry(r: Row, today: string, months: number): NormativeEntry {
  return {
    id: r.id,
    registrationNo: r.registration_no,
    title: r.title,
    issuingBody: r.issuing_body,
    documentNo: r.document_no,
    issuedOn: r.issued_on,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    repealedOn: r.repealed_on,
    matterId: r.matter_id,
    note: r.note,
    state: normativeState(r, today, months),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function getRow(db: Database.Database, id: number): Row {
  const row = prepared(db, 'SELECT * FROM normative_registry WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('normative.not-found', `登记的规范性文件（编号 ${id}）不存在。`);
  return row;
}

function checkFields(db: Database.Database, f: z.output<typeof NormativeFields>, id: number | null): void {
  if (f.validFrom < f.issuedOn) throw new AppError('normative.dates', '施行日期不能早于印发日期。');
  if (f.repealedOn !== null && f.repealedOn < f.validFrom) throw new AppError('normative.dates', '废止日期不能早于施行日期。');
  const clash = prepared(db, 'SELECT id FROM normative_registry WHERE registration_no = ?').get(f.registrationNo) as
    | { id: number }
    | undefined;
  if (clash && clash.id !== id) throw new AppError('normative.duplicate-number', `登记编号“${f.registrationNo}”已被使用（统一编号不得重复）。`);
  if (f.matterId !== null && !prepared(db, 'SELECT 1 FROM matters WHERE id = ?').get(f.matterId)) {
    throw new AppError('matter.not-found', `关联的审查事项（编号 ${f.matterId}）不存在。`);
  }
}

const params = (f: z.output<typeof NormativeFields>) => ({
  registrationNo: f.registrationNo,
  title: f.title,
  issuingBody: f.issuingBody,
  documentNo: f.documentNo,
  issuedOn: f.issuedOn,
  validFrom: f.validFrom,
  validUntil: f.validUntil,
  repealedOn: f.repealedOn,
  matterId: f.matterId,
  note: f.note,
});

export function createNormative(db: Database.Database, actor: string, f: z.output<typeof NormativeFields>, today = todayIso()): NormativeEntry {
  return writeTransaction(db, () => {
    checkFields(db, f, null);
    const now = nowIso();
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO normative_registry (registration_no, title, issuing_body, document_no, issued_on, valid_from,
         valid_until, repealed_on, matter_id, note, created_at, updated_at)
       VALUES (@registrationNo, @title, @issuingBody, @documentNo, @issuedOn, @validFrom, @validUntil, @repealedOn,
         @matterId, @note, @now, @now)`,
    ).run({ ...params(f), now });
    const entry = toEntry(getRow(db, Number(lastInsertRowid)), today, 6);
    recordAudit(db, { actor, action: 'normative.create', entity: 'normative', entityId: entry.id, after: entry });
    return entry;
  });
}

export function updateNormative(
  db: Database.Database,
  actor: string,
  id: number,
  f: z.output<typeof NormativeFields>,
  today = todayIso(),
): NormativeEntry {
  return writeTransaction(db, () => {
    const before = getRow(db, id);
    checkFields(db, f, id);
    prepared(
      db,
      `UPDATE normative_registry SET registration_no = @registrationNo, title = @title, issuing_body = @issuingBody,
         document_no = @documentNo, issued_on = @issuedOn, valid_from = @validFrom, valid_until = @validUntil,
         repealed_on = @repealedOn, matter_id = @matterId, note = @note, updated_at = @now
       WHERE id = @id`,
    ).run({ ...params(f), now: nowIso(), id });
    const entry = toEntry(getRow(db, id), today, 6);
    recordAudit(db, { actor, action: 'normative.update', entity: 'normative', entityId: id, before, after: entry });
    return entry;
  });
}

export function deleteNormative(db: Database.Database, actor: string, id: number): { ok: true } {
  return writeTransaction(db, () => {
    const before = getRow(db, id);
    prepared(db, 'DELETE FROM normative_registry WHERE id = ?').run(id);
    recordAudit(db, { actor, action: 'normative.delete', entity: 'normative', entityId: id, before });
    return { ok: true as const };
  });
}

/**
 * The registry on `today`: all entries, or only those expiring within `months` months, or only the
 * expired and repealed ones (the 清理 lists). Sorted by the end of validity, soonest first.
 */
export function listNormative(db: Database.Database, input: z.output<typeof NormativeListInput>): NormativeEntry[] {
  const today = input.today ?? todayIso();
  const rows = prepared(
    db,
    "SELECT * FROM normative_registry ORDER BY coalesce(valid_until, '9999-12-31'), registration_no",
  ).all() as Row[];
  const entries = rows.map((r) => toEntry(r, today, input.months));
  if (input.filter === 'expiring') return entries.filter((e) => e.state === 'expiring');
  if (input.filter === 'expired') return entries.filter((e) => e.state === 'expired' || e.state === 'repealed');
  return entries;
}

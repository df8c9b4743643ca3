/** The case file (卷宗) of a matter: its cover, its 卷内目录, and 归档 (archiving locks the case). */
import type Database from 'better-sqlite3';
import type { CasefileCover, CasefileView } from '../../../shared/contract/casefile.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { readOfficeSettings } from '../letters/office-settings.js';
import { getMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { todayIso } from '../workflow/office-settings.js';
import { archiveOf } from './archive-lock.js';
import { casefileEntries } from './contents.js';

/** Only a finished case is archived: 办结 (closed) or 撤回 (withdrawn). */
const ARCHIVABLE = new Set(['closed', 'withdrawn']);

/** 归档号: year, the office's series word and a four-digit number, e.g. 2026-合审-0007. */
export function formatArchiveNo(year: number, seq: number): string {
  return `${year}-合审-${String(seq).padStart(4, '0')}`;
}

/** The last signature of a sign-off step (审查人 submits, 复核/审批人 approves), as signed. */
function lastSignature(db: Database.Database, matterId: number, action: 'submit' | 'approve'): string | null {
  const row = prepared(
    db,
    `SELECT coalesce(u.display_name, s.actor) AS name FROM signoffs s LEFT JOIN users u ON u.id = s.user_id
     WHERE s.matter_id = ? AND s.action = ? ORDER BY s.id DESC LIMIT 1`,
  ).get(matterId, action) as { name: string } | undefined;
  return row?.name ?? null;
}

export function casefileView(db: Database.Database, matterId: number): CasefileView {
  const matter = getMatter(db, matterId);
  const officeName = readOfficeSettings(db).officeName;
  const entries = casefileEntries(db, matterId, matter.submittingUnit, officeName || '本单位');
  const facts = prepared(db, 'SELECT opinion_issued_on, closed_on FROM matters WHERE id = ?').get(matterId) as {
    opinion_issued_on: string | null;
    closed_on: string | null;
  };
  const archive = archiveOf(db, matterId);
  const letterNumbers = (
    prepared(db, "SELECT number FROM letters WHERE matter_id = ? AND kind <> 'return-notice' AND number IS NOT NULL ORDER BY issue_date, id").all(matterId) as {
      number: string;
    }[]
  ).map((r) => r.number);
  const cover: CasefileCover = {
    officeName,
    serial: matter.serial,
    title: matter.title,
    type: matter.type,
    submittingUnit: matter.submittingUnit,
    receivedOn: matter.receivedOn,
    opinionIssuedOn: facts.opinion_issued_on,
    closedOn: facts.closed_on,
    reviewer: lastSignature(db, matterId, 'submit') ?? matter.reviewerName,
    approver: lastSignature(db, matterId, 'approve'),
    result: matter.result,
    letterNumbers,
    archiveNo: archive?.archiveNo ?? null,
    archivedOn: archive?.archivedOn ?? null,
    archivedBy: archive?.archivedBy ?? null,
    entryCount: entries.length,
  };
  const problems: string[] = [];
  if (archive) problems.push(`已于${archive.archivedOn}归档（归档号：${archive.archiveNo}）。`);
  else if (!ARCHIVABLE.has(matter.status)) problems.push('只有已办结或已撤回的事项才能归档。');
  else if (entries.length === 0) problems.push('卷内没有任何文件，不能归档。');
  return { matterId, status: matter.status, cover, entries, archiveProblems: problems };
}

/**
 * 归档: gives the case the next 归档号 of the archive year and locks it. Checked again under the write
 * lock, so two clicks give one number; audited with the cover as it was archived.
 */
export function archiveCase(db: Database.Database, actor: string, matterId: number, archivedOn: string = todayIso()): CasefileView {
  return writeTransaction(db, () => {
    const before = casefileView(db, matterId);
    if (before.archiveProblems.length > 0) throw new AppError(before.cover.archiveNo ? 'matter.archived' : 'casefile.not-ready', before.archiveProblems.join(''));
    const closed = before.cover.closedOn ?? before.cover.receivedOn;
    if (archivedOn < closed) throw new AppError('casefile.date-invalid', `归档日期（${archivedOn}）不能早于办结日期（${closed}）。`);
    const year = Number(archivedOn.slice(0, 4));
    const { n } = prepared(db, 'SELECT coalesce(max(archive_seq), 0) + 1 AS n FROM matters WHERE archive_year = ?').get(year) as { n: number };
    const archiveNo = formatArchiveNo(year, n);
    prepared(
      db,
      'UPDATE matters SET archive_no = ?, archive_year = ?, archive_seq = ?, archived_on = ?, archived_by = ?, updated_at = ? WHERE id = ?',
    ).run(archiveNo, year, n, archivedOn, actor, nowIso(), matterId);
    const after = casefileView(db, matterId);
    recordAudit(db, { actor, action: 'casefile.archive', entity: 'matter', entityId: matterId, after: { cover: after.cover, entries: after.entries.length } });
    return after;
  });
}

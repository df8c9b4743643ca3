/**
 * Batch work on matters selected in a list: assign, move status with one reason, export letters or
 * 登记表 as one ZIP, print the 登记表. A batch change is one transaction — every matter is checked by
 * the same service as a single change (status machine, assignment rules, the archive lock) and the
 * first refusal undoes the whole batch, naming the matter, so a list is never left half-changed.
 */
import type Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import { assertNotArchived } from '../casefile/archive-lock.js';
import { safeFileName } from '../casefile/contents.js';
import { AppError, isAppError } from '../errors.js';
import { letterFile, listLetters } from '../letters/letter-service.js';
import { summarySheet } from '../letters/outputs-service.js';
import { printableSummarySheet } from '../letters/printable.js';
import { assignMatter } from '../matters/assignment-service.js';
import { getMatter } from '../matters/matter-service.js';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { moveMatterStatus } from '../workflow/status-service.js';

/** Runs `fn` for each matter; a refusal names the matter it came from. */
function eachMatter(db: Database.Database, ids: readonly number[], fn: (id: number) => void): void {
  for (const id of new Set(ids)) {
    try {
      assertNotArchived(db, id);
      fn(id);
    } catch (e) {
      if (!isAppError(e)) throw e;
      const serial = (prepared(db, 'SELECT serial FROM matters WHERE id = ?').get(id) as { serial: string } | undefined)?.serial ?? `编号 ${id}`;
      throw new AppError(e.code, `${serial}：${e.message}（本批次未作任何修改）`);
    }
  }
}

export function batchAssign(
  db: Database.Database,
  actor: string,
  req: { matterIds: readonly number[]; reviewerId: number | null; counselId: number | null; reason: string | null },
): { count: number } {
  writeTransaction(db, () => eachMatter(db, req.matterIds, (matterId) => assignMatter(db, actor, { matterId, reviewerId: req.reviewerId, counselId: req.counselId, reason: req.reason })));
  return { count: new Set(req.matterIds).size };
}

export function batchMove(db: Database.Database, actor: string, req: { matterIds: readonly number[]; to: MatterStatus; reason: string | null }): { count: number } {
  writeTransaction(db, () => eachMatter(db, req.matterIds, (matterId) => void moveMatterStatus(db, actor, { matterId, to: req.to, reason: req.reason })));
  return { count: new Set(req.matterIds).size };
}

/** One ZIP: every issued letter of the matters (a folder per matter), or one 登记表 DOCX per matter. */
export async function batchExport(db: Database.Database, matterIds: readonly number[], what: 'letters' | 'summary-sheets') {
  const files: Record<string, Uint8Array> = {};
  for (const id of new Set(matterIds)) {
    const matter = getMatter(db, id);
    const folder = safeFileName(`${matter.serial}-${matter.title}`).slice(0, 80);
    if (what === 'letters') {
      for (const l of listLetters(db, id)) {
        const f = letterFile(db, l.id);
        files[`${folder}/${safeFileName(f.fileName)}`] = f.bytes;
      }
    } else {
      const sheet = await summarySheet(db, id);
      files[safeFileName(sheet.fileName)] = sheet.bytes;
    }
  }
  const count = Object.keys(files).length;
  if (count === 0) throw new AppError('batch.nothing', what === 'letters' ? '所选事项尚未出具任何文书。' : '没有可导出的登记表。');
  const label = what === 'letters' ? '文书' : '审查登记表';
  return { fileName: `批量导出${label}-${new Set(matterIds).size}件.zip`, bytes: Buffer.from(zipSync(files, { level: 0 })), files: count };
}

/** The 登记表 of every selected matter, one page each, for one print job. */
export function batchPrintable(db: Database.Database, matterIds: readonly number[]): { title: string; html: string } {
  const sheets = [...new Set(matterIds)].map((id) => printableSummarySheet(db, id).html);
  // One <article> per matter: the renderer paginates each on its own pages (casefile/print-articles.ts).
  const html = sheets.join('');
  return { title: `审查登记表（${sheets.length}件）`, html };
}

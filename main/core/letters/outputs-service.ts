import type Database from 'better-sqlite3';
import { SEVERITY_ZH } from '../../../shared/domain/labels-zh.js';
import type { SummarySheetModel } from '../../../shared/domain/letter.js';
import { readBlob } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { listOpinions } from '../review/opinion-rows.js';
import { readReview } from '../review/review-service.js';
import { prepared } from '../store/statements.js';
import { annotateDocx } from './annotate.js';
import { listLetters, todayInChina } from './letter-service.js';
import { readOfficeSettings } from './office-settings.js';
import { buildSummarySheetDocx } from './summary-sheet.js';

interface DocumentRow {
  id: number;
  matter_id: number;
  file_name: string;
  format: string;
  sha256: string;
}

/**
 * The submitted DOCX itself with every opinion anchored on it inserted as a Word comment (批注) on the
 * quoted text, authored by the reviewer; everything else in the file is left as it was.
 */
/**
 * The submitted DOCX with every anchored opinion as a Word comment, each authored by the account that
 * wrote the opinion (the requesting account for opinions written before accounts existed).
 */
export async function annotateDocument(db: Database.Database, documentId: number, fallback: { name: string; initials: string }) {
  const doc = prepared(db, 'SELECT id, matter_id, file_name, format, sha256 FROM documents WHERE id = ?').get(documentId) as
    | DocumentRow
    | undefined;
  if (!doc) throw new AppError('document.not-found', '该文件不存在。');
  if (doc.format !== 'docx') throw new AppError('annotate.not-docx', '只能为 Word（.docx）文件生成批注版。');
  const original = readBlob(db, doc.sha256);
  const opinions = listOpinions(db, doc.matter_id).filter((o) => o.anchor?.documentId === documentId);
  const comments = opinions.map((o) => ({
    quote: o.anchor!.quote,
    paragraph: o.anchor!.paragraph,
    start: o.anchor!.start,
    end: o.anchor!.end,
    text: [`【${SEVERITY_ZH[o.severity]}】${o.text}`, ...(o.basis ? [`依据：${o.basis}`] : [])].join('\n'),
    author: o.authorName ?? fallback.name,
    initials: o.authorName ? (o.authorInitials ?? undefined) : fallback.initials,
    date: o.updatedAt,
  }));
  const result = await annotateDocx(original, comments);
  const base = doc.file_name.replace(/\.docx$/i, '');
  return {
    fileName: `${base}（批注版）.docx`,
    bytes: result.buffer,
    placedExactly: result.placedExactly,
    placedApproximately: result.placedApproximately,
  };
}

/** The 审查登记表 of a matter as DOCX. */
export async function summarySheet(db: Database.Database, matterId: number) {
  const matter = getMatter(db, matterId);
  const hasReview = Boolean(prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(matterId));
  const review = hasReview ? readReview(db, matterId) : null;
  const opinions = listOpinions(db, matterId);
  const count = (pred: (o: (typeof opinions)[number]) => boolean) => opinions.filter(pred).length;
  const lastBy = (action: string) => [...(review?.signoffs ?? [])].reverse().find((s) => s.action === action)?.signatureName ?? null;
  const letters = listLetters(db, matterId);
  const model: SummarySheetModel = {
    officeName: readOfficeSettings(db).officeName,
    serialNumber: matter.serial,
    matterTitle: matter.title,
    matterType: matter.type,
    submittingUnit: matter.submittingUnit,
    contact: [matter.contactName, matter.contactPhone].filter(Boolean).join(' ') || null,
    receivedDate: matter.receivedOn,
    dueDate: matter.dueOn,
    completedDate: matter.status === 'closed' ? matter.updatedAt.slice(0, 10) : null,
    status: matter.status,
    reviewer: lastBy('submit'),
    approver: lastBy('approve'),
    conclusion: matter.result,
    summary: review?.summary ?? '',
    letters: letters.map((l) => ({ number: l.number, kind: l.kind, issueDate: l.issueDate })),
    opinionCounts: { must: count((o) => o.severity === 'must'), should: count((o) => o.severity === 'should'), hint: count((o) => o.severity === 'hint') },
    adoption: {
      adopted: count((o) => o.adoption === 'adopted'),
      partial: count((o) => o.adoption === 'partly-adopted'),
      rejected: count((o) => o.adoption === 'not-adopted'),
      pending: count((o) => o.adoption === null),
    },
    notes: matter.note,
    printedOn: todayInChina(),
  };
  return { fileName: `${matter.serial}-审查登记表.docx`, bytes: await buildSummarySheetDocx(model) };
}

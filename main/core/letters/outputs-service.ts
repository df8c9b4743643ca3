import type Database from 'better-sqlite3';
import { SEVERITY_ZH } from '../../../shared/domain/labels-zh.js';
import type { SummarySheetModel } from '../../../shared/domain/letter.js';
import { attachDocxSources } from '../documents/docx-sources.js';
import { readBlob, readBlocks } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { listOpinions } from '../review/opinion-rows.js';
import { readReview } from '../review/review-service.js';
import { prepared } from '../store/statements.js';
import { annotateDocx, type AnnotationInput } from './annotate.js';
import { listLetters, todayInChina } from './letter-service.js';
import { readOfficeSettings } from './office-settings.js';
import { buildSummarySheetDocx } from './summary-sheet.js';
import { officeTimeZone } from '../clock.js';
import { dateInZone } from '../../../shared/domain/office-time.js';

interface DocumentRow {
  id: number;
  matter_id: number;
  file_name: string;
  format: string;
  sha256: string;
}

/** The reviewer of a matter: the display name of the account that submitted the review (or the name recorded then). */
function reviewerOf(db: Database.Database, matterId: number): string | null {
  const row = prepared(
    db,
    "SELECT s.actor, u.display_name FROM signoffs s LEFT JOIN users u ON u.id = s.user_id WHERE s.matter_id = ? AND s.action = 'submit' ORDER BY s.id DESC LIMIT 1",
  ).get(matterId) as { actor: string; display_name: string | null } | undefined;
  return row ? (row.display_name ?? row.actor) : null;
}

/**
 * The submitted DOCX itself with the matter's opinions inserted as Word comments (批注): each anchored
 * opinion on the paragraph recorded at import and its quoted text, the opinions without an anchor at
 * the start of the document. Comments are authored by the reviewer, never the computer's login. Every
 * comment that is not exactly where its anchor points is listed in `notes`.
 */
export async function annotateDocument(db: Database.Database, documentId: number, fallback: { name: string; initials: string }) {
  const doc = prepared(db, 'SELECT id, matter_id, file_name, format, sha256 FROM documents WHERE id = ?').get(documentId) as
    | DocumentRow
    | undefined;
  if (!doc) throw new AppError('document.not-found', '该文件不存在。');
  if (doc.format !== 'docx') throw new AppError('annotate.not-docx', '只能为 Word（.docx）文件生成批注版。');
  const original = readBlob(db, doc.sha256);
  const blocks = readBlocks(db, documentId);
  // Documents imported before paragraph positions were recorded: match them now, the same way.
  if (blocks.length > 0 && blocks.every((b) => !b.source)) attachDocxSources(blocks, original);
  // Each comment is authored by the account that wrote the opinion; older opinions by the reviewer who
  // submitted the review, else by whoever asks for the annotated copy.
  const reviewer = reviewerOf(db, doc.matter_id);
  const authorOf = (o: { authorName: string | null; authorInitials: string | null }) =>
    o.authorName
      ? { author: o.authorName, initials: o.authorInitials ?? undefined }
      : reviewer
        ? { author: reviewer }
        : { author: fallback.name, initials: fallback.initials };
  const all = listOpinions(db, doc.matter_id);
  const anchored = all.filter((o) => o.anchor?.documentId === documentId);
  const unanchored = all.filter((o) => o.anchor === null);
  const body = (o: (typeof all)[number]) => [`【${SEVERITY_ZH[o.severity]}】${o.text}`, ...(o.basis ? [`依据：${o.basis}`] : [])].join('\n');
  const comments: AnnotationInput[] = [
    ...unanchored.map((o) => ({ quote: '', paragraph: 0, start: 0, end: 0, text: body(o), ...authorOf(o), date: o.updatedAt, atStart: true })),
    ...anchored.map((o) => {
      const a = o.anchor!;
      const source = blocks[a.paragraph]?.source;
      return {
        quote: a.quote,
        paragraph: source ? source.p : a.paragraph,
        ...(source ? { part: source.part } : {}),
        start: a.start,
        end: a.end,
        text: body(o),
        ...authorOf(o),
        date: o.updatedAt,
      };
    }),
  ];
  const result = await annotateDocx(original, comments);
  const numbered = [...unanchored, ...anchored];
  const notes = result.placements.flatMap((p, i) => (p.status === 'exact' ? [] : [`意见“${clip(numbered[i]!.text)}”：${p.note ?? ''}`]));
  const base = doc.file_name.replace(/\.docx$/i, '');
  return {
    fileName: `${base}（批注版）.docx`,
    bytes: result.buffer,
    placedExactly: result.placedExactly,
    placedApproximately: result.placedApproximately,
    placedAtStart: result.placements.filter((p) => p.status === 'start').length,
    notes,
  };
}

const clip = (s: string) => ([...s].length > 20 ? `${[...s].slice(0, 20).join('')}…` : s);

/** The facts of a matter's 审查登记表 (DOCX and print share them). */
export function summarySheetModel(db: Database.Database, matterId: number): SummarySheetModel {
  const matter = getMatter(db, matterId);
  const hasReview = Boolean(prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(matterId));
  const review = hasReview ? readReview(db, matterId) : null;
  const opinions = listOpinions(db, matterId);
  const count = (pred: (o: (typeof opinions)[number]) => boolean) => opinions.filter(pred).length;
  const lastBy = (action: string) => [...(review?.signoffs ?? [])].reverse().find((s) => s.action === action)?.actor ?? null;
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
    completedDate: matter.status === 'closed' ? dateInZone(matter.updatedAt, officeTimeZone(db)) : null,
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
  return model;
}

/** The 审查登记表 of a matter as DOCX. */
export async function summarySheet(db: Database.Database, matterId: number) {
  const model = summarySheetModel(db, matterId);
  return { fileName: `${model.serialNumber}-审查登记表.docx`, bytes: await buildSummarySheetDocx(model) };
}

import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { LetterRequest, LetterSummary } from '../../../shared/contract/letters.js';
import type { LetterModel } from '../../../shared/domain/letter.js';
import { recordAudit } from '../audit.js';
import { sha256Hex } from '../documents/document-service.js';
import { readBlob, storeBlob } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { moveMatterIfAllowed } from '../matters/matter-status.js';
import { readReview } from '../review/review-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { buildLetterDocx } from './letter-docx.js';
import { renderLetterHtml } from './letter-html.js';
import { formatLetterNumber } from './format.js';
import { readOfficeSettings } from './office-settings.js';
import { writeTransaction } from '../store/write-transaction.js';

type Request = z.output<typeof LetterRequest>;

interface LetterRow {
  id: number;
  matter_id: number;
  kind: LetterSummary['kind'];
  number: string;
  issue_date: string;
  sha256: string;
  size: number;
  corrects_letter_id: number | null;
  issued_at: string;
  issued_by: string;
}

function toSummary(r: LetterRow): LetterSummary {
  return {
    id: r.id,
    matterId: r.matter_id,
    kind: r.kind,
    number: r.number,
    issueDate: r.issue_date,
    sha256: r.sha256,
    size: r.size,
    correctsLetterId: r.corrects_letter_id,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
  };
}

/** Today in China's calendar (UTC+8), which is what a 成文日期 means. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function getLetterRow(db: Database.Database, id: number): LetterRow {
  const row = prepared(db, 'SELECT * FROM letters WHERE id = ?').get(id) as LetterRow | undefined;
  if (!row) throw new AppError('letter.not-found', '该意见书不存在。');
  return row;
}

/** What stands in the way of issuing (empty when it may be issued); a preview shows these. */
export function letterProblems(db: Database.Database, req: Request): string[] {
  const problems: string[] = [];
  if (req.kind === 'return-notice') {
    if (req.missingMaterials.length === 0) problems.push('退回补正通知须列明需补正的材料。');
    return problems;
  }
  const review = prepared(db, 'SELECT state FROM reviews WHERE matter_id = ?').get(req.matterId) as { state: string } | undefined;
  if (!review || review.state !== 'approved') problems.push('审查意见尚未签批通过，不能出具意见书。');
  if (!getMatter(db, req.matterId).result) problems.push('尚未选择审查结论。');
  return problems;
}

/** The letter as it will print, from the matter, its review (opinions in order) and the office settings. */
export function buildLetterModel(db: Database.Database, req: Request, number: string | null): LetterModel {
  const matter = getMatter(db, req.matterId);
  const review = prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(req.matterId) ? readReview(db, req.matterId) : null;
  const lastBy = (action: string) => [...(review?.signoffs ?? [])].reverse().find((s) => s.action === action)?.actor ?? null;
  const corrects = req.correctsLetterId ? getLetterRow(db, req.correctsLetterId) : null;
  if (corrects && corrects.matter_id !== req.matterId) throw new AppError('letter.corrects-other', '被更正的意见书不属于该事项。');
  const settings = readOfficeSettings(db);
  return {
    kind: req.kind,
    officeName: settings.officeName,
    letterNumber: number,
    recipient: matter.submittingUnit,
    matterTitle: matter.title,
    matterType: matter.type,
    receivedDate: matter.receivedOn,
    conclusion: req.kind === 'return-notice' ? null : matter.result,
    summary: review?.summary ?? '',
    opinions:
      req.kind === 'return-notice'
        ? []
        : (review?.opinions ?? []).map((o) => ({
            text: o.text,
            severity: o.severity,
            legalBasis: o.basis,
            ...(o.anchor?.quote ? { quote: o.anchor.quote } : {}),
          })),
    missingMaterials: req.missingMaterials,
    attachments: req.attachments,
    closingText: req.closingText,
    signatures: { reviewer: lastBy('submit'), approver: lastBy('approve') },
    issueDate: req.issueDate ?? todayInChina(),
    ...(corrects ? { corrects: corrects.number } : {}),
    contact: req.contact,
  };
}

export function previewLetter(db: Database.Database, req: Request) {
  const model = buildLetterModel(db, req, null);
  return { model, html: renderLetterHtml(model, readOfficeSettings(db)), problems: letterProblems(db, req) };
}

function nextSeq(db: Database.Database, year: number): number {
  return (prepared(db, 'SELECT COALESCE(MAX(number_seq), 0) + 1 AS n FROM letters WHERE number_year = ?').get(year) as { n: number }).n;
}

/**
 * Issues a letter: takes the next 文号 of the year, builds the DOCX, stores bytes and model for good.
 * The DOCX is built outside the write transaction (it is asynchronous); if another letter took the
 * number meanwhile, the letter is rebuilt with the next one, so numbers have no gaps and no repeats.
 */
export async function issueLetter(db: Database.Database, actor: string, req: Request): Promise<LetterSummary> {
  const problems = letterProblems(db, req);
  if (problems.length > 0) throw new AppError('letter.not-ready', problems.join(''));
  const settings = readOfficeSettings(db);
  for (let attempt = 0; attempt < 20; attempt++) {
    const draft = buildLetterModel(db, req, null);
    const year = Number(draft.issueDate.slice(0, 4));
    const seq = nextSeq(db, year);
    const number = formatLetterNumber(settings.numberPattern, settings.numberPrefix, year, seq);
    const model = { ...draft, letterNumber: number };
    const bytes = await buildLetterDocx(model, settings);
    const sha256 = sha256Hex(bytes);
    const issued = writeTransaction(db, (): LetterSummary | null => {
      if (nextSeq(db, year) !== seq) return null;
      const now = nowIso();
      storeBlob(db, sha256, bytes);
      const { lastInsertRowid } = prepared(
        db,
        `INSERT INTO letters (matter_id, kind, number, number_year, number_seq, issue_date, model_json, sha256, size,
           corrects_letter_id, issued_at, issued_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(req.matterId, req.kind, number, year, seq, model.issueDate, JSON.stringify(model), sha256, bytes.length, req.correctsLetterId ?? null, now, actor);
      const letter = toSummary(getLetterRow(db, Number(lastInsertRowid)));
      recordAudit(db, { actor, action: 'letter.issue', entity: 'matter', entityId: req.matterId, after: letter });
      if (req.kind === 'return-notice') {
        const reason = `退回补正（${number}）：${req.missingMaterials.join('、')}`;
        for (const from of ['registered', 'in-review'] as const) if (moveMatterIfAllowed(db, actor, req.matterId, from, 'returned', reason)) break;
      } else {
        moveMatterIfAllowed(db, actor, req.matterId, 'awaiting-signoff', 'opinion-issued');
      }
      return letter;
    });
    if (issued) return issued;
  }
  throw new AppError('letter.busy', '同时出具的意见书过多，请稍后重试。');
}

export function listLetters(db: Database.Database, matterId: number): LetterSummary[] {
  return (prepared(db, 'SELECT * FROM letters WHERE matter_id = ? ORDER BY id').all(matterId) as LetterRow[]).map(toSummary);
}

/** The issued letter's stored bytes, exactly as issued. */
export function letterFile(db: Database.Database, id: number) {
  const row = getLetterRow(db, id);
  const safeNumber = row.number.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `${safeNumber}.docx`, bytes: readBlob(db, row.sha256), sha256: row.sha256 };
}

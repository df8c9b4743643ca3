import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import type { z } from 'zod';
import type { LetterRequest, LetterSummary } from '../../../shared/contract/letters.js';
import { LETTER_KIND_ZH, type LetterModel, type OfficeSettings } from '../../../shared/domain/letter.js';
import { recordAudit } from '../audit.js';
import { sha256Hex } from '../documents/document-service.js';
import { readBlob, storeBlob } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { moveMatterIfAllowed } from '../matters/matter-status.js';
import { DEFAULT_TIME_ZONE, dateInZone } from '../clock.js';
import { readReview } from '../review/review-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { buildLetterDocx } from './letter-docx.js';
import { renderLetterHtml } from './letter-html.js';
import { addWorkingDays } from '../workflow/working-days.js';
import { loadWorkflowSettings } from '../workflow/office-settings.js';
import { parseCitations } from './citations.js';
import { formatChineseDate, formatLetterNumber } from './format.js';
import { NO_SERVICES, type LetterServices } from './letter-services.js';
import { officeConfigured, readOfficeSettings } from './office-settings.js';

type Request = z.output<typeof LetterRequest>;

interface LetterRow {
  id: number;
  matter_id: number;
  kind: LetterSummary['kind'];
  number: string | null;
  issue_date: string;
  sha256: string;
  size: number;
  corrects_letter_id: number | null;
  correction_reason: string | null;
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
    correctionReason: r.correction_reason,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
  };
}

/** Today in China's calendar (UTC+8), which is what a 成文日期 means. */
export function todayInChina(now = new Date()): string {
  return dateInZone(now, DEFAULT_TIME_ZONE);
}

function getLetterRow(db: Database.Database, id: number): LetterRow {
  const row = prepared(db, 'SELECT * FROM letters WHERE id = ?').get(id) as LetterRow | undefined;
  if (!row) throw new AppError('letter.not-found', '该意见书不存在。');
  return row;
}

/** How a letter that has no number is named in a correction note: 2026年3月10日的退回补正通知. */
function letterName(row: Pick<LetterRow, 'number' | 'issue_date' | 'kind'>): string {
  return row.number ?? `${formatChineseDate(row.issue_date)}的${LETTER_KIND_ZH[row.kind]}`;
}

const OPINION_KINDS = new Set(['legality-opinion', 'legal-opinion']);
/** Statuses from which a return notice may go out (the matter is back in the office's hands). */
const RETURNABLE = new Set(['registered', 'in-review']);

/**
 * What stands in the way of issuing (empty when it may be issued). A preview shows these; the issuing
 * transaction checks them again under the write lock, so two issue calls at once give one letter.
 */
export function letterProblems(db: Database.Database, req: Request): string[] {
  const problems: string[] = [];
  const settings = readOfficeSettings(db);
  if (!officeConfigured(db)) problems.push('尚未填写单位名称：请先在「设置 → 本单位」中填写单位名称和发文机关代字，再出具第一份文书。');
  const matter = getMatter(db, req.matterId);
  const issueDate = req.issueDate ?? todayInChina();
  if (issueDate < matter.receivedOn) {
    problems.push(`成文日期（${formatChineseDate(issueDate)}）不能早于收件日期（${formatChineseDate(matter.receivedOn)}）。`);
  }
  if (matter.status === 'withdrawn') problems.push('该事项已撤回，不能出具文书。');
  const numbering = settings.numbering[req.kind];
  if (numbering?.mode === 'own' && (!numbering.prefix || numbering.prefix === settings.numberPrefix)) {
    problems.push(`「${LETTER_KIND_ZH[req.kind]}」设为单独编号，但未设置与主文号不同的发文机关代字。`);
  }
  const earlier = prepared(db, 'SELECT * FROM letters WHERE matter_id = ? AND kind = ? ORDER BY id').all(req.matterId, req.kind) as LetterRow[];
  if (req.correctsLetterId !== undefined) {
    const target = earlier.find((l) => l.id === req.correctsLetterId);
    if (!target) problems.push('被更正的文书不属于该事项，或不是同一种文书。');
    else if (earlier.some((l) => l.corrects_letter_id === target.id)) {
      const by = earlier.find((l) => l.corrects_letter_id === target.id)!;
      problems.push(`${letterName(target)}已由${letterName(by)}更正；如需再次更正，请更正${letterName(by)}。`);
    }
    if (!req.correctionReason) problems.push('更正须写明更正原因（将印在文书上）。');
    return problems;
  }
  if (req.kind === 'return-notice') {
    if (req.missingMaterials.length === 0) problems.push('退回补正通知须列明需补正的材料。');
    if (!RETURNABLE.has(matter.status)) problems.push('该事项当前不在收件或审查阶段，不能退回补正（已退回的事项须待补正材料到达后再审查）。');
    return problems;
  }
  if (OPINION_KINDS.has(req.kind) && earlier.length > 0) {
    problems.push(`该事项已出具${LETTER_KIND_ZH[req.kind]}（${letterName(earlier[0]!)}），不能重复出具；如内容有误，请选择“更正”并写明原因。`);
  }
  const review = prepared(db, 'SELECT state FROM reviews WHERE matter_id = ?').get(req.matterId) as { state: string } | undefined;
  if (!review || review.state !== 'approved') problems.push('审查意见尚未签批通过，不能出具意见书。');
  if (!matter.result) problems.push('尚未选择审查结论。');
  return problems;
}

/** The letter as it will print, from the matter, its review (opinions in order) and the office settings. */
export function buildLetterModel(db: Database.Database, req: Request, number: string | null, services: LetterServices = NO_SERVICES): LetterModel {
  const matter = getMatter(db, req.matterId);
  const review = prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(req.matterId) ? readReview(db, req.matterId) : null;
  const lastBy = (action: string) => [...(review?.signoffs ?? [])].reverse().find((s) => s.action === action)?.signatureName ?? null;
  const corrects = req.correctsLetterId ? getLetterRow(db, req.correctsLetterId) : null;
  if (corrects && corrects.matter_id !== req.matterId) throw new AppError('letter.corrects-other', '被更正的意见书不属于该事项。');
  const settings = readOfficeSettings(db);
  const issueDate = req.issueDate ?? todayInChina();
  const dimensionOf = new Map((review?.template.items ?? []).map((i) => [i.id, i.dimension]));
  const withOpinions = req.kind !== 'return-notice' || req.attachOpinions;
  const materials = (
    prepared(db, "SELECT file_name FROM documents WHERE matter_id = ? AND role <> 'revised' ORDER BY id").all(req.matterId) as { file_name: string }[]
  ).map((d) => d.file_name.replace(/\.(docx|pdf|txt)$/i, ''));
  const calendar = loadWorkflowSettings(db).calendar;
  return {
    kind: req.kind,
    // Preview only: issuing is refused until the office has entered its name.
    officeName: settings.officeName || '（单位名称未设置）',
    letterNumber: number,
    recipient: matter.submittingUnit,
    matterTitle: matter.title,
    matterType: matter.type,
    receivedDate: matter.receivedOn,
    conclusion: req.kind === 'return-notice' ? null : matter.result,
    summary: req.kind === 'return-notice' ? '' : (review?.summary ?? ''),
    opinions: withOpinions
      ? (review?.opinions ?? []).map((o) => {
          const dimension = o.checklistItemId ? dimensionOf.get(o.checklistItemId) : undefined;
          const articleText = o.basis && settings.quoteArticles ? quoteFor(o.basis, o.basisId, issueDate, services) : null;
          return {
            text: o.text,
            severity: o.severity,
            legalBasis: o.basis,
            ...(o.anchor?.quote ? { quote: o.anchor.quote } : {}),
            ...(dimension ? { dimension } : {}),
            ...(articleText ? { articleText } : {}),
          };
        })
      : [],
    missingMaterials: req.missingMaterials,
    attachments: req.attachments,
    closingText: req.closingText,
    signatures: { reviewer: lastBy('submit'), approver: lastBy('approve') },
    issueDate,
    ...(corrects ? { corrects: letterName(corrects) } : {}),
    ...(corrects && req.correctionReason ? { correctionReason: req.correctionReason } : {}),
    contact: req.contact,
    materials,
    returnDeadline: req.kind === 'return-notice' ? addWorkingDays(issueDate, settings.returnDeadlineDays, { calendar }) : null,
    attachOpinions: req.kind === 'return-notice' && req.attachOpinions,
  };
}

/** Article text for an opinion's basis when it cites exactly one article the provider knows. */
function quoteFor(basis: string, basisId: string | null, date: string, services: LetterServices): string | null {
  if (!services.quoteArticle) return null;
  const cites = parseCitations(basis, services.lawNames);
  const refs = cites.flatMap((c) => c.refs.map((r) => ({ law: c.law, r })));
  if (refs.length !== 1 || refs[0]!.r.articles.length !== 1) return null;
  const { law, r } = refs[0]!;
  return services.quoteArticle({ law, article: r.articles[0]!, paragraph: r.paragraph, item: r.item, basisId, date });
}

export function previewLetter(db: Database.Database, req: Request, services: LetterServices = NO_SERVICES) {
  const model = buildLetterModel(db, req, null, services);
  const settings = readOfficeSettings(db);
  return { model, html: renderLetterHtml(model, settings, { lawNames: services.lawNames }), problems: letterProblems(db, req) };
}

interface Planned {
  series: string | null;
  year: number;
  seq: number | null;
  number: string | null;
}

/** The number the letter would get now: from its kind's series, or none. */
function planNumber(db: Database.Database, settings: OfficeSettings, kind: Request['kind'], issueDate: string): Planned {
  const year = Number(issueDate.slice(0, 4));
  const numbering = settings.numbering[kind] ?? { mode: 'shared' as const };
  if (numbering.mode === 'none') return { series: null, year, seq: null, number: null };
  const series = numbering.mode === 'own' ? kind : 'shared';
  const prefix = numbering.mode === 'own' ? numbering.prefix! : settings.numberPrefix;
  const seq = (
    prepared(db, 'SELECT COALESCE(MAX(number_seq), 0) + 1 AS n FROM letters WHERE number_series = ? AND number_year = ?').get(series, year) as { n: number }
  ).n;
  return { series, year, seq, number: formatLetterNumber(settings.numberPattern, prefix, year, seq) };
}

/**
 * Issues a letter once. The DOCX is built outside the write transaction (it is asynchronous); inside
 * the IMMEDIATE transaction every check runs again and the model and number are recomputed: if anything
 * changed meanwhile (another letter took the number, the review changed), the letter is rebuilt; if
 * the letter may no longer be issued (a concurrent call issued it), the call fails and nothing is written.
 */
export async function issueLetter(db: Database.Database, actor: string, req: Request, services: LetterServices = NO_SERVICES): Promise<LetterSummary> {
  const refuse = (problems: string[]) => new AppError(problems.some((p) => p.includes('不能重复出具') || p.includes('已由')) ? 'letter.exists' : 'letter.not-ready', problems.join(''));
  const early = letterProblems(db, req);
  if (early.length > 0) throw refuse(early);
  for (let attempt = 0; attempt < 20; attempt++) {
    const settings = readOfficeSettings(db);
    const draft = buildLetterModel(db, req, null, services);
    const plan = planNumber(db, settings, req.kind, draft.issueDate);
    const model = { ...draft, letterNumber: plan.number };
    const bytes = await buildLetterDocx(model, settings, { lawNames: services.lawNames });
    const sha256 = sha256Hex(bytes);
    const issued = writeTransaction(db, (): LetterSummary | null => {
      const problems = letterProblems(db, req);
      if (problems.length > 0) throw refuse(problems);
      const now = planNumber(db, readOfficeSettings(db), req.kind, draft.issueDate);
      if (now.number !== plan.number || now.seq !== plan.seq) return null;
      if (JSON.stringify(buildLetterModel(db, req, null, services)) !== JSON.stringify(draft)) return null;
      storeBlob(db, sha256, bytes);
      const { lastInsertRowid } = prepared(
        db,
        `INSERT INTO letters (matter_id, kind, number, number_series, number_year, number_seq, issue_date, model_json, sha256, size,
           corrects_letter_id, correction_reason, issued_at, issued_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        req.matterId, req.kind, plan.number, plan.series, plan.number ? plan.year : null, plan.seq, model.issueDate, JSON.stringify(model),
        sha256, bytes.length, req.correctsLetterId ?? null, req.correctsLetterId ? req.correctionReason! : null, nowIso(), actor,
      );
      const letter = toSummary(getLetterRow(db, Number(lastInsertRowid)));
      recordAudit(db, { actor, action: req.correctsLetterId ? 'letter.correct' : 'letter.issue', entity: 'matter', entityId: req.matterId, after: letter });
      if (req.correctsLetterId) return letter;
      if (req.kind === 'return-notice') {
        const reason = `退回补正（${letterName(letter.number === null ? { number: null, issue_date: model.issueDate, kind: req.kind } : { number: letter.number, issue_date: model.issueDate, kind: req.kind })}）：${req.missingMaterials.join('、')}`;
        for (const from of ['registered', 'in-review'] as const) if (moveMatterIfAllowed(db, actor, req.matterId, from, 'returned', reason)) break;
      } else {
        const issuedNow = moveMatterIfAllowed(db, actor, req.matterId, 'awaiting-signoff', 'opinion-issued');
        // Opinions the unit has to adopt (or not) put the matter in 待反馈 at once; the queue counts it there.
        const { n } = prepared(db, 'SELECT count(*) AS n FROM opinions WHERE matter_id = ?').get(req.matterId) as { n: number };
        if (issuedNow && n > 0) moveMatterIfAllowed(db, actor, req.matterId, 'opinion-issued', 'awaiting-feedback');
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
  const safeNumber = letterName(row).replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `${safeNumber}.docx`, bytes: readBlob(db, row.sha256), sha256: row.sha256 };
}

/**
 * The letter as an ordered list of typed blocks. The DOCX builder and the HTML preview both render
 * these blocks, so a draft previewed in the app says exactly what the issued DOCX says.
 */
import type { LetterKind, LetterModel, LetterOpinion, OfficeSettings } from '../../../shared/domain/letter.js';
import type { Severity } from '../../../shared/domain/matter.js';
import { SEVERITIES } from '../../../shared/domain/matter.js';
import { REVIEW_RESULT_ZH } from '../../../shared/domain/labels-zh.js';
import { bookTitle, chineseOrdinal, fillTemplate, formatChineseDate } from './format.js';

export type LetterBlock =
  | { kind: 'office-header'; text: string }
  | { kind: 'number'; text: string; draft: boolean; /** 版头分隔线 under it (only with the office header). */ rule: boolean }
  | { kind: 'blank' }
  | { kind: 'title'; text: string }
  | { kind: 'recipient'; text: string }
  | { kind: 'heading1'; text: string }
  | { kind: 'heading2'; text: string }
  /** Ordinary paragraph, first line indented two characters. */
  | { kind: 'body'; text: string; role?: 'opinion' | 'quote' | 'basis' | 'missing' | 'closing' }
  | { kind: 'attachments'; label: string; items: string[] }
  | { kind: 'signature'; office: string; date: string; sealed: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'signoff'; text: string };

export interface LetterLayout {
  blocks: LetterBlock[];
  /** Opinions in printed order (grouped by severity, stable within a group). */
  printedOpinions: LetterOpinion[];
}

type SectionId = 'conclusion' | 'opinions' | 'missing';

const SECTION_ORDER: Record<LetterKind, SectionId[]> = {
  'legality-opinion': ['conclusion', 'opinions', 'missing'],
  'legal-opinion': ['conclusion', 'opinions', 'missing'],
  'return-notice': ['missing', 'opinions', 'conclusion'],
};

/** Split free text into paragraphs on line breaks, dropping empty lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function withFullStop(text: string): string {
  return /[。！？；：.!?;:）)」』”]$/.test(text) ? text : `${text}。`;
}

/** Opinions grouped by severity in the fixed order 必须修改 → 建议修改 → 提示, keeping the reviewer's order within a group. */
export function groupOpinions(opinions: readonly LetterOpinion[]): { severity: Severity; items: LetterOpinion[] }[] {
  return SEVERITIES.map((severity) => ({ severity, items: opinions.filter((o) => o.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
}

export function layoutLetter(model: LetterModel, settings: OfficeSettings): LetterLayout {
  const texts = settings.fixedTexts[model.kind];
  const vars: Record<string, string> = {
    matter: bookTitle(model.matterTitle),
    recipient: model.recipient,
    office: model.officeName,
    receivedDate: formatChineseDate(model.receivedDate),
    corrects: model.corrects ?? '',
  };
  const blocks: LetterBlock[] = [];
  const printedOpinions: LetterOpinion[] = [];

  // 版头: 发文机关标志, 空二行, 发文字号 (red rule under it), 空二行, 标题 (GB/T 9704 7.2.4–7.3.1).
  if (settings.showOfficeHeader) blocks.push({ kind: 'office-header', text: model.officeName }, { kind: 'blank' }, { kind: 'blank' });
  blocks.push({
    kind: 'number',
    text: model.letterNumber ?? '（草稿，未编号）',
    draft: model.letterNumber === null,
    rule: settings.showOfficeHeader,
  });
  blocks.push({ kind: 'blank' }, { kind: 'blank' });
  blocks.push({ kind: 'title', text: fillTemplate(texts.title, vars) });
  blocks.push({ kind: 'blank' });
  blocks.push({ kind: 'recipient', text: `${model.recipient}：` });

  if (model.corrects) blocks.push({ kind: 'body', text: fillTemplate(texts.correctionNote, vars) });
  for (const p of paragraphs(fillTemplate(texts.opening, vars))) blocks.push({ kind: 'body', text: p });

  let sectionNo = 0;
  const heading1 = (title: string) => blocks.push({ kind: 'heading1', text: `${chineseOrdinal(++sectionNo)}、${title}` });

  for (const section of SECTION_ORDER[model.kind]) {
    if (section === 'conclusion') {
      const summary = paragraphs(model.summary);
      if (model.conclusion === null && summary.length === 0) continue;
      heading1(texts.conclusionHeading);
      if (model.conclusion !== null) {
        const result = REVIEW_RESULT_ZH[model.conclusion];
        blocks.push({ kind: 'body', text: fillTemplate(texts.conclusionSentence, { ...vars, result }) });
      }
      for (const p of summary) blocks.push({ kind: 'body', text: p });
    } else if (section === 'opinions') {
      const groups = groupOpinions(model.opinions);
      if (groups.length === 0) continue;
      heading1(texts.opinionsHeading);
      groups.forEach((group, gi) => {
        blocks.push({ kind: 'heading2', text: `（${chineseOrdinal(gi + 1)}）${texts.severityHeadings[group.severity]}` });
        group.items.forEach((op, i) => {
          printedOpinions.push(op);
          blocks.push({ kind: 'body', role: 'opinion', text: `${i + 1}.${op.text}` });
          if (op.quote) blocks.push({ kind: 'body', role: 'quote', text: `${texts.quoteLabel}：“${op.quote}”` });
          if (op.legalBasis) blocks.push({ kind: 'body', role: 'basis', text: withFullStop(`${texts.basisLabel}：${op.legalBasis}`) });
        });
      });
    } else {
      if (model.missingMaterials.length === 0) continue;
      heading1(texts.missingHeading);
      for (const p of paragraphs(texts.missingIntro)) blocks.push({ kind: 'body', text: p });
      const last = model.missingMaterials.length - 1;
      model.missingMaterials.forEach((m, i) => {
        blocks.push({ kind: 'body', role: 'missing', text: `${i + 1}.${m.replace(/[。；;，,]$/, '')}${i === last ? '。' : '；'}` });
      });
    }
  }

  const closing = model.closingText ?? settings.defaultClosingText[model.kind] ?? '';
  for (const p of paragraphs(fillTemplate(closing, vars))) blocks.push({ kind: 'body', role: 'closing', text: p });

  // 附件说明: 正文下空一行 (7.3.4).
  if (model.attachments.length > 0) {
    blocks.push({ kind: 'blank' });
    blocks.push({ kind: 'attachments', label: '附件：', items: model.attachments.map((a) => a.replace(/[。.；;]$/, '')) });
  }

  blocks.push({ kind: 'blank' });
  if (settings.sealed) blocks.push({ kind: 'blank' }); // room for the seal above the 署名 (7.3.5.1)
  blocks.push({
    kind: 'signature',
    office: model.officeName,
    date: formatChineseDate(model.issueDate),
    sealed: settings.sealed,
  });
  if (model.contact) {
    const c = model.contact.trim();
    blocks.push({ kind: 'note', text: /^[（(]/.test(c) ? c : `（${c}）` });
  }
  const { reviewer, approver } = model.signatures;
  if (settings.signatureLines.show && (reviewer || approver)) {
    const parts: string[] = [];
    if (reviewer) parts.push(`${settings.signatureLines.reviewerLabel}：${reviewer}`);
    if (approver) parts.push(`${settings.signatureLines.approverLabel}：${approver}`);
    blocks.push({ kind: 'signoff', text: parts.join('　　') });
  }
  return { blocks, printedOpinions };
}

/** Width of a line in body characters: CJK and full-width count 1, ASCII (half-width digits) count ½. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * Right indents, in characters, of the 署名 and 成文日期 lines (GB/T 9704 7.3.5.1 / 7.3.5.2).
 * Sealed: the date sits four characters from the right and the office name is centred over it.
 * Unsealed: the office name sits two from the right and the date starts two characters further right
 * than the name; when the date is longer, the date keeps two and the name moves left.
 */
export function signatureIndents(office: string, date: string, sealed: boolean): { office: number; date: number } {
  const o = charWidth(office);
  const d = charWidth(date);
  if (sealed) return { date: 4, office: Math.max(0, 4 + (d - o) / 2) };
  const dateIndent = o - d;
  if (dateIndent >= 2) return { office: 2, date: dateIndent };
  return { date: 2, office: 2 + d + 2 - o };
}

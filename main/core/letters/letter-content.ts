/**
 * The letter as an ordered list of typed blocks. The DOCX builder and the HTML preview both render
 * these blocks, so a draft previewed in the app says exactly what the issued DOCX says.
 */
import { CHECKLIST_DIMENSIONS, type ChecklistDimension } from '../../../shared/domain/checklist.js';
import { DEFAULT_FIXED_TEXTS, type LetterKind, type LetterModel, type LetterOpinion, type OfficeSettings } from '../../../shared/domain/letter.js';
import type { Severity } from '../../../shared/domain/matter.js';
import { SEVERITIES } from '../../../shared/domain/matter.js';
import { REVIEW_RESULT_ZH } from '../../../shared/domain/labels-zh.js';
import { CitationPrinter, citedLaws, parseCitations, type LawNames } from './citations.js';
import { bookTitle, chineseOrdinal, fillTemplate, formatChineseDate } from './format.js';
import { balanceTitle, matterTitleForLetter } from './title-lines.js';

export type LetterBlock =
  | { kind: 'office-header'; text: string }
  | { kind: 'number'; text: string; draft: boolean; /** 版头分隔线 under it (only with the office header). */ rule: boolean }
  | { kind: 'blank' }
  /** The title in balanced lines (7.3.1), one paragraph with line breaks. */
  | { kind: 'title'; text: string; lines: string[] }
  | { kind: 'recipient'; text: string }
  | { kind: 'heading1'; text: string }
  | { kind: 'heading2'; text: string }
  /** Ordinary paragraph, first line indented two characters. */
  | { kind: 'body'; text: string; role?: 'opinion' | 'quote' | 'basis' | 'article' | 'missing' | 'closing' | 'material' | 'law' }
  | { kind: 'attachments'; label: string; items: string[] }
  | { kind: 'signature'; office: string; date: string; sealed: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'signoff'; text: string };

export interface LetterLayout {
  blocks: LetterBlock[];
  /** Opinions in printed order (grouped by severity or dimension, stable within a group). */
  printedOpinions: LetterOpinion[];
}

type SectionId = 'materials' | 'facts' | 'basis' | 'conclusion' | 'opinions' | 'missing';

/** Parts of each kind in order (domain reference §3.2; a 法律意见书 follows the structure of a legal opinion, §1.5). */
const SECTION_ORDER: Record<LetterKind, SectionId[]> = {
  'legality-opinion': ['materials', 'basis', 'opinions', 'conclusion', 'missing'],
  'legal-opinion': ['materials', 'facts', 'basis', 'opinions', 'conclusion', 'missing'],
  'return-notice': ['missing', 'opinions'],
};

/** Headings of opinion groups by legality dimension. */
const DIMENSION_HEADINGS: Record<ChecklistDimension | 'other', string> = {
  subject: '关于制定主体',
  authority: '关于职权和权限',
  content: '关于内容',
  procedure: '关于程序',
  specific: '关于专项事项',
  other: '其他问题',
};
const SEVERITY_TAGS: Record<Severity, string> = { must: '（须修改）', should: '（建议修改）', hint: '（提示）' };

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

/** Opinions grouped by dimension 主体 → 权限 → 内容 → 程序 → 专项 → 其他, severity order within a group. */
export function groupByDimension(opinions: readonly LetterOpinion[]): { heading: string; items: LetterOpinion[] }[] {
  const order = [...CHECKLIST_DIMENSIONS, 'other'] as const;
  return order
    .map((d) => ({
      heading: DIMENSION_HEADINGS[d],
      items: SEVERITIES.flatMap((sev) => opinions.filter((o) => (o.dimension ?? 'other') === d && o.severity === sev)),
    }))
    .filter((g) => g.items.length > 0);
}

/** Options that do not live in the model: known law names for citations. */
export interface LayoutOptions {
  lawNames?: LawNames;
}

export function layoutLetter(model: LetterModel, settings: OfficeSettings, options: LayoutOptions = {}): LetterLayout {
  const texts = settings.fixedTexts[model.kind];
  const names = options.lawNames ?? new Map<string, string>();
  const vars: Record<string, string> = {
    matter: bookTitle(matterTitleForLetter(model.matterTitle)),
    recipient: model.recipient,
    office: model.officeName,
    receivedDate: formatChineseDate(model.receivedDate),
    corrects: model.corrects ?? '',
    reason: model.correctionReason ?? '',
    deadline: model.returnDeadline ? formatChineseDate(model.returnDeadline) : '',
  };
  const blocks: LetterBlock[] = [];
  const printedOpinions: LetterOpinion[] = [];
  const withOpinions = model.kind !== 'return-notice' || model.attachOpinions;
  const opinions = withOpinions ? model.opinions : [];
  const laws = citedLaws(
    opinions.flatMap((o) => (o.legalBasis ? [o.legalBasis] : [])),
    names,
  );
  const printBasisPart = settings.printBasisPart && laws.length > 0;
  // A law cited in the 审查依据 part and again under an opinion gets "（以下简称…）" at its first citation.
  const printer = new CitationPrinter(new Set(printBasisPart ? laws.map((l) => l.law) : repeatedLaws(opinions, names)));

  // 版头: 发文机关标志, 空二行, 发文字号 (red rule under it), 空二行, 标题 (GB/T 9704 7.2.4–7.3.1).
  if (settings.showOfficeHeader) blocks.push({ kind: 'office-header', text: model.officeName }, { kind: 'blank' }, { kind: 'blank' });
  blocks.push({
    kind: 'number',
    text: model.letterNumber ?? (model.kind === 'return-notice' ? '' : '（草稿，未编号）'),
    draft: model.letterNumber === null,
    rule: settings.showOfficeHeader,
  });
  blocks.push({ kind: 'blank' }, { kind: 'blank' });
  const title = fillTemplate(texts.title, vars);
  blocks.push({ kind: 'title', text: title, lines: balanceTitle(title) });
  blocks.push({ kind: 'blank' });
  blocks.push({ kind: 'recipient', text: `${model.recipient}：` });

  if (model.corrects) {
    // A correction always has a reason now; letters of older data may not, and then no empty brackets print.
    const template = model.correctionReason ? texts.correctionNote : texts.correctionNote.replace(/[（(]?更正原因：\{reason\}[）)]?[。；]?/, '');
    let note = fillTemplate(template, vars);
    // Older saved wording has no {reason}: the reason is still printed.
    if (model.correctionReason && !texts.correctionNote.includes('{reason}')) note += `更正原因：${withFullStop(model.correctionReason)}`;
    blocks.push({ kind: 'body', text: note });
  }
  for (const p of paragraphs(fillTemplate(texts.opening, vars))) blocks.push({ kind: 'body', text: p });

  let sectionNo = 0;
  const heading1 = (title: string) => blocks.push({ kind: 'heading1', text: `${chineseOrdinal(++sectionNo)}、${title}` });
  const numbered = (items: string[], role: 'material' | 'law' | 'missing') => {
    const last = items.length - 1;
    items.forEach((m, i) => blocks.push({ kind: 'body', role, text: `${i + 1}.${m.replace(/[。；;，,]$/, '')}${i === last ? '。' : '；'}` }));
  };
  const printOpinion = (op: LetterOpinion, i: number, tag: string) => {
    printedOpinions.push(op);
    blocks.push({ kind: 'body', role: 'opinion', text: `${i + 1}.${tag}${op.text}` });
    if (op.quote) blocks.push({ kind: 'body', role: 'quote', text: `${texts.quoteLabel}：“${op.quote}”` });
    if (op.legalBasis) {
      const cited = printer.print(op.legalBasis, names);
      if (cited) blocks.push({ kind: 'body', role: 'basis', text: withFullStop(`${texts.basisLabel}：${cited}`) });
      if (op.articleText) blocks.push({ kind: 'body', role: 'article', text: `该条规定：“${op.articleText.replace(/[。]$/, '')}。”` });
    }
  };

  for (const section of SECTION_ORDER[model.kind]) {
    if (section === 'materials') {
      if (!settings.printMaterialsPart) continue;
      heading1(texts.materialsHeading);
      blocks.push({ kind: 'body', text: `${vars.matter}由${model.recipient}于${vars.receivedDate}报送。` });
      if (model.materials.length > 0) {
        for (const p of paragraphs(texts.materialsIntro)) blocks.push({ kind: 'body', text: p });
        numbered(model.materials, 'material');
      }
    } else if (section === 'facts') {
      const summary = paragraphs(model.summary);
      if (summary.length === 0) continue;
      heading1(texts.factsHeading);
      for (const p of summary) blocks.push({ kind: 'body', text: p });
    } else if (section === 'basis') {
      if (!printBasisPart) continue;
      heading1(texts.basisHeading);
      numbered(
        laws.map((l) => printer.cite(l)),
        'law',
      );
    } else if (section === 'conclusion') {
      const summary = model.kind === 'legal-opinion' ? [] : paragraphs(model.summary);
      if (model.conclusion === null && summary.length === 0) continue;
      heading1(texts.conclusionHeading);
      if (model.conclusion !== null) {
        const words = texts.resultWords ?? DEFAULT_FIXED_TEXTS[model.kind].resultWords ?? REVIEW_RESULT_ZH;
        blocks.push({ kind: 'body', text: fillTemplate(texts.conclusionSentence, { ...vars, result: words[model.conclusion] }) });
      }
      for (const p of summary) blocks.push({ kind: 'body', text: p });
    } else if (section === 'opinions') {
      if (opinions.length === 0) continue;
      heading1(texts.opinionsHeading);
      if (settings.opinionGrouping === 'dimension') {
        groupByDimension(opinions).forEach((group, gi) => {
          blocks.push({ kind: 'heading2', text: `（${chineseOrdinal(gi + 1)}）${group.heading}` });
          group.items.forEach((op, i) => printOpinion(op, i, SEVERITY_TAGS[op.severity]));
        });
      } else {
        groupOpinions(opinions).forEach((group, gi) => {
          blocks.push({ kind: 'heading2', text: `（${chineseOrdinal(gi + 1)}）${texts.severityHeadings[group.severity]}` });
          group.items.forEach((op, i) => printOpinion(op, i, ''));
        });
      }
    } else {
      if (model.missingMaterials.length === 0) continue;
      heading1(texts.missingHeading);
      for (const p of paragraphs(texts.missingIntro)) blocks.push({ kind: 'body', text: p });
      numbered(model.missingMaterials, 'missing');
      if (model.returnDeadline) for (const p of paragraphs(fillTemplate(texts.deadlineSentence, vars))) blocks.push({ kind: 'body', text: p });
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

/** Laws cited under more than one opinion (they get "以下简称" when there is no 审查依据 part). */
function repeatedLaws(opinions: readonly LetterOpinion[], names: LawNames): string[] {
  const counts = new Map<string, number>();
  for (const o of opinions) for (const c of o.legalBasis ? parseCitations(o.legalBasis, names) : []) counts.set(c.law, (counts.get(c.law) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([law]) => law);
}

/** Width of a line in body characters: CJK and full-width count 1, ASCII (half-width digits) count ½. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

/** One line of the signature block: alignment and indents in body characters (28 to a line). */
export interface SignatureLine {
  align: 'center' | 'left' | 'right';
  left: number;
  right: number;
}

/**
 * The 署名 and 成文日期 lines (GB/T 9704 7.3.5.1 / 7.3.5.2), built so that the relation between the two
 * lines holds whatever width a renderer gives the date (digits in a fallback font, LibreOffice's own
 * space between Chinese and digits): only where the pair stands depends on the counted width.
 * Sealed: both lines are centred in the same box, whose centre is where the date's centre is when the
 * date stands four characters from the right — so the 署名 is centred over the date by construction.
 * Unsealed: both lines are left-aligned, the date's left edge two characters right of the 署名's, the
 * 署名 two characters from the right (the date two, when it is the longer line).
 */
export function signatureLayout(office: string, date: string, sealed: boolean, lineChars = 28): { office: SignatureLine; date: SignatureLine } {
  const o = charWidth(office);
  const d = charWidth(date);
  if (sealed) {
    // Distance of the shared centre from the right edge: four characters plus half the date.
    const axis = 4 + d / 2;
    const left = lineChars - 2 * axis;
    // A 署名 wider than the box cannot be centred over the date inside the type area: it ends at the right edge.
    const officeLine: SignatureLine = o <= 2 * axis ? { align: 'center', left, right: 0 } : { align: 'right', left: 0, right: 0 };
    return { office: officeLine, date: { align: 'center', left, right: 0 } };
  }
  const officeLeft = d > o - 2 ? lineChars - 2 - d - 2 : lineChars - 2 - o;
  // The date may run past its counted width (LibreOffice sets it up to two characters wider): a negative
  // right indent lets it use the right margin instead of wrapping its last character onto a new line.
  return { office: { align: 'left', left: officeLeft, right: 0 }, date: { align: 'left', left: officeLeft + 2, right: -4 } };
}

import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import type { TextUnit } from '../text/units.js';
import type { Rule, UnitHit } from '../types.js';
import { FIELD_LABEL_RE } from './placeholder-blank-fields.js';
import { FIELD_LINE_RE, inMetadataLine, inSignatureLine, maskedFigure, namingTemplate, withLabel } from './placeholder-blank-filters.js';
import { blanksIn, hasFieldTags, type Blank } from './placeholder-blank-find.js';
import { closingDateLine, signatureBlank, valueFollows } from './placeholder-blank-layout.js';
import { formatPattern, specimenFrom } from './placeholder-blank-specimen.js';
import { spacedLabel } from './placeholder-blank-spaced-label.js';
import { asClause } from './placeholder-blank-clause.js';
import { groupTemplateFields, isMergeTemplate } from './placeholder-blank-template.js';
import { headsItsFields } from './placeholder-blank-group-heading.js';
import { anonymisedDocument, exampleName, maskedAddress, maskedInCourtPaper, newsDateline, pageLabel } from './placeholder-blank-noise.js';

export const placeholderBlank: Rule = {
  id: 'placeholder.blank',
  excerpt: 'match',
  ref: 'P-PH-BLANK',
  title: '未填写的空白',
  types: ALL_TYPES,
  severity: 'should',
  message: '文本中有未填写的空白或占位符',
  basis: BASIS.placeholder,
  suggestion: '建议将空白处、占位符（如“____”“××”“【 】”）补充完整，确需留空的应注明“无”或删除该项。',
  check(ctx) {
    const hits: UnitHit[] = [];
    const signature: Array<{ unit: TextUnit; blank: Blank }> = [];
    const { headings, signatureFrom, titlePos } = ctx.structure;
    const { stretches } = ctx.structure.kind;
    const headSigning = (unit: TextUnit, b: Blank) =>
      (unit.blockPositions[0] as number) <= (titlePos ?? 0) + 4 &&
      SIGNING_FIELD_RE.test(unit.text.slice(Math.max(0, b.start - 8), b.start)) &&
      !HEAD_ENDS_RE.test(unit.text.slice(0, b.start));
    let form: { block: number; count: number; hit: UnitHit } | null = null;
    // A regulation's annexed specimen forms: their fields are empty by design.
    const specimen = ctx.type === 'normative' ? specimenFrom(ctx.blocks) : ctx.blocks.length;
    const specimenBlanks: Array<{ unit: TextUnit; blank: Blank }> = [];
    const tags = hasFieldTags(ctx.fullText);
    const anonymised = anonymisedDocument(ctx.fullText);
    for (const unit of ctx.units) {
      let blanks = blanksIn(unit.text, tags).filter((b) => {
        // The page's frame ("字体：[ ]", "信息狀態：", "分享到：") is the site's, not the document's (document-kind.ts).
        if (stretches.get(unit.charBlock[b.start] as number) === 'frame') return false;
        if (inSignatureLine(unit.text, b)) {
          // The signing date and place in the contract's head ("甲方 乙方 签订时间 年 月 日 签订地点"): filled
          // in at signing, like the signature block — counted there, not dropped (round ten A, issue 13).
          if (headSigning(unit, b)) signature.push({ unit, blank: b });
          return false;
        }
        if (namingTemplate(unit.text, b) || inMetadataLine(unit.text, b) || spacedLabel(unit.text, b)) return false;
        if (maskedFigure(unit.text, b)) return false;
        if ((anonymised && maskedInCourtPaper(unit.text, b)) || maskedAddress(unit.text, b)) return false;
        if (pageLabel(unit.text, b) || newsDateline(unit.text, b) || exampleName(unit.text, b)) return false;
        if (formatPattern(unit.text, b)) return false;
        // "五、基础设施交付标准：" with its content in the next paragraph is a heading, not a blank;
        // "采购编号：" with "XDCG2017-A-030" on the next line (or in the next cell) is filled in.
        const open = b.field || b.eol;
        if (open && headings.has(unit.charBlock[b.start] as number)) return false;
        if (open && headsItsFields(ctx.blocks, unit.charBlock[b.start] as number, unit.text, b)) return false;
        return !(open && valueFollows(unit, ctx.blocks, b));
      });
      if (blanks.length === 0) continue;
      if ((unit.blockPositions[0] as number) >= specimen) {
        for (const blank of blanks) specimenBlanks.push({ unit, blank });
        continue;
      }
      // The closing signature block of an unsigned draft is one finding, not one per line; so is the empty
      // date closing a draft. A figure missing inside a clause there is still a blank of the text.
      const dateLine = closingDateLine(ctx.blocks, unit);
      if ((unit.blockPositions[0] as number) >= signatureFrom || dateLine) {
        const closing = dateLine ? blanks : blanks.filter((b) => signatureBlank(unit.text, b));
        for (const blank of closing) signature.push({ unit, blank });
        blanks = blanks.filter((b) => !closing.includes(b));
        if (blanks.length === 0) continue;
      }
      // One finding per block: anchored on its first blank, counting the rest.
      const byBlock = new Map<number, Blank[]>();
      for (const b of blanks) {
        const block = unit.charBlock[b.start] as number;
        const list = byBlock.get(block) ?? [];
        list.push(b);
        byBlock.set(block, list);
      }
      for (const [block, list] of byBlock) {
        // A run of empty field lines (联系人：/地址：/手机：, one per line) is one form to fill in:
        // one finding that counts its fields, not one per line.
        const fieldsOnly = list.every((b) => b.field) || FIELD_LINE_RE.test((ctx.blocks[block] as TextBlock).text);
        if (fieldsOnly && form && form.block === block - 1) {
          form.block = block;
          form.count += list.length;
          form.hit.message = `有未填写的栏目（连续${form.count}栏）`;
          continue;
        }
        const groups = bySentence(unit.text, list);
        const hit = hitFor(unit, groups[0] as Blank[]);
        hits.push(hit);
        for (const g of groups.slice(1)) hits.push(hitFor(unit, g));
        form = fieldsOnly && groups.length === 1 ? { block, count: list.length, hit } : null;
      }
    }
    // A merge template's open fields are one finding (placeholder-blank-template.ts).
    if (isMergeTemplate(ctx.fullText, tags)) groupTemplateFields(hits);
    signature.sort((a, b) => a.unit.blockPositions[0] as number - (b.unit.blockPositions[0] as number) || a.blank.start - b.blank.start);
    const signing = groupHint(signature, `签署部分尚有${signature.length}处空白：未签署的文本属正常，正式签署时应填写完整`,
      '请在正式签署时填写当事人名称、签署日期等信息，并由当事人签字或盖章。');
    if (signing) hits.push(signing);
    const specimenHint = groupHint(specimenBlanks, `附件样式中有${specimenBlanks.length}处待填写项：样式留空属正常，请确认正文本身已填写完整`,
      '附件所附文书样式中的“×××”“年 月 日”等为使用时填写的栏目，无需在本文件中补充；请核对正文部分没有遗漏的空白。');
    if (specimenHint) hits.push(specimenHint);
    return hits;
  },
};

/**
 * Blanks that are normal where they stand (an unsigned draft's signature block, an annexed specimen form) make one
 * quiet finding, anchored on the first of them with its label.
 */
function groupHint(places: Array<{ unit: TextUnit; blank: Blank }>, message: string, suggestion: string): UnitHit | null {
  const first = places[0];
  if (!first) return null;
  const b = withLabel(first.unit.text, first.blank);
  return { unit: first.unit, start: b.start, end: b.end, severity: 'hint', message, suggestion };
}

/** A signing date's or place's label right before its blank. */
const SIGNING_FIELD_RE = /签[订约署](?:日期|时间|地点)\s*:?\s*$/;
/** The head of a contract ends where its clauses begin. */
const HEAD_ENDS_RE = /第[一二三四五六七八九十]+条|(?:^|[\s\n\u001f])(?:[一二三四五六七八九十]+、|\d{1,2}[、.．])|。/;

/** The longest excerpt that spans several blanks of one clause. */
const SPAN_MAX = 80;
/** The end of a sentence, or a numbered item opening after a space or colon (": 一、", " (二)", " 3."). */
const CLAUSE_BREAK_RE = /[。;!?]|[\s:](?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))/;

/**
 * One finding per clause: blanks of one sentence or numbered item are one finding, counted; a block's other
 * clauses get their own (round nine: "2、项目工期:自 年 月 日起" in the same paragraph as "投资为 万元" is a
 * second question for the reviewer, not the first one's count).
 */
function bySentence(text: string, list: Blank[]): Blank[][] {
  const groups: Blank[][] = [];
  let last: Blank | null = null;
  for (const b of list) {
    if (last && !CLAUSE_BREAK_RE.test(text.slice(last.end, b.start))) (groups[groups.length - 1] as Blank[]).push(b);
    else groups.push([b]);
    last = b;
  }
  return groups;
}

function hitFor(unit: TextUnit, list: Blank[]): UnitHit {
  const first = asClause(unit.text, withLabel(unit.text, list[0] as Blank), (list[0] as Blank).start);
  const more = list.length > 1 ? `，本段共${list.length}处` : '';
  // Only "label：" with nothing after it, and the label is not a field to fill in: less certain.
  const unsure = list.every((b) => (b.field || b.eol) && !FIELD_LABEL_RE.test(unit.text.slice(first.start, b.start)));
  // The excerpt spans the clause's blanks when they stand close together ("土地名称为: ,总面积: 亩,四至界限为: "),
  // so it shows every blank it counts, not only the first.
  // Not across a form's next field ("甲方:____联系电话:____"): a new label with no comma before it.
  const last = list.length > 1 ? asClause(unit.text, withLabel(unit.text, list[list.length - 1] as Blank), (list[list.length - 1] as Blank).start) : first;
  const span = unit.text.slice(first.start, last.end);
  const nextField = list.slice(1).some((b, i) => {
    const gap = unit.text.slice((list[i] as Blank).end, b.start);
    return /[\u4e00-\u9fa5)]{2,}:\s*$/.test(gap) && !/[,、;。]/.test(gap);
  });
  const spans = list.length > 1 && last.end - first.start <= SPAN_MAX && !/[\n\u001f]/.test(span) && !nextField;
  const end = spans ? Math.max(first.end, last.end) : first.end;
  return {
    unit,
    start: first.start,
    end,
    message: unsure ? `该处冒号后没有内容，如属待填写事项请补充${more}` : `有未填写的空白或占位符${more}`,
    ...(unsure ? { severity: 'hint' as const } : {}),
  };
}

import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import type { TextUnit } from '../text/units.js';
import type { Rule, UnitHit } from '../types.js';
import { FIELD_LABEL_RE } from './placeholder-blank-fields.js';
import { FIELD_LINE_RE, inMetadataLine, inSignatureLine, namingTemplate, withLabel } from './placeholder-blank-filters.js';
import { blanksIn, type Blank } from './placeholder-blank-find.js';
import { closingDateLine, signatureBlank, valueFollows } from './placeholder-blank-layout.js';

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
    const { headings, signatureFrom } = ctx.structure;
    let form: { block: number; count: number; hit: UnitHit } | null = null;
    for (const unit of ctx.units) {
      let blanks = blanksIn(unit.text).filter((b) => {
        if (inSignatureLine(unit.text, b) || namingTemplate(unit.text, b) || inMetadataLine(unit.text, b)) return false;
        // "五、基础设施交付标准：" with its content in the next paragraph is a heading, not a blank;
        // "采购编号：" with "XDCG2017-A-030" on the next line (or in the next cell) is filled in.
        if (b.field && headings.has(unit.charBlock[b.start] as number)) return false;
        return !(b.field && valueFollows(unit, ctx.blocks, b));
      });
      if (blanks.length === 0) continue;
      // The closing signature block of an unsigned draft is one finding, not one per line; so is the empty
      // date closing a draft. A figure missing inside a clause there is still a blank of the text.
      if ((unit.blockPositions[0] as number) >= signatureFrom || closingDateLine(ctx.blocks, unit)) {
        const closing = closingDateLine(ctx.blocks, unit) ? blanks : blanks.filter((b) => signatureBlank(unit.text, b));
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
        const groups = bySentence(unit.text, list, (ctx.blocks[block] as TextBlock).text.length);
        const hit = hitFor(unit, groups[0] as Blank[]);
        hits.push(hit);
        for (const g of groups.slice(1)) hits.push(hitFor(unit, g));
        form = fieldsOnly && groups.length === 1 ? { block, count: list.length, hit } : null;
      }
    }
    const first = signature[0];
    if (first) {
      const b = withLabel(first.unit.text, first.blank);
      hits.push({
        unit: first.unit,
        start: b.start,
        end: b.end,
        severity: 'hint',
        message: `签署部分尚有${signature.length}处空白：未签署的文本属正常，正式签署时应填写完整`,
        suggestion: '请在正式签署时填写当事人名称、签署日期等信息，并由当事人签字或盖章。',
      });
    }
    return hits;
  },
};

/** A block this long is a whole page flattened to one line: its blanks are grouped by sentence, not by block. */
const LONG_BLOCK = 400;
/** The end of a sentence, or a numbered item opening after a space or colon (": 一、", " (二)", " 3."). */
const CLAUSE_BREAK_RE = /[。;!?]|[\s:](?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))/;

function bySentence(text: string, list: Blank[], blockLength: number): Blank[][] {
  if (blockLength <= LONG_BLOCK) return [list];
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
  const first = withLabel(unit.text, list[0] as Blank);
  const more = list.length > 1 ? `，本段共${list.length}处` : '';
  // Only "label：" with nothing after it, and the label is not a field to fill in: less certain.
  const unsure = list.every((b) => b.field && !FIELD_LABEL_RE.test(unit.text.slice(first.start, b.start)));
  return {
    unit,
    start: first.start,
    end: first.end,
    message: unsure ? `该处冒号后没有内容，如属待填写事项请补充${more}` : `有未填写的空白或占位符${more}`,
    ...(unsure ? { severity: 'hint' as const } : {}),
  };
}

/**
 * Places where the grammar of a clause requires a value and none is there (round nine, issue 13): real
 * templates lose the underline a figure was to be written on, and what remains is a unit with nothing before
 * it, or a label with nothing after it before the clause ends. Patterns, not examples:
 * - a unit after a space that follows a word, not a figure: "每年向乙方支付 元", "本合同期限为 年", "面积 平方米",
 *   "每月 日前", "依照本合同第 条";
 * - a per cent sign straight after a word: "承担应付款金额%的违约金";
 * - a label colon closed at once by the end of the clause: "第二条合同总价款:。";
 * - an uppercase amount whose brackets hold only their label: "(大写:)".
 */
import type { Blank } from './placeholder-blank-find.js';
import { ITEM_NUMBER_BEFORE_RE } from './placeholder-blank-marks.js';
import { guarded, matchesIn } from './guarded.js';

/**
 * A word (not a numeral, not 单位/币种, which name a unit) + one space + a unit. The unit is not the first
 * character of a longer word (元旦, 年度, 日期, 月份…). The regex finds the space and the unit; the word before it
 * is checked in code (a look-behind at the head of a pattern is tried at every character of the text).
 */
const UNIT_AFTER_SPACE_RE =
  / (?=(?:万元|元(?![旦宵月素])|亩|平方米|㎡|%|个月|个工作日|年(?![度底初末龄级代轻鉴会报份号])|小时|倍|吨|公斤|千克|公顷|立方米|日(?=[前内起止]|之前)|条(?![例件款文目])|款(?![项])|项(?![目]))(?![\u4e00-\u9fa5]?:))/g;
const HAN_RE = /[\u4e00-\u9fa5]/;
/** Words before the space that state a figure or a unit themselves. */
const NOT_BEFORE_RE = /[〇零一二三四五六七八九十百千万亿两几数壹贰叁肆伍陆柒捌玖拾佰仟萬單单位种每]$/;
/** A per cent sign after a word, inside a sentence ("金额%的违约金"); a header cell "增长率%" ends its cell. */
const BARE_PERCENT_RE = /%(?=[\u4e00-\u9fa5,;。、)])/g;
/** A label whose colon the end of the clause follows at once ("合同总价款:。"). */
// With spaces after the colon the space run is the blank already (SPACES_RE).
const COLON_THEN_STOP_RE = /:(?=[。;,])/g;
/** "(大写:)", "(小写: )": the amount in words or figures left out of its brackets. */
const EMPTY_AMOUNT_BRACKETS_RE = /\((?:大写|小写)(?:金额)?\s*:\s*\)/g;

/**
 * One space where a clause's object or value was (round ten A, issue 13): a word that asks for it, the space,
 * then the end of the phrase ("品牌为 ，", "名称是 ；") or the verb the object belongs to ("委托乙方就 进行技术咨询",
 * "双方对 达成一致", "向 提供"). Letter-spaced text ("甲 方 为 …") is layout, not a blank.
 */
const OBJECT_GONE_RE = /(?<=[为是就对向与将])\s(?=[,，。;；、)]|(?:进行|开展|提供|实施|签订|达成|承担|支付|协商|办理|作出|处理)[\u4e00-\u9fa5])/g;

// (A guard that fails costs less than the copy of the pattern matchAll makes for every unit.)
const UNIT_AFTER_SPACE = guarded('unit after a space', UNIT_AFTER_SPACE_RE, / [万元亩平㎡%个年小倍吨公千立日条款项]/);
const BARE_PERCENT = guarded('per cent sign after a word', BARE_PERCENT_RE, /%/);
const COLON_THEN_STOP = guarded('label closed at once', COLON_THEN_STOP_RE, /:[。;,]/);
const EMPTY_AMOUNT_BRACKETS = guarded('empty amount brackets', EMPTY_AMOUNT_BRACKETS_RE, /[大小]写/);
const OBJECT_GONE = guarded('object gone after its word', OBJECT_GONE_RE, /[为是就对向与将]\s/);

export function requiredBlanks(text: string, out: Blank[]): void {
  for (const m of matchesIn(text, OBJECT_GONE)) {
    if (!HAN_RE.test(text[m.index - 2] ?? '') || (HAN_RE.test(text[m.index + 1] ?? '') && text[m.index + 2] === ' ')) continue;
    out.push({ start: m.index, end: m.index + 1 });
  }
  for (const m of matchesIn(text, UNIT_AFTER_SPACE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!HAN_RE.test(text[m.index - 1] ?? '') || NOT_BEFORE_RE.test(before)) continue;
    // "第十三条 年满十八周岁", "第二条 吨税的税目": the space after an article's number is layout.
    if (!ITEM_NUMBER_BEFORE_RE.test(before)) out.push({ start: m.index, end: m.index + 1 });
  }
  for (const m of matchesIn(text, BARE_PERCENT)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (HAN_RE.test(text[m.index - 1] ?? '') && before !== '单位') out.push({ start: m.index, end: m.index + 1 });
  }
  for (const m of matchesIn(text, COLON_THEN_STOP)) {
    if (/[\u4e00-\u9fa5)]/.test(text[m.index - 1] ?? '')) out.push({ start: m.index, end: m.index + 1 });
  }
  for (const m of matchesIn(text, EMPTY_AMOUNT_BRACKETS)) out.push({ start: m.index, end: m.index + m[0].length });
}

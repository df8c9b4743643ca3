/**
 * Blank markers of the placeholder.blank rule: underlines, boxes, xx runs, brackets, date skeletons and
 * fill-in spaces — the places a drafter drew for a value.
 */
import type { Blank } from './placeholder-blank-find.js';
import { guarded, matchesIn } from './guarded.js';

/** Blank markers that are blanks wherever they stand. */
export const MARKER_RE = new RegExp(
  [
    '_{2,}',
    // Underlines drawn with other characters (▁▁▁, ﹍﹍, ‗‗) and boxes standing for characters to fill
    // (□□□村): one □ before an option (□已/□未) is a tick box, two or more in a row are a blank.
    '[▁▂﹍﹎﹏‗]{2,}',
    // Hyphens drawn as an underline against the word they belong to ("------镇 村村民委员会").
    '(?<=[\\u4e00-\\u9fa5])-{3,}|-{3,}(?=[\\u4e00-\\u9fa5])',
    '□{2,}',
    '×{2,}',
    '(?<![A-Za-z])(?:X{2,}|x{2,})(?![A-Za-z])',
    '【\\s*】',
    '\\[\\s*\\]',
    '\\(\\s*\\)',
    '\\{\\{[^{}\\n]{0,40}\\}\\}',
    '待定|TBD|此处填写|待填写?|另行填写',
    ':\\s*(?:…{2,}|\\.{6,})',
    '【[^】\\n]{0,60}(?:写明|填写|具体|如:|请)[^】\\n]{0,60}】',
  ].join('|'),
  'g',
);
/** 年 月 日 with a component left empty. */
const DATE_RE = /([\d〇零一二三四五六七八九]{0,4})([ _]*)年([ _]*)([\d一二三四五六七八九十]{0,2})([ _]*)月([ _]*)([\d一二三四五六七八九十]{0,3})([ _]*)[日号]/g;
/** "**年": asterisks standing for a figure before its counting word. */
const STARS_RE = /(?<=[:为共第计约])\*{1,}(?=(?:人(?!民)|名(?!称|义|单)|个(?!体|人)|年(?!度)|月(?!份)|日(?!期)|天|元|亩|次|户(?!籍|口)|层(?!次)|条(?!例|件)|款(?!项)|项(?!目)|%|万元))/g;
/** A single X/× for a figure before a counting word ("副主任X人", "第X条"). */
const ONE_X_RE = /[X×x](?=(?:人(?!民)|名(?!称|义|单)|个(?!体|人)|年(?!度)|月(?!份)|日(?!期)|天|元|亩|次|户(?!籍|口)|层(?!次)|条(?!例|件)|款(?!项)|项(?!目)|%|万元))/g;
const DATE = guarded('date skeleton', DATE_RE, /年[ _\d一二三四五六七八九十]*月/);
const STARS = guarded('starred figure', STARS_RE, /[:为共第计约]\*/);
const ONE_X = guarded('single X figure', ONE_X_RE, /[X×x]/);
/** Words that introduce a date ("于", "自…起至…止", "日期："), so 年月日 after them is a date to fill, not the phrase 年月日 (出生年月日). */
const DATE_LEAD_RE = /(于|自|至|到|从|截至|截止|在|日期:?|时间:?)\s*$/;
/** A run of spaces that is a fill-in field rather than layout. */
const SPACES_RE = / {2,}/g;
const ONE_SPACE_RE = /[为于第共计约按至自由](?= [元年月日号亩天个万%人名户])/g;
const SPACES = guarded('run of spaces', SPACES_RE, / {2}/);
const ONE_SPACE = guarded('one space before a unit', ONE_SPACE_RE, / [元年月日号亩天个万%人名户]/);
const AFTER_FIELD = '。,;、)元年月日号平米亩份%个天条款期项人万层室楼号户间座栋';
const BEFORE_FIELD = '为于第在(¥共计约按至自:';

/**
 * Spaces that justify the characters of a short label at the start of its line ("日    期:", "签 订 地 点:",
 * "负 责 人:"): layout, not a field — the label's colon follows a few characters later.
 */
function spacedLabel(text: string, start: number, end: number): boolean {
  // "月   日止" is a date with its figures gone, not a label.
  if ('年月'.includes(text[start - 1] as string)) return false;
  if (!/(?:^|[\n\u001f])[\u4e00-\u9fa5 ]{1,8}$/.test(text.slice(Math.max(0, start - 9), start))) return false;
  const after = text.slice(end, end + 9);
  // With its colon, or alone in its cell or line ("日  期" heading a column) unless it ends in a unit ("金额    元").
  return /^[\u4e00-\u9fa5 ]{1,8}:/.test(after) || /^[\u4e00-\u9fa5 ]{0,6}[^\s元年月日号亩%个天人户份万](?=$|[\n\u001f])/.test(after);
}

/**
 * A value after the spaces: figures or letters ("第二版:  A", "附件数:  0"), an amount in words ("大写:  贰仟元整")
 * or running text ("其他约定事项:  如果因为乙方…"); not a suffix of the value to fill ("____银行", "____公司", "____省").
 */
const VALUE_AHEAD_RE = /^(?:[0-9A-Za-z壹贰叁肆伍陆柒捌玖零]|[^\s:,。;(_▁﹍□×xX*]{6})/;
/** The next field's label straight after a run of spaces ("地址:      电话:"). */
const LABEL_AHEAD_RE = /^[^\s:,。;]{1,10}:/;

/** An item's or article's number at the start of its line: "5.7", "第十三条", "第三章", "第四节". */
export const ITEM_NUMBER_BEFORE_RE = /(?:(?:^|[\n\u001f])\s*\d+(?:\.\d+)*|(?:^|[^\u4e00-\u9fa5])第[一二三四五六七八九十百零〇\d]+[条章节款编])$/;
/** Spaces after an item's number at the start of its line ("5.7  、办公室应…", "第三章  人才培养") are layout. */
function numberedItem(text: string, start: number): boolean {
  return ITEM_NUMBER_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}

/** Markers, date skeletons, starred and single-X figures, and fill-in spaces in one unit's text. */
export function markBlanks(text: string, out: Blank[]): void {
  for (const m of text.matchAll(MARKER_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of matchesIn(text, DATE)) {
    const [, y, sy, sm1, mo, sm2, sd1, d, sd2] = m as unknown as string[];
    const emptyYear = y === '' && (sy as string).length > 0;
    const emptyMonth = mo === '' && ((sm1 as string).length > 0 || (sm2 as string).length > 0);
    const emptyDay = d === '' && ((sd1 as string).length > 0 || (sd2 as string).length > 0);
    // Digits dropped with the underline they stood on: "2011年月日", "2011年5月日", "自年月日起".
    const squeezed = (mo === '' || d === '') && (y !== '' || DATE_LEAD_RE.test(text.slice(Math.max(0, m.index - 3), m.index)));
    if (emptyYear || emptyMonth || emptyDay || squeezed) {
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
}

/** Figures stood for by ** or a single X ("**年", "副主任X人"). */
export function starBlanks(text: string, out: Blank[]): void {
  for (const g of [ONE_X, STARS]) {
    for (const m of matchesIn(text, g)) {
      // (The single X follows a word; checked here, not by a look-behind tried at every character.)
      if (g === ONE_X && !/[\u4e00-\u9fa5]/.test(text[m.index - 1] ?? '')) continue;
      // A formula ("债务利息=…金钱债务×日万分之一点七五×迟延履行期间"): × and * multiply there.
      if (/=[^。;]*$/.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
}

/** Runs of spaces where a value was to be written, and one space between a word asking for a figure and its unit. */
export function spaceBlanks(text: string, out: Blank[]): void {
  for (const m of matchesIn(text, SPACES)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1];
    const next = text[end];
    if (prev === undefined || prev === '\n' || prev === '\u001f') continue; // indentation
    const lineEnd = next === undefined || next === '\n' || next === '\u001f';
    const fieldAfter = !lineEnd && AFTER_FIELD.includes(next);
    if (prev === ':') {
      // "工作流程:  " with nothing after it on its line is an empty field (a heading when content follows; see
      // placeholder-blank-layout); "第二版:  A", "附件数:  0" have their value after the spaces.
      // A few stray spaces at the end of a heading's line are judged like an empty field; a long run is drawn
      // to be written on.
      if (lineEnd) out.push({ start, end, ...(end - start < 4 ? { eol: true } : {}) });
      else if (fieldAfter || LABEL_AHEAD_RE.test(text.slice(end, end + 12)) || !VALUE_AHEAD_RE.test(text.slice(end, end + 8))) {
        out.push({ start, end });
      }
      continue;
    }
    const fieldBefore = BEFORE_FIELD.includes(prev);
    if (!(fieldBefore || fieldAfter) || spacedLabel(text, start, end) || numberedItem(text, start)) continue;
    out.push({ start, end });
  }
  // One space where the figure was, between a word that asks for it and its unit: "期限为 年", "于 日内".
  for (const m of matchesIn(text, ONE_SPACE)) out.push({ start: m.index + 1, end: m.index + 2 });
}

/**
 * Where a "label：" with nothing after it is not a blank, and where a blank belongs to the closing
 * signature or date lines, judged from the lines around it (round nine, issue 13).
 * - A form label whose value stands on the next line or in the next cell of its row ("采购编号：" →
 *   "XDCG2017-A-030", "主体钢材：" → "以冷轧钢板型材为主", a news caption "刺头：" → "“村里的外嫁女”") is
 *   filled in: forms and pages flattened to text put the value under its label.
 * - A blank in the closing block belongs to the signature only when its line is a signature or field line
 *   or a date; a figure missing inside a clause ("本合同期限为 年") is a blank of the text, wherever it stands.
 * - An undated date line closing the document ("五华县人民政府" / "年 月 日" under a draft) is the issuing
 *   date of an unsigned draft, like the signature block.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import { CLAUSE_NUMBER_RE } from '../text/structure.js';
import { normalize } from '../text/normalize.js';
import { CELL_SEP, type TextUnit } from '../text/units.js';
import { blanksIn, type Blank } from './placeholder-blank-find.js';
import { SIGN_LABEL_RE } from './placeholder-blank-filters.js';

/** A line that could be the value of the label above it: short, no label of its own, no clause, no blank. */
function valueLike(raw: string): boolean {
  const t = normalize(raw).text.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (/:\s*$/.test(t) || /^[^:。,;]{1,14}:/.test(t)) return false; // another field or heading
  if (CLAUSE_NUMBER_RE.test(t) || /[。;]/.test(t)) return false; // a clause, not a value
  if (SIGN_LABEL_RE.test(t)) return false;
  // The title of the next document on the page ("承包经营合同(二)") is no value of the label above it.
  if (/(?:合同|协议|合同书|协议书|办法|规定|细则|通知|通告|方案|章程|公约|决定|决议)(?:\([^)]{0,6}\))?$/.test(t)) return false;
  return blanksIn(t).length === 0;
}

/**
 * True when the empty field `b` ends its line and its value is on the next line (a paragraph), or in the
 * next cell of the same table row.
 */
export function valueFollows(unit: TextUnit, blocks: readonly TextBlock[], b: Blank): boolean {
  const text = unit.text;
  if (catalogueField(unit, blocks, b)) return true;
  let i = b.end;
  while (text[i] === ' ') i++;
  if (text[i] === CELL_SEP || text[i] === '\n') {
    let e = i + 1;
    while (e < text.length && text[e] !== CELL_SEP && text[e] !== '\n') e++;
    const line = text.slice(i + 1, e);
    return valueLike(line) || (text[i] === '\n' && sectionLabel(text.slice(0, b.end)) && proseLike(line));
  }
  if (i < text.length) return false;
  const last = unit.blockPositions[unit.blockPositions.length - 1] as number;
  // A cell's value is in its own row; the next row holds other fields.
  if ((blocks[last] as TextBlock).cell) return false;
  for (let j = last + 1; j < blocks.length && j <= last + 2; j++) {
    const next = blocks[j] as TextBlock;
    if (next.text.trim() === '') continue;
    if (next.cell) return false;
    return valueLike(next.text) || (sectionLabel(text.slice(0, b.end)) && proseLike(next.text));
  }
  return false;
}

/**
 * A section label of a report or a notice ("二审判决:", "处理结果:", "裁判要旨:") over a sentence: its content,
 * however short ("驳回上诉,维持原判。"). A party or field label (乙方:, 地址:, 日期:) over a sentence stays empty.
 */
function sectionLabel(lead: string): boolean {
  const label = /([^:\n\u001f]{1,14}):?\s*$/.exec(lead)?.[1]?.trim() ?? '';
  return label !== '' && !PARTY_OR_FIELD_RE.test(label);
}
const PARTY_OR_FIELD_RE = /方|人$|人\(|名称|姓名|地址|住所|住址|电话|手机|传真|邮|账|户名|开户|代码|证|号|日期|时间|地点|金额|价款|租金|面积|期限|数量|单价|总价|签|章/;
function proseLike(raw: string): boolean {
  const t = normalize(raw).text.trim();
  return /[。!?]$/.test(t) && !/^[^:。,;]{1,14}:/.test(t) && blanksIn(t).length === 0;
}

/**
 * The publication catalogue of a web page ("颁布日期:2005-04-01 / 实施日期: / 时 效 性:有效 / 发文文号:", a
 * procurement notice's "采购项目名称: / 采购品目: / 采购需求概况:"): a field the site left empty is not a blank of
 * the document (round ten A, issue 13). Only among other catalogue lines.
 */
const CATALOGUE_RE =
  /^\s*(?:颁布日期|公布日期|发布日期|成文日期|实施日期|施行日期|生效日期|失效日期|时\s*效\s*性|有效性|效力级别|效力等级|发文文号|发文字号|文号|颁布单位|颁布机关|发布单位|发布机构|发文机关|制定机关|法规类别|主题分类|索引号|采购单位|采购项目名称|采购品目|采购需求概况|预算金额|预计采购时间|采购方式)\s*:/;
function catalogueField(unit: TextUnit, blocks: readonly TextBlock[], b: Blank): boolean {
  if (unit.blockPositions.length !== 1) return false;
  const pos = unit.blockPositions[0] as number;
  const own = normalize((blocks[pos] as TextBlock).text).text;
  if (!CATALOGUE_RE.test(own) || !/:\s*$/.test(own) || !b.field && !b.eol) return false;
  const near = [blocks[pos - 1], blocks[pos + 1], blocks[pos - 2], blocks[pos + 2]];
  return near.some((n) => n !== undefined && CATALOGUE_RE.test(normalize(n.text).text));
}

/** A field label right before the blank ("承租人(乙方):", "联系方式:", "备注:"). */
const LABEL_BEFORE_RE = /[^:。;,]{1,16}:\s*$/;
const DATE_SKELETON_RE = /年.*月.*日/;

/** In the closing block: is this blank on a signature, field or date line (not inside a clause)? */
export function signatureBlank(text: string, b: Blank): boolean {
  if (b.field) return true;
  let s = b.start;
  while (s > 0 && !'\n\u001f'.includes(text[s - 1] as string)) s--;
  let e = b.end;
  while (e < text.length && !'\n\u001f'.includes(text[e] as string)) e++;
  const lead = text.slice(s, b.start);
  if (LABEL_BEFORE_RE.test(lead) || /^[\s_▁]*$/.test(lead)) return true;
  const line = text.slice(s, e);
  return SIGN_LABEL_RE.test(line) || /日\s*期/.test(line) || DATE_SKELETON_RE.test(text.slice(b.start, b.end));
}

/** A line that is only an empty date ("年 月 日", "日期: 年 月 日"). */
const DATE_LINE_RE = /^\s*(?:[^:\d]{0,8}:)?\s*(?:[\d〇零一二三四五六七八九]{0,2}[ _]*)年[ _]*月[ _]*日\s*$/;

/** The closing date line of the document: an empty date among the last three lines. */
export function closingDateLine(blocks: readonly TextBlock[], unit: TextUnit): boolean {
  const pos = unit.blockPositions[0] as number;
  // (unit.text is the block's normalised text when the unit is one block.)
  if (unit.blockPositions.length !== 1 || !DATE_LINE_RE.test(unit.text)) return false;
  let after = 0;
  for (let j = pos + 1; j < blocks.length && after <= 2; j++) if ((blocks[j] as TextBlock).text.trim() !== '') after++;
  return after <= 2;
}

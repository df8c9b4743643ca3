/**
 * Placeholders a normative text publishes on purpose (round nine A, issue 13; found on the team's statute
 * set, where no text has a blank of its own):
 * - a number or name format written with X's and explained ("编号的编排方式为：X妆XXXXXXXX。其中，第一位X代表…",
 *   "×1械注×2××××3。其中：×1为…"), or a naming rule quoting its template ("名称应当为“××律师事务所驻××代表处”");
 * - the specimen forms annexed to a regulation or a judicial interpretation ("附件：主要文书参考样式", "文书样式"):
 *   their ××× and 年 月 日 are the form's fields, left empty by design — one quiet finding, not one per field.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import { inQuotes } from '../text/structure.js';
import type { Blank } from './placeholder-blank-find.js';

const FORMAT_LEAD_RE = /(?:编排方式|编号规则|编号格式|编码规则|格式|样式|规范用语|表述)(?:为|是|如下)?\s*:?\s*[^。;]{0,40}$/;
// The explanation may start on the next line ("×1械注×2××××3。其中：").
const FORMAT_EXPLAINED_RE = /其中\s*[,:]?[^。]{0,12}(?:[X×x]\s*\d?\s*(?:代表|为|表示)|第[一二三四五六七八九十\d]+(?:位|到))|其中\s*:?\s*$/;
const QUOTE_LEAD_RE = /(?:为|是|称|作|如|写明)\s*[“"「][^”"」]{0,40}$/;

/** The X run `b` spells a format, or a template quoted by a naming rule, not a value to fill. */
export function formatPattern(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (!/[X×x]/.test(run)) return false;
  const before = text.slice(Math.max(0, b.start - 50), b.start);
  if (FORMAT_LEAD_RE.test(before) || FORMAT_EXPLAINED_RE.test(text.slice(b.end, b.end + 80))) return true;
  return inQuotes(text, b.start) && QUOTE_LEAD_RE.test(before);
}

/** An annex of specimen forms: "附件：主要文书参考样式", "附件2" alone over its form, "（样式）". */
const SPECIMEN_HEAD_RE =
  /^\s*(?:附件\s*\d*\s*[:：]?[^。]{0,30})?(?:文书样式|参考样式|样式|式样|格式文本|示范文本)\s*[)）]?\s*$|^\s*[(（]样式[)）]|^\s*附件\s*\d*\s*$/;

/** Where the annexed specimen forms of a normative text begin (blocks.length when none). */
export function specimenFrom(blocks: readonly TextBlock[]): number {
  for (let i = 3; i < blocks.length; i++) {
    const t = (blocks[i] as TextBlock).text;
    if (t.length <= 40 && SPECIMEN_HEAD_RE.test(t)) return i;
  }
  return blocks.length;
}

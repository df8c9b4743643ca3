/**
 * Round thirteen (A), issue 13: a measure or a head count with its figure missing, in the forms applications and
 * funding requests use — the same class as "面积 平方米" (placeholder-blank-required.ts), in the units those forms
 * measure in:
 * - a length, an area or a count after the word that asks for it and a space: "公路全长 公里", "宽 米", "占地 平方公里",
 *   "共有 户", "共 人" (also in traditional script: 全長, 寬);
 * - a head count glued to its word with no figure at all: "全家口人", "家庭人口人", "现有住房处", "共计户";
 * - a length or an area glued to its word the same way: "东西长米,南北长米,面积平方米" (not a header "面积(平方米)").
 */
import type { Blank } from './placeholder-blank-find.js';
import { guarded, matchesIn } from './guarded.js';

const MEASURE_AFTER_SPACE_RE =
  /(?<=(?:[长長宽寬高深]|面积|面積|占地|里程|人口|共有|共|计|計|约|約|达|達|全家|现有|現有))[ \u3000](?=(?:公里|千米|米(?![\u4e00-\u9fa5]{0,1}[:：])|平方公里|平方米|公顷|口人|口(?![径岸头号])|人(?![员民们])|户(?![籍口主])|间(?![隔])|处(?![理罚置])|座|辆|头|株|棵)(?![\u4e00-\u9fa5]?[:：]))/g;

/** "全家口人", "家庭人口人": the number of people the form asks for, with no figure between word and unit. */
const COUNT_GLUED_RE = /(?<=(?:全家|家庭人口|家中|全户|现有住房|現有住房|现有宅基地|共有|共计))(?:口人|口|人|处|间|户)(?=[,，。;；、)）\s]|$)/g;

const MEASURE_GLUED_RE = /(?<=(?:[长長宽寬]|面积|面積|占地|建筑面积|全长|全長))(?:平方米|平方公里|公里|米|亩|畝|㎡)(?=[,，。;；、])/g;

const MEASURE_AFTER_SPACE = guarded('measure after a space', MEASURE_AFTER_SPACE_RE, /[ \u3000][公千米平口人户间处座辆头株棵]/);
const COUNT_GLUED = guarded('head count glued to its word', COUNT_GLUED_RE, /[家口中户房地有计][口人处间户]/);
const MEASURE_GLUED = guarded('measure glued to its word', MEASURE_GLUED_RE, /[长長宽寬积積地](?:平方|公里|米|亩|畝|㎡)/);

export function measureBlanks(text: string, out: Blank[]): void {
  for (const m of matchesIn(text, MEASURE_AFTER_SPACE)) out.push({ start: m.index, end: m.index + 1 });
  for (const m of matchesIn(text, MEASURE_GLUED)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of matchesIn(text, COUNT_GLUED)) {
    // "家中人" / "共有人" are words ("共有人" co-owner): only the head count 口人, and 处/间/户 after 住房/宅基地.
    const word = text.slice(Math.max(0, m.index - 5), m.index);
    if (m[0] === '人' && !/家庭人口$/.test(word)) continue;
    if (m[0] === '户' && !/共计$/.test(word)) continue;
    if ((m[0] === '处' || m[0] === '间') && !/(?:住房|宅基地)$/.test(word)) continue;
    if (m[0] === '口' && !/(?:全家|全户|家中)$/.test(word)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}

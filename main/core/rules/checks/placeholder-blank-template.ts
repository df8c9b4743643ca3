/**
 * Round sixteen, issue 13: a template a program fills — its values are merge tags ("{{r supplierName }}", "{{合同编号}}",
 * "购货方:X1") — holds every field open by design, and the issue asks for one finding there, not one per field ("a
 * signature block of an unsigned draft — that is one finding, not ten"). One open field carries the finding for
 * the whole template, counting them; every other field stays a finding of its own at 提示, so the reviewer can still
 * step through them and each excerpt is still the text at its range. Only the severity and the message change: the
 * blank findings counted in the self-test (score.ts counts every placeholder.blank finding, quiet or loud) and the
 * places they land on are the same.
 */
import type { UnitHit } from '../types.js';

const CURLY_TAG_RE = /\{\{[^{}\n]{1,40}\}\}|\$\{[^{}\n]{1,40}\}/g;
/** Fewer loud fields than this are left as they are: a short template reads like any draft. */
const MIN_FIELDS = 3;

/** A merge template: at least three distinct tags (`numbered`: hasFieldTags, already read by the caller). */
export function isMergeTemplate(fullText: string, numbered: boolean): boolean {
  if (numbered) return true;
  if (!fullText.includes('{')) return false;
  const seen = new Set<string>();
  for (const m of fullText.matchAll(CURLY_TAG_RE)) {
    seen.add(m[0].replace(/\s+/g, ''));
    if (seen.size >= 3) return true;
  }
  return false;
}

/** The loud field findings of a template made one: the first counts them, the others become 提示. */
export function groupTemplateFields(hits: UnitHit[]): void {
  const loud = hits.filter((h) => h.severity !== 'hint');
  if (loud.length < MIN_FIELDS) return;
  // The head is a field whose words occur once: the engine groups findings of the same words and message
  // ("姓名：" on each party's line), and a head with a message of its own would split such a group.
  const words = (h: UnitHit) => h.unit.text.slice(h.start, h.end).replace(/\s+/g, '');
  const count = new Map<string, number>();
  for (const h of loud) count.set(words(h), (count.get(words(h)) ?? 0) + 1);
  const head = loud.find((h) => count.get(words(h)) === 1) ?? (loud[0] as UnitHit);
  const rest = loud.filter((h) => h !== head);
  head.severity = 'should';
  head.message = `本文本为待填写的模板，共有${loud.length}处未填写的字段或空白（此处为其中一处，其余各处列为提示）`;
  head.suggestion = '本文本含由系统填写的模板标签（如“{{…}}”“X1”）或留空的栏目；请取得填写完成的文本再行审查，或逐项核对各处已按实际情况填写、确需留空的注明“无”。';
  for (const h of rest) {
    h.severity = 'hint';
    h.message = `模板中未填写的字段或空白（全文共${loud.length}处，汇总见“本文本为待填写的模板”一条）`;
  }
}

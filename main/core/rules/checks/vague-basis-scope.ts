/**
 * Round twelve (B), issue 13: how far a vague reference to the law reaches. "违者依照有关法律、法规进行处理，并强制拆除或者
 * 关闭": 有关法律、法规 (or 依法, 有关规定) is the basis of 处理 in its own clause; the measure the text then adds in a clause
 * of its own (并…, 同时…, 逾期…, 拒不…的, 否则…) is the text's own, and no law is named for it. A statute named by title or
 * article anywhere in the sentence still makes the whole a recital (the text points at the law that provides it).
 */
const VAGUE_RE = /依法|有关法律|相关法律|法律、法规|法律法规|有关规定|相关规定|有关法规|相关法规/;
const NAMED_RE = /《[^《》]{2,40}》|第[一二三四五六七八九十百零〇\d]+条/;
const ADDED_RE = /^\s*(并|并且|且|同时|另|另行|逾期|否则|拒不|仍不|届时|到期)/;

/** The measure at `index` stands in a clause added after the one the vague reference governs. */
export function measureBeyondVagueBasis(text: string, index: number, sentence: string): boolean {
  if (NAMED_RE.test(sentence)) return false;
  let start = index;
  while (start > 0 && !'。;；\n'.includes(text[start - 1] as string)) start--;
  // The clauses of the sentence up to the measure; the last is the measure's own.
  const clauses = text.slice(start, index).split(/[,，]/);
  const own = clauses.length - 1;
  if (VAGUE_RE.test(clauses[own] as string)) return false;
  const vagueAt = clauses.findIndex((c) => VAGUE_RE.test(c));
  if (vagueAt < 0) return false;
  // A clause after the reference opens the addition: "并强制拆除", "逾期不拆的，予以强制拆除", "同时由…组织强制清除".
  return clauses.slice(vagueAt + 1).some((c) => ADDED_RE.test(c));
}

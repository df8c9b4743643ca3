/**
 * Round thirteen (A), issue 13: texts that DISCUSS contracts — a lawyer's commentary, a case note, a court's ruling
 * or order — owe no clauses of their own; a dispute clause they quote is their subject, and it is judged as quoted.
 * - Written about contracts: outside its quotations the text never calls itself 本合同/本协议, names no party at a line's
 *   head ("甲方："), binds no party ("乙方应…"), and speaks as a court or a writer does (本院认为, 本案, 裁定如下,
 *   律师, 实践中, 笔者, a statute named).
 * - A statute quoted ("解释第七条规定：“当事人约定争议可以向仲裁机构申请仲裁也可以向人民法院起诉的，仲裁协议无效"):
 *   the law's words, not a contract's clause.
 * - In such a text a quoted clause mixes the two ways only when the court is named inside the same quotation
 *   ("…约定：“…提请仲裁”" and a court named by the appellant's argument outside it is no clause).
 * - "向大连市仲裁委员会提起诉讼": a commission chosen by name with the loose word 诉讼 is arbitration chosen, no court
 *   named (仲裁法解释第3条: a name that still points to one commission).
 * - "可交乙方注册地仲裁部门仲裁，若仲裁无果，可向当地法院提起诉讼": arbitration chosen with the bare verb 交.
 */
import { readableHan } from '../text/normalize.js';
import { inQuotes } from '../text/structure.js';

const PARTY = /甲方|乙方|丙方|出租[人方]|承租[人方]|发包[人方]|承包[人方]|买方|卖方|出卖人|买受人|委托[人方]|受托[人方]|转让方|受让方|供方|需方|供货方|采购[人方]|供应商/;
const SELF_RE = /本(?:合同|协议|契约|合约|租约)|此(?:合同|协议)|(?<![订成设确建树])立(?:合同|协议|契约|字据)|(?:合同|协议)(?:如下|条款如下)/;
const PARTY_LINE_RE = new RegExp(`(?:^|\\n)\\s*(?:${PARTY.source})(?:\\s*[(（][^)）\\n]{0,20}[)）])?\\s*[:：]`);
const PARTY_DUTY_RE = new RegExp(`(?:${PARTY.source})[^。;；\\n]{0,12}(?:应当|应|须|必须|负责|不得|有权|承担)`);
/** The voice of a court or of a writer about the law. */
const DISCUSSION_RE =
  /本院认为|法院认为|经审查认为|本案|裁定如下|判决如下|上诉人|被上诉人|申请人|律师|笔者|实践中|司法实践|案例|裁判要旨|评析|《(?:中华人民共和国)?(?:仲裁法|民事诉讼法|合同法|民法典)》|仲裁法|司法解释|最高人民法院|我国|现行法|法律规定|(?:合同|协议)的?(?:概念|性质|效力|定义|种类|解除|解决方式)/g;

/** Quotations (“…”, 「…」, 『…』) cut out, so a quoted clause's 本合同 or 甲方应 does not make the text a contract. */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]{0,600}”|「[^」]{0,600}」|『[^』]{0,600}』/g, ' ');
}

/** A text written about contracts, not a contract (nor an excerpt of one). */
export function aboutContracts(fullText: string): boolean {
  const own = outsideQuotes(readableHan(fullText));
  if (SELF_RE.test(own) || PARTY_LINE_RE.test(own) || PARTY_DUTY_RE.test(own)) return false;
  return new Set(own.match(DISCUSSION_RE) ?? []).size >= 2;
}

/** A statute or a judicial interpretation quoted or stated: "…第七条规定：“当事人约定…的，仲裁协议无效". */
export function statuteWords(text: string, index: number): boolean {
  let s = index;
  while (s > 0 && !'。\n\u001f'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'。\n\u001f'.includes(text[e] as string)) e++;
  const sentence = text.slice(s, e);
  const lead = text.slice(Math.max(0, s - 4), index);
  if (/(?:法|解释|规定|条例|意见)》?(?:第[一二三四五六七八九十百零\d]+条)?(?:第[一二三四五六七八九十\d]+款)?(?:明确)?规定\s*[:：，,]?\s*[“"]?[^“”"]{0,60}$/.test(lead)) return true;
  // The law's own conditional wording: "当事人约定…的，仲裁协议无效".
  return /当事人约定[^。]{0,60}的[,，]\s*仲裁协议无效/.test(sentence);
}

/**
 * In a text about contracts, the arbitration found in a quoted clause mixes with a court only when the court stands in
 * the same quotation.
 */
export function sameQuotation(text: string, arbAt: number, courtText: string, courtAt: number, sameText: boolean): boolean {
  if (!inQuotes(text, arbAt)) return true;
  if (!sameText || !inQuotes(courtText, courtAt)) return false;
  // No quotation closes between them.
  const from = Math.min(arbAt, courtAt);
  const to = Math.max(arbAt, courtAt);
  return !/[”」』]/.test(text.slice(from, to));
}

/** "向大连市仲裁委员会提起诉讼": a commission named, the word 诉讼 loose — no court chosen. */
export function namedCommissionSuit(text: string, at: number, match: string): boolean {
  if (!/^仲裁(?:委员会|院)/.test(match)) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  const name = /(?:向|提交|交由|由|到|在)([\u4e00-\u9fa5]{2,10})$/.exec(before);
  if (!name) return false;
  // The clause: inside its quotation when quoted, else its sentence.
  let s = at;
  while (s > 0 && !'“。;；\n\u001f'.includes(text[s - 1] as string)) s--;
  let e = at;
  while (e < text.length && !'”。;；\n\u001f'.includes(text[e] as string)) e++;
  return !/法院/.test(text.slice(s, e));
}

/** "可交乙方注册地仲裁部门仲裁": arbitration chosen with the bare verb 交 (not 交纳/交付 a fee). */
export const HAND_TO_ARB_RE = /(?<![提移递缴])交(?![纳费付款])[^。;；,，\n]{1,16}?仲裁(?:委员会|部门|机构|院)?仲裁/g;

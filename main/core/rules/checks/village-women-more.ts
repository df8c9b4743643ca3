/**
 * Round thirteen (B), issue 13: the loss and the status in the words case reports and reposts use — a share paid less or
 * not at all (入赘人员的子女…"少发放补偿款1万元", "以…系上门女婿…而不同意给予分配补偿款", "不同意“出嫁女”享受本组的各种待遇"),
 * a status set in quotes as the category a scheme files a woman under ("被归类为“户口未迁出的离婚人员”，与…享受的权益存在
 * 显著差距", "按“挂户”对待"). 妇女权益保障法第55、56条 and 组织法第27条 forbid both the exclusion and the lesser share.
 * Added to village-women.ts's lexicon; its protective, question and generalisation checks still apply.
 */
export const MORE_LOSS =
  '少(发放|发|分|分配|补|给|享受)|减(发|少发放|少分配)|(压低|降低)[^。;\\n]{0,6}?(标准|系数|份额|比例)|大幅压低|(存在|有)[^。;\\n]{0,4}?差距|' +
  '没有[^。;\\n]{0,4}?(成员身份|身份股|人口股|股份)|按[^。;\\n]{0,6}?对待|' +
  // "不同意给予分配", "不同意其享受"; a refusal standing just before a quoted status term ("不同意“出嫁女”享受…").
  '不同意[^。;\\n]{0,6}?(给予|分配|享受|发放|分给|参与|补偿)|不同意\\s*$|拒绝[^。;\\n]{0,4}?(分配|发放|分给|给予|补偿|安置)';

/** "被归类为“…离婚人员”": a quoted status as the category the scheme assigns — the loss may follow it. */
export function categoryBefore(text: string, quoteStart: number): boolean {
  return /(归类为|归为|列为|认定为|划为|划入|定为|视为|作为|按照?)\s*[“"「]?\s*$/.test(text.slice(Math.max(0, quoteStart - 8), quoteStart));
}

/**
 * A collective's refusal told with its reason — "村民小组以杨刚系上门女婿…而不同意给予分配补偿款", "村委会以其已出嫁为由拒绝
 * 分配": the act of self-government itself, reported (组织法第27条), not the reporter's story of what a person did.
 */
const REFUSAL_RE =
  /(村民小组|村小组|小组|村组|组上|村委会|村委|村民委员会|村集体|合作社|经济合作社|股份(经济)?合作社|村两委|村里)[^。;\n]{0,6}?(以|因)[^。;\n]{0,40}?(为由|而|，|,)[^。;\n]{0,8}?(不同意|拒绝|拒不|不予|不给|不肯)[^。;\n]{0,8}?(分配|发放|分给|给予|享受|补偿|安置|入股|配股)/;

export function collectiveRefusal(sentence: string): boolean {
  return REFUSAL_RE.test(sentence);
}

/**
 * Round twelve (B), issue 13: a label letter-spaced to fill its table cell ("文  号 高区财农〔2023〕45号", "编  号",
 * "姓  名", "住  址", "索 引 号", "主 题 词") — the layout of disclosure catalogues, registration forms and court
 * forms. The spaces inside the label are justification, not a figure left out before 号/日/名 (a blank is "第  号" or
 * "〔2023〕  号", where a number belongs); whether the label's own value is there is another question, answered by
 * the value after it or in the next cell.
 */
import type { Blank } from './placeholder-blank-find.js';

const LABELS = new Set([
  '文号', '编号', '字号', '案号', '序号', '批号', '型号', '证号', '账号', '户号', '索引号', '发文号', '发文字号', '文件号',
  '姓名', '名称', '性别', '民族', '住址', '地址', '住所', '电话', '日期', '时间', '地点', '单位', '职务', '职业', '年龄',
  '籍贯', '学历', '邮编', '备注', '事由', '案由', '主题词', '主题', '分类', '来源', '作者', '签名', '签字', '面积', '金额',
]);

/** The blank is the space run inside a letter-spaced label (see above). */
export function spacedLabel(text: string, b: Blank): boolean {
  if (!/^\s+$/.test(text.slice(b.start, b.end))) return false;
  // The label: Han characters separated by spaces, standing alone (line start, a space or a cell break around it).
  let e = b.end;
  while (e < text.length && /[\u4e00-\u9fa5]/.test(text[e] as string)) e++;
  // Try the shortest spaced run ending at the blank's right side: 1–3 characters before, 1–2 after.
  const right = text.slice(b.end, e);
  for (let take = 1; take <= 2 && take <= right.length; take++) {
    const after = right.slice(0, take);
    const beforeRun = text.slice(Math.max(0, b.start - 6), b.start);
    const m = /((?:[\u4e00-\u9fa5] {1,3}){0,2}[\u4e00-\u9fa5])$/.exec(beforeRun);
    if (!m) continue;
    const label = `${m[1]}${after}`.replace(/ /g, '');
    const at = b.start - (m[1] as string).length;
    const standsAlone = at === 0 || /[\s:|]/.test(text[at - 1] as string);
    const endsLabel = b.end + take >= text.length || /[\s:|]/.test(text[b.end + take] as string);
    if (standsAlone && endsLabel && LABELS.has(label)) return true;
  }
  return false;
}

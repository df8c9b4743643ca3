/**
 * Document structure for the rules: the title, the genre (a document that is itself the text under
 * review, or a report/judgment/commentary that only quotes one), headings, the signature block, and
 * the clause (章/条/款/项, 一、/（一）/1．items, table rows) around a place in the text.
 *
 * Why: real documents put a heading ending in "：" before its content, anonymise names in court
 * reports, quote a village's rules inside a journalist's sentences and end with an unsigned signature
 * block. Rules that ignore this report noise; findings that quote two characters do not show the
 * reviewer the clause.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import { TITLE_WORD_RE, classifyDocument, type DocumentKindInfo } from '../document-kind.js';
import { normalize } from './normalize.js';

export type Genre = 'document' | 'report';

/** Numbering that starts a clause: 第X章/节/条, 一、 (一) 1． 1、 1.1 ①. */
export const CLAUSE_NUMBER_RE =
  /^\s*(第[一二三四五六七八九十百零〇\d]+[章节条款项]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(\.\d+)*[、.．)）](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])/;

const NOT_TITLE_RE =
  /^(索引号|发布机构|发文机关|发文字号|文号|主题分类|成文日期|发布日期|生效日期|有效性|来源|作者|时间|编号|合同编号|附件)|〔\d{4}〕|\[\d{4}\]|^\d{4}[-年]|人民政府文件$|^[★☆]/;

/** Labels of a party or a field to fill in: after one of these a colon with nothing is a blank. */
const FIELD_LABEL_RE =
  /(方|人|名称|姓名|地址|住所|住址|电话|手机|传真|邮箱|代码|号码|号|账号|账户|日期|时间|地点|金额|价款|签[字名章]|盖章)([(（][^)）]{0,12}[)）])?$/;
/** A short label line ending with a colon whose content follows in the next block(s). */
const LEAD_IN_RE = /[:：]\s*$/;
const SIGNATURE_RE =
  /签字|签名|签章|盖章|[(（]章[)）]|签署|捺印|指印|法定代表人|委托代理人|授权代表|^(甲|乙|丙|丁)方[:：]?\s*$|签订(日期|时间|地点)|签约(日期|时间)/;

export interface DocStructure {
  /** Position of the block holding the title, or null. */
  titlePos: number | null;
  /** The title text, normalised ('' when there is none). */
  title: string;
  /** 'report' for text about instruments (news, Q&A, explainer, judgment): `kind.sets` is false. */
  genre: Genre;
  /** What kind of text the document is, and its stretches that speak about rather than set (document-kind.ts). */
  kind: DocumentKindInfo;
  /** Blocks that are headings or lead-ins ("一、基础设施交付标准：", "甲方的权利：") followed by content. */
  headings: ReadonlySet<number>;
  /** Position of the first block of the closing signature block, or blocks.length when there is none. */
  signatureFrom: number;
}

function clean(text: string): string {
  return normalize(text, { collapseWhitespace: true }).text.trim();
}

/**
 * The title: the first short line near the top that reads like a title (ends with 办法/合同/通知…),
 * also when it stands in a table cell or a text box; skips 文号, 发文机关 and metadata lines. Falls back
 * to the first heading, then the first non-empty block.
 */
export function findTitle(blocks: readonly TextBlock[]): number | null {
  let seen = 0;
  let firstHeading: number | null = null;
  let firstText: number | null = null;
  for (let i = 0; i < blocks.length && seen < 25; i++) {
    const t = clean((blocks[i] as TextBlock).text).replace(/\s/g, '');
    if (t === '') continue;
    seen++;
    firstText ??= i;
    if (firstHeading === null && (blocks[i] as TextBlock).kind === 'heading') firstHeading = i;
    if (t.length < 4 || t.length > 70 || NOT_TITLE_RE.test(t) || /[。；;]$/.test(t)) continue;
    if (TITLE_WORD_RE.test(t.replace(/[”"》]+$/, ''))) return i;
  }
  return firstHeading ?? firstText;
}

function isLeadIn(text: string, next: string | undefined): boolean {
  const t = clean(text);
  if (!LEAD_IN_RE.test(t) || next === undefined) return false;
  // Round eleven: a party's label with its short-name note ("受委托方(以下简称乙方)：") names a party to fill in,
  // never a heading, whatever prose follows (its 以下 is no lead-in word).
  const label = t.replace(/[:：]\s*$/, '').replace(/[(（]以下简称[^)）]*[)）]\s*$/, '');
  if (PARTY_RE.test(label.trim())) return false;
  // A numbered heading, or a lead-in sentence ("…如下：", "…之一的："), followed by real content.
  // "3.1 履行期限：" numbers its item with a space after the figure, not a stop.
  const numbered = CLAUSE_NUMBER_RE.test(label) || /^\s*\d+(\.\d+)+\s+[\u4e00-\u9fa5]/.test(label);
  // The sections of a case commentary ("评析：", "案情简介：") head what follows, however short.
  const leadWords = /如下|下列|以下|之一|包括|约定|承诺|保证|责任|权利|义务|标准|方式|情形|条件|要求|内容|清单|事项|说明|鉴于|评析|点评|案情|要旨|摘要|简介|概况/.test(label);
  const nextText = clean(next);
  const nextIsField = /^[^:：。，,]{1,12}[:：]\s*$/.test(nextText);
  // "采购需求：" over "标项名称：物流传输系统" — a group's heading over filled fields (round eleven); not "1.咨询内容："
  // over "2.咨询要求：", a list of fields left empty.
  const filledFieldsFollow = /(需求|明细|清单|情况|信息|概况|内容|事项|要求)$/.test(label) && !FIELD_LABEL_RE.test(label) && /^[^:：。，,\d]{1,12}[:：]\s*\S{1,}/.test(nextText);
  if (filledFieldsFollow) return true;
  // A label whose content is a numbered list ("共设三个奖项：" → "（一）重大项目奖") introduces that list,
  // unless the label names a party or a field to fill (甲方：, 地址：, 身份证号：), which stays a blank.
  const listFollows = CLAUSE_NUMBER_RE.test(nextText) && !FIELD_LABEL_RE.test(label);
  // A section label over running prose ("基本案情：" → "被告张某1与原告张某2系兄妹关系，…", "法院认为：",
  // "工作目标：") is a heading of a report or a plan; a field label (甲方：, 地址：) stays a blank.
  const proseFollows = nextText.length >= 20 && /[。，,；;]/.test(nextText) && !FIELD_LABEL_RE.test(label);
  return (numbered || leadWords || listFollows || proseFollows || label.length > 12) && nextText !== '' && !nextIsField;
}

const PARTY_RE = /^(?:受?委托|受托|甲|乙|丙|丁|出租|承租|发包|承包|买|卖|转让|受让|投资|合作|出借|借款|保证)[方人]$/;

/** The closing signature block: from the first signature line in the last third of the document. */
function findSignatureFrom(blocks: readonly TextBlock[]): number {
  const n = blocks.length;
  const from = Math.floor(n * 0.6);
  for (let i = from; i < n; i++) {
    const raw = (blocks[i] as TextBlock).text;
    if (raw.length > 200) continue;
    const t = clean(raw);
    if (t.length <= 60 && SIGNATURE_RE.test(t)) return i;
  }
  return n;
}

export function analyseStructure(blocks: readonly TextBlock[], callerTitle?: string): DocStructure {
  const titlePos = findTitleWithCaller(blocks, callerTitle);
  const title = clean(callerTitle ?? (titlePos === null ? '' : (blocks[titlePos] as TextBlock).text));
  const headings = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i] as TextBlock).text;
    // Cheap test on the raw text first: only lines ending with a colon can be lead-ins.
    if (!/[:：]\s*$/.test(text)) continue;
    if (isLeadIn(text, nextText(blocks, i))) headings.add(i);
  }
  const kind = classifyDocument(blocks, title);
  return { titlePos, title, genre: kind.sets ? 'document' : 'report', kind, headings, signatureFrom: findSignatureFrom(blocks) };
}

function nextText(blocks: readonly TextBlock[], i: number): string | undefined {
  for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
    const t = (blocks[j] as TextBlock).text;
    if (t.trim() !== '') return t;
  }
  return undefined;
}

function findTitleWithCaller(blocks: readonly TextBlock[], callerTitle?: string): number | null {
  if (callerTitle !== undefined && callerTitle.trim() !== '') {
    const wanted = clean(callerTitle).replace(/\s/g, '');
    const top = blocks.slice(0, 25);
    const hit = top.findIndex((b) => {
      const t = clean(b.text).replace(/\s/g, '');
      return t !== '' && (t.includes(wanted) || (t.length >= 4 && wanted.includes(t)));
    });
    if (hit >= 0) return hit;
  }
  return findTitle(blocks);
}

/** True when `index` in `text` lies inside a quotation (“…”, 「…」, "…"). */
export function inQuotes(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '「' || c === '『') depth++;
    else if ((c === '”' || c === '」' || c === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

/** A sentence that states what a specific provision says ("方案中明确：", "村规民约规定…", "决议，嫁出去的…"). */
export const REPORTS_PROVISION_RE =
  /(规定|约定|明确|载明|写明|决议|决定|方案|规约|村规|民约|条款|细则|办法)[^。；;]{0,8}?([:：“"，,]|不|将|要求)|[“"][^”"]{6,}[”"]/;

/**
 * The clause around [start, end) in a block's text: the numbered item or sentence that holds it,
 * cut to at most `max` characters around the trigger. Returns offsets in the same text.
 */
export function clauseRange(text: string, start: number, end: number, max = 120): { start: number; end: number } {
  // A quoted clause inside a report: the quotation is the clause.
  if (inQuotes(text, start)) {
    let qs = start;
    while (qs > 0 && !'“「『'.includes(text[qs - 1] as string)) qs--;
    let qe = end;
    while (qe < text.length && !'”」』'.includes(text[qe] as string)) qe++;
    if (qe < text.length && qe - qs <= max) return { start: Math.max(0, qs - 1), end: qe + 1 };
  }
  // The whole paragraph (one article, one item) when it fits.
  let ps = start;
  while (ps > 0 && !'\n\u001f'.includes(text[ps - 1] as string)) ps--;
  let pe = end;
  while (pe < text.length && !'\n\u001f'.includes(text[pe] as string)) pe++;
  while (ps < start && /\s/.test(text[ps] as string)) ps++;
  while (pe > end && /\s/.test(text[pe - 1] as string)) pe--;
  if (pe - ps <= max) return { start: ps, end: pe };
  const stops = '。；;!?！？\n\u001f';
  let s = start;
  while (s > 0 && !stops.includes(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && !stops.includes(text[e] as string)) e++;
  if (e < text.length && '。；;!?！？'.includes(text[e] as string)) e++;
  // A clause number right before the sentence (第五条 …) belongs to it; so does a lead-in sentence
  // of the same numbered item when the trigger sentence is short.
  while (s < start && /\s/.test(text[s] as string)) s++;
  if (e - s > max) {
    const room = Math.max(0, max - (end - start));
    const before = Math.min(start - s, Math.floor(room / 2));
    s = start - before;
    e = Math.min(e, end + (room - before));
  }
  return { start: s, end: Math.max(e, end) };
}

/**
 * What the placeholder.blank rule does not count as a blank, and how it widens a blank's excerpt to the words it
 * belongs to.
 */
import type { Blank } from './placeholder-blank-find.js';

/**
 * A web page's disclosure line ("索引号: 公开方式: 主动公开 文件编号: 发布机构: 湖州市交通运输局"): the
 * site's catalogue, not a field of the document.
 */
const METADATA_LABEL_RE = /(索引号|公开方式|公开时限|公开范围|发布机构|文件编号|发文字号|文号|成文日期|发布日期|生效日期|主题分类|信息来源|浏览次数|所属机构)\s*:/g;

/** A counting word after a figure to fill ("第XX条", "X人"), not the first character of a noun (人民, 名称, 日期). */
export const COUNTING_WORD_RE = /^(?:人(?!民)|名(?!称|义|单)|个(?!体|人)|年(?!度)|月(?!份)|日(?!期)|天|元|亩|次|户(?!籍|口)|层(?!次)|条(?!例|件)|款(?!项)|项(?!目)|%|万元)/;

/** 曾某某, 某村, 大连市XX工程实验室, “XX村村民公约”: anonymised names and naming templates, not blanks. */
export function namingTemplate(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (!/^[X×x]+$/.test(run)) return false;
  const before = text[b.start - 1] ?? '';
  const after = text.slice(b.end, b.end + 2);
  // A product or version name ("office20xx", "win10x").
  if (/[A-Za-z]+\d*$/.test(text.slice(Math.max(0, b.start - 12), b.start))) return true;
  // What a verb asks for ("采用xx方式", "通过XX途径") is a blank, not a name: names follow no verb.
  if (/(采用|采取|通过|按照|依照|实行|选择|约定)$/.test(text.slice(Math.max(0, b.start - 2), b.start))) return false;
  // A figure to fill in before its counting word ("第XX条", "副主任X人") is a blank after all.
  // (Not a word that only starts with one: "××人民法院", "XX名称" are names.)
  if (COUNTING_WORD_RE.test(after)) return false;
  // A place's name opening its line ("XX县镇（乡、街道办事处）", "××市人民政府:"): the addressee of a model text.
  if ((before === '' || '\n\u001f'.includes(before)) && /^[省市县区镇乡村][\u4e00-\u9fa5（(]/.test(text.slice(b.end, b.end + 2))) return true;
  // Round fourteen: only the place masked in an entity's full name ("甲方：XXX县绿园养殖有限公司") — a published sample's
  // anonymised party; "XX县XX公司" (the name masked too) stays a template's blank.
  if (/^[省市县区镇乡][\u4e00-\u9fa5]{2,12}(有限责任公司|有限公司|公司|合作社|厂|养殖场|农场|林场)/.test(text.slice(b.end, b.end + 20))) return true;
  return /[\u4e00-\u9fa5“"]/.test(before) && /^[\u4e00-\u9fa5]/.test(after);
}

/**
 * A date of birth masked for publication ("xxxx年xx月xx日出生", "1961年xx月xx日生"): judgments and reposted
 * notices hide personal data; a template's date to fill is not followed by 出生.
 */
const MASKED_BIRTH_RE = /[\dxX×*]{4}年(?:[xX×*\d]{1,2}月)?(?:[xX×*\d]{1,2}日)?\s*(?:出生|生(?![效产活])|生人)/g;

/**
 * Masked text, not a template's placeholder (round ten A, issue 13): a run of x or * glued to the digits of a
 * figure ("0935-77120xx", "2323031961********", "138xxxx5678", a reposted notice's "20xx元") hides part of a
 * phone number, an ID number or an amount; and a masked date of birth. A template writes the whole figure as
 * its blank ("____元", "20__年"); "20xx年" stays a year to fill in.
 */
const ANONYMISED_PARTY_RE =
  /(?:原告|被告|上诉人|被上诉人|申请人|被申请人|申诉人|被申诉人|第三人|再审申请人|当事人|证人|村民|户主|妇女|代理人|代表人|法定代表人|负责人)(?:[(（][^)）]{0,6}[)）])?\s*[:：]?\s*[\u4e00-\u9fa5]$/;

export function maskedFigure(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (!/^[xX×*]+$/.test(run)) return false;
  const after = text[b.end] ?? '';
  // Digits before it (a hyphen between: "0935-XXXXXXX"), unless it is a year to fill ("20xx年").
  if (/\d/.test(after) || (/\d-?$/.test(text.slice(Math.max(0, b.start - 2), b.start)) && after !== '年')) return true;
  // A party of a judgment or a report anonymised by surname ("原告王××，", "被告李xx，住…").
  if (ANONYMISED_PARTY_RE.test(text.slice(Math.max(0, b.start - 12), b.start)) && !/^[\u4e00-\u9fa5]/.test(after)) return true;
  for (const m of text.slice(Math.max(0, b.start - 12), b.end + 14).matchAll(MASKED_BIRTH_RE)) {
    const s = Math.max(0, b.start - 12) + m.index;
    if (s <= b.start && b.end <= s + m[0].length) return true;
  }
  return false;
}

/** A line that is only a label and its colon (with blank space or underline after it). */
export const FIELD_LINE_RE = /^\s*[^:：\n]{1,12}[:：][\s_]*$/;

/** Signature lines ("甲方（盖章）：____") are left blank on purpose until signing. */
export const SIGN_LABEL_RE =
  /签字|签名|签章|盖章|\(章\)|签署|签订日期|签约日期|签订时间|签约时间|签署日期|捺印|指印|法定代表人|委托代理人|授权代表/;

export function inSignatureLine(text: string, b: Blank): boolean {
  let s = b.start;
  while (s > 0 && b.start - s < 16 && !'\n\u001f'.includes(text[s - 1] as string)) s--;
  return SIGN_LABEL_RE.test(text.slice(s, b.end));
}

export function inMetadataLine(text: string, b: Blank): boolean {
  let s = b.start;
  while (s > 0 && !'\n\u001f'.includes(text[s - 1] as string)) s--;
  let e = b.end;
  while (e < text.length && !'\n\u001f'.includes(text[e] as string)) e++;
  return (text.slice(s, e).match(METADATA_LABEL_RE)?.length ?? 0) >= 2;
}

/** Widen a blank to include the few characters of label before it ("租金为"). */
export function withLabel(text: string, b: Blank): Blank {
  // An empty field already holds its label ("甲方:"); what follows is the next field, not its word.
  if (b.field) return { start: b.start, end: b.end };
  let s = b.start;
  // "合同编号：_____": the label before the colon names the blank.
  if (text[s - 1] === ':') s--;
  // "面积 ( )亩": one space between the label and the blank.
  else if (text[s - 1] === ' ' && /[\u4e00-\u9fa5]/.test(text[s - 2] ?? '')) s--;
  while (s > 0 && b.start - s < 16 && !'。,;:!?\n\u001f ('.includes(text[s - 1] as string)) s--;
  // "甲方(以下简称甲方):____": the label began before its bracketed note.
  if (text[s - 1] === '(' && text.slice(s, b.start).includes(')')) {
    s--;
    while (s > 0 && b.start - s < 16 && !'。,;:!?\n\u001f ('.includes(text[s - 1] as string)) s--;
  }
  // And the word the blank belongs to when it follows ("________乡(镇)", "____村"): it says what is missing.
  // Not when that word opens the next field ("…:____身份证号码:____").
  const nextField = /^(?![岁号种元年月日天个亩米人户次条款项层室楼间座栋份万度])[\u4e00-\u9fa5]{2,8}:/.test(text.slice(b.end, b.end + 9));
  // "拟投资元人民币": the currency named after the unit belongs to it; so does the unit of a rate ("元/㎡", "元/月").
  const unit = nextField
    ? ''
    : (/^(?:元?人民币|[%％‰]|[\u4e00-\u9fa5](?:\([\u4e00-\u9fa5]{1,2}\))?)?(?:\/(?:㎡|[\u4e00-\u9fa5]{1,2}))?/.exec(text.slice(b.end, b.end + 6))?.[0] ?? '');
  let e = b.end + unit.length;
  // Round eleven: the amount in words and its figures are one field ("人民币(大写) 元 (小写) 元", "(大写)____元(小写￥____元)"):
  // the excerpt shows both halves; a rate's "%" is its unit ("月利率为________%").
  const figures = /^\s{0,2}[(（]\s*小写\s*[)）]?\s*[:：]?\s*[￥¥]?[\s_＿]{0,20}(?:万元|元)?[)）]?/.exec(text.slice(e, e + 30));
  if (/大写/.test(text.slice(Math.max(0, b.start - 8), e)) && figures) e += figures[0].length;
  // A few words more, up to the end of the phrase, so the excerpt says what the blank is for
  // ("坐落在_______市的房屋", "20__年度吉林省", "金额%的违约金"): not into the next field or the next blank.
  if (unit !== '') {
    const tail = /^(?:\d{1,4}[年月日号]){1,3}|^[\u4e00-\u9fa5]{1,6}/.exec(text.slice(e, e + 15));
    if (tail && !/^[\u4e00-\u9fa5]{0,8}:/.test(text.slice(e, e + 9))) e += tail[0].length;
  }
  return { start: s, end: e };
}

/**
 * Round thirteen (A), issue 13: text that looks like a blank in published pages and is none.
 * - Masking: a judgment or a report published with its parties anonymised ("上诉人…刘XX", "住广州市XX区×××××××")
 *   hides names, addresses, dates and numbers with X/×/＊/* runs of any length — the court filled them in.
 * - Page metadata: the site's labels ("发布时间:", "来源:", "作者:", "浏览次数:", a report's "检索方法:") are the
 *   page's frame, not fields of the document.
 * - A news dateline ("…养殖场 日前，…"): 日前 is "recently", not a day to fill in.
 * - A naming template inside an example or an explanation ("例如《XX市公共资源交易管理办法》"): a name shown as a
 *   pattern, not a field of the text under review.
 */
import type { Blank } from './placeholder-blank-find.js';

/** A party of a court paper or a report, anonymised (刘XX, 王某, 张×), or a court's caption. */
const ANONYMISED_RE =
  /(?:^|[\n\u001f])\s*(?:上诉人|被上诉人|原告|被告|申请人|被申请人|再审申请人|申诉人|被申诉人|原审第三人|第三人|原审原告|原审被告|犯罪嫌疑人|被执行人|申请执行人)(?:[(（][^)）\n]{0,12}[)）])?\s*[:：]?\s*[^\n\u001f]{0,30}?(?:[\u4e00-\u9fa5][XX×xＸ＊*某]{1,3}(?![\u4e00-\u9fa5]{0,1}[:：])|[XX×Ｘ＊*]{2,})/;
const COURT_PAPER_RE = /法院|判\s*决|裁\s*定\s*书|调\s*解\s*书|仲裁(?:委员会|庭)|检察院/;

/** Whether the document is a court paper or report published with its parties masked. */
export function anonymisedDocument(fullText: string): boolean {
  const head = fullText.slice(0, 3000);
  return ANONYMISED_RE.test(head) && COURT_PAPER_RE.test(fullText.slice(0, 6000));
}

/** A run of masking characters (X, ×, ＊, *, Ｘ), or an elision mark inside a quoted text. */
const MASK_RUN_RE = /^(?:[XxＸ×＊*]+|…+|\.{3,})$/;

/** In an anonymised court paper every X/× run is a mask, every …… an elision of the quoted text. */
export function maskedInCourtPaper(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (MASK_RUN_RE.test(run.replace(/^[:：]/, '').trim())) return true;
  // "全称:……": the court left the quoted text out, nothing is to be filled in.
  if ((b.field || b.eol) && /^\s*(?:…|\.{3})/.test(text.slice(b.end, b.end + 4))) return true;
  // A masked date ("199X年12月XX日", "201X年XX月X日"): masks and figures, no underline or space left to write on.
  return /[XxＸ×＊*]/.test(run) && !/_|＿|\s{2,}/.test(run);
}

/** An address under its label, its place names filled or masked, the run right after a place's level word. */
const ADDRESS_BEFORE_RE = /(?:住所地|住址|地址|住|户籍地|居住地)\s*[:：]?[^\n\u001f,，。;；:：]{0,24}[省市区县镇乡街路村巷号]$/;

/**
 * Masking outside a court paper (a report, a reposted notice): a run of 3 or more ×/＊/* (4 or more X) right after a
 * place's level word of an address ("住广州市XX区×××××××", "地址：某市某区××××"). A template's address field is
 * written blank after its label ("地址:XXXXXXX", "住所：____"), which stays a blank.
 */
export function maskedAddress(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (!/^[×＊*Ｘ]{3,}$/.test(run) && !/^[Xx]{4,}$/.test(run)) return false;
  return ADDRESS_BEFORE_RE.test(text.slice(Math.max(0, b.start - 32), b.start));
}

/** The labels a web page frames its article with, and a report's method headings. */
const PAGE_LABEL_RE =
  /(?:^|[\n\u001f\s|])(?:发布时间|发布日期|发表时间|更新时间|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|字号|检索方法|检索时间|检索条件|采集时间|数据来源|关键词|标签)\s*:\s*$/;

export function pageLabel(text: string, b: Blank): boolean {
  if (!b.field && !b.eol) return false;
  return PAGE_LABEL_RE.test(text.slice(Math.max(0, b.start - 12), b.end).replace(/\s+$/, ''));
}

/**
 * "…养殖场 日前，…": a headline (or a summary's) then the dateline word. Not a deadline in a clause ("请于 日前提交",
 * "乙方应在每期的 日前支付"): the headline before the space has no punctuation, no duty word and no preposition.
 */
export function newsDateline(text: string, b: Blank): boolean {
  if (!/^\s+$/.test(text.slice(b.start, b.end))) return false;
  if (!/^日前[,，]/.test(text.slice(b.end, b.end + 3))) return false;
  let s = b.start;
  while (s > 0 && !'\n\u001f:：,，。;；'.includes(text[s - 1] as string)) s--;
  const headline = text.slice(s, b.start);
  return headline.length >= 6 && !/应|须|需|请|要求|于|在|至|到/.test(headline) && !/[的前止每期月年内]$/.test(headline);
}

/** A name shown as a pattern in an example ("例如《XX市…办法》", "如：XX村村规民约", "格式为“XX县人民政府关于…”"). */
const EXAMPLE_BEFORE_RE = /(?:例如|比如|譬如|诸如|示例|范例|举例|格式为|格式如|写成|写为|命名为|一般为|通常为|如)\s*[:：]?\s*[《“"「]?$/;

export function exampleName(text: string, b: Blank): boolean {
  if (!/^[Xx×Ｘ]+$/.test(text.slice(b.start, b.end))) return false;
  return EXAMPLE_BEFORE_RE.test(text.slice(Math.max(0, b.start - 10), b.start));
}

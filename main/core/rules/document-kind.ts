/**
 * Round fifteen, issue 13: what kind of text a document is — an INSTRUMENT that sets things (rules, a contract, a
 * normative document, a notice, a decision, a plan) or TEXT ABOUT such instruments (news telling what happened, a
 * Q&A page, an explainer or essay, a judgment or case report) — and which stretches of any document speak about
 * rather than set (a page's frame, Q&A lines).
 *
 * Why: on documents the rules were never tuned on, most false alarms came from the kind of text, not from a clause's
 * wording: a journalist's sentence, an answer restating the law, an essay's example, the site's "分享到：" line. The
 * labelling principle (tests/fixtures/rules-corpus/labels-test.json): in text about instruments, a provision quoted
 * or reported as the content of a specific document counts; narrative, commentary and legal reasoning do not. This
 * module decides the kind once per document (it replaces the older two-way genre test of text/structure.ts, which
 * is now derived from it); helpers.clauseInReport applies the principle place by place for the rules that "set".
 */
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { normalize, readableHan } from './text/normalize.js';

export type DocumentKind =
  /** Sets things itself: rules, contract, normative document, notice, decision, plan, minutes. */
  | 'instrument'
  /** Tells what happened: a news report, a work report's story. */
  | 'news'
  /** Questions and answers (问：…答：…), a question for a title. */
  | 'qa'
  /** An essay, study, interpretation or commentary about a topic or a text. */
  | 'explainer'
  /** A judgment or a case report: the parties' claims and the court's reasoning. */
  | 'judgment';

/** A stretch of a document that speaks about instruments whatever the document's kind. */
export type AboutStretch = 'frame' | 'qa';

export interface DocumentKindInfo {
  kind: DocumentKind;
  /** True for an instrument: its own sentences are provisions. */
  sets: boolean;
  /** Blocks (positions) of the page's frame (字体：[大 中 小], 分享到：, 浏览次数：) and Q&A lines (问：/答：). */
  stretches: ReadonlyMap<number, AboutStretch>;
}

/** Words a document title ends with (or contains) in the kinds of documents reviewed here. */
export const TITLE_WORD_RE =
  /(办法|规定|细则|意见|通知|决定|方案|规则|措施|政策|章程|公约|村规民约|民约|合同|协议|协议书|合同书|决议|纪要|记录|批复|函|公告|通告|条例|制度|规划|纲要|判决书|裁定书|确认书|承诺书|申请书|意见书|报告)(（[^）]{0,12}）|\([^)]{0,12}\))?$/;

/** Markers of a report about documents rather than the document itself (news, case reports, commentary). */
const REPORT_RE =
  /记者|报讯|讯\s|新闻|网讯|发布时间|发布日期|阅读[:：]|浏览|作者[:：]|关键词|摘要[:：]|本院认为|经审理|审理认为|原告|被告|上诉人|判决书|裁判|【案情】|案情|律师|一审|二审|诉至法院|诉称|辩称|调研组|调查了解|评论|专家表示|表示，|介绍，|认为：|据了解|[^\s某“]某某?(?=[，,、。作与向于在的称因为是及和等])/g;

/** Titles of articles, studies and explanations about documents rather than documents. */
const COMMENTARY_TITLE_RE = /浅析|浅谈|浅议|试论|探析|探讨|评析|述评|解读|思考|刍议|研究$|困境|成因|对策$|启示/;

/** One of these alone makes a report: a dateline, a case layout, a court's reasoning. */
const STRONG_REPORT_RE = /(网讯|报讯|日电|日讯|通讯员|记者[^。]{0,10}(获悉|了解到|注意到|发现)|记者从[^。，,]{2,40}(获悉|了解到|得知)|本院认为|【案情】|【基本案情】|【案件基本信息】|民事判决书|行政判决书|裁判要旨)/;
const JUDGMENT_RE = /本院认为|判决书|裁判|【案情】|【基本案情】|【案件基本信息】|原告|被告|上诉人/;

/**
 * A headline about an instrument rather than the instrument's own title: it tells that a text was issued, revised or
 * explained ("某县出台《农村建房管理办法》", "一图读懂《…条例》", "…村修订村规民约"). An instrument's own title names
 * the act it is ("关于印发《…办法》的通知" ends with 通知, not with the quoted text).
 */
const HEADLINE_RE =
  /(出台|印发|发布|公布|出炉|亮相|通过|审议|修订|修改|制定|施行|实施|落地|读懂|看懂|了解|速览|一览|划重点|图解)[^《》，,。]{0,8}(《[^《》]{2,40}》|村规民约|民约|章程)[”"]?$|^(一图|图解|一文|图说|速览|划重点)/;

/** Reporting voice: a dateline, a reporter, a source told, an essayist speaking of himself. */
const ABOUT_VOICE_RE =
  /记者|通讯员|据了解|据介绍|据悉|近日[，,]|日前[，,]|笔者|本文(认为|以为|建议|主张|从|将|旨在)|我们认为|值得商榷|专家(表示|认为|指出)/g;

/**
 * Round sixteen: someone's words reported ("长坡镇表示，下一步将…", "村民表示：", "镇领导表示，") — a reporter's voice; a
 * party's 意思表示 is a legal term, not a speaker.
 */
const SPEAKER_RE = /(?<=[\u4e00-\u9fa5）)]{2})(?<!意思)表示[，,:：]/;

/** The voices of an essayist (the others are a reporter's). */
const ESSAYIST_RE = /^(笔者|本文|我们认为|值得商榷|专家)/;

/** A paragraph that opens with the day something happened ("5月6日上午，镇政府组织…", "2023年3月，记者…"). */
const DATELINE_RE = /^\s*((19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(\d{1,2}\s*日)?(上午|下午|晚|晚上|凌晨|以来|初|底|中旬|下旬|上旬)?\s*[，,]/;

/** The text names itself as an instrument: 本办法, 本公约, 本合同 …, 特此通知, …如下：. */
const SELF_INSTRUMENT_RE =
  /本(办法|规定|细则|实施细则|意见|通知|决定|方案|规则|公约|章程|村规民约|民约|合同|协议|条例|通告|公告|制度|守则|规约|决议)(?![^，,。；;]{0,6}(规定的?|所称)?[”"》])|特此(通知|通告|公告|函告)|(通知|通告|公告|规定|约定|决定|承诺)如下/;
/** An article of the text's own, at the head of a line ("第五条 …"), not an article reported ("第五条规定…"). */
export const OWN_ARTICLE_RE = /^\s*第[一二三四五六七八九十百零〇\d]+条(?!规定|明确|指出|之规定|的规定)/;

/** Q&A lines: 问：/答：, 【问】/【答】, Q:/A:. */
const QUESTION_LINE_RE = /^\s*(问|【问】|Q|提问)\s*[\d一二三四五六七八九十]*\s*[:：、]/;
const ANSWER_LINE_RE = /^\s*(答|【答】|A|回答|解答)\s*[:：、]/;

/**
 * The page's own frame: font size, sharing, reading counts, print and close buttons, a record's status — a line that
 * opens with one of them ("字体：[ 大 中 小 ]", "【字体: 打印", "信息狀態：", "分享到：") or carries two
 * ("2024-10-18 来源:政府办公室 字体: 打印 分享至:").
 */
const FRAME_RE =
  /^\s*[【[(（]?\s*(字体|字號|字号|文字大小)\s*[:：]|^\s*[【[(（]?\s*(信息[状狀]态|信息[状狀]態|浏览次数|瀏覽次數|浏览量|阅读量|阅读次数|点击数|点击率|访问量|分享到|分享至|打印本页|打印本頁|关闭窗口|關閉窗口|打印|关闭|上一篇|下一篇|相关链接|相关阅读|扫一扫|微信扫一扫|用手机扫)\s*[:：】\]）)]?\s*$|^\s*[【[(（]?\s*(分享到|分享至|浏览次数|瀏覽次數|信息[状狀]态|信息[状狀]態)\s*[:：]/;
const FRAME_TOKEN_RE = /(发布时间|发布日期|發布時間|来源|來源|字体|字號|字号|分享[到至]|打印|浏览次数|瀏覽次數|点击数|阅读量|信息[状狀]态|信息[状狀]態|责任编辑|作者)\s*[:：]/g;

function frameLine(raw: string): boolean {
  if (raw.length > 120) return false;
  // A list bullet before the label ("- 信息狀態(tài):") and a page's pinyin annotations are the copy's, not the label's.
  const line = readableHan(raw).replace(/^\s*[-–—·•*]\s*/, '');
  if (FRAME_RE.test(line)) return true;
  let n = 0;
  FRAME_TOKEN_RE.lastIndex = 0;
  while (FRAME_TOKEN_RE.exec(line) !== null) if (++n >= 2) return true;
  return false;
}

/** A question for a title ("请问国家禁牧是怎么规定的？", "…可以罚款吗", "…问答"); a document's own title ends with what it is. */
const QUESTION_TITLE_RE = /[?？]\s*$|^请问|能否|可否|是否|怎么|如何|什么|哪些|吗\s*[)）]?\s*$|呢\s*$|法律问答|问答[)）]?\s*$/;
const DOCUMENT_END_RE = /(通知|通告|公告|办法|规定|意见|方案|细则|决定|规则|制度|章程|公约|民约|批复|复函)\s*$/;

/** A title asking a question or labelled as a Q&A. */
export function questionTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return t.length <= 80 && QUESTION_TITLE_RE.test(t) && !DOCUMENT_END_RE.test(t);
}

function clean(text: string): string {
  return normalize(text, { collapseWhitespace: true }).text.trim();
}

/** How far the whole-document signals read: enough for any page's body, linear in length. */
const BODY_BLOCKS = 400;

/** The kind of the document, and the stretches of it that speak about rather than set. */
export function classifyDocument(blocks: readonly TextBlock[], title: string): DocumentKindInfo {
  const stretches = new Map<number, AboutStretch>();
  let questions = 0;
  let answers = 0;
  let ownArticles = 0;
  let selfInstrument = false;
  const voices = new Set<string>();
  const qaLines: number[] = [];
  for (let i = 0; i < blocks.length && i < BODY_BLOCKS; i++) {
    const raw = (blocks[i] as TextBlock).text;
    if (raw.trim() === '') continue;
    // Cheap tests on the raw text (normalising every block would cost more than the rules that read them).
    if (frameLine(raw)) stretches.set(i, 'frame');
    if (QUESTION_LINE_RE.test(raw)) {
      questions++;
      qaLines.push(i);
    } else if (ANSWER_LINE_RE.test(raw)) {
      answers++;
      qaLines.push(i);
    }
    if (OWN_ARTICLE_RE.test(raw)) ownArticles++;
    if (!selfInstrument && SELF_INSTRUMENT_RE.test(raw)) selfInstrument = true;
    for (const m of raw.matchAll(ABOUT_VOICE_RE)) voices.add(m[0].replace(/[，,]$/, ''));
    if (DATELINE_RE.test(raw)) voices.add('dateline');
    if (raw.includes('表示') && SPEAKER_RE.test(raw)) voices.add('speaker');
  }
  // Q&A lines speak about the rules only when the page has both questions and answers.
  if (questions >= 1 && answers >= 1) for (const i of qaLines) stretches.set(i, 'qa');
  const instrumentEvidence = selfInstrument || ownArticles >= 3;
  const reporter = [...voices].some((v) => !ESSAYIST_RE.test(v));
  const kind = kindOf(blocks, title, { qaPairs: Math.min(questions, answers), instrumentEvidence, voices: voices.size, reporter });
  return { kind, sets: kind === 'instrument', stretches };
}

function kindOf(
  blocks: readonly TextBlock[],
  title: string,
  body: { qaPairs: number; instrumentEvidence: boolean; voices: number; reporter: boolean },
): DocumentKind {
  const head = blocks
    .slice(0, 12)
    .map((b) => readableHan(b.text))
    .join('\n');
  const strong = STRONG_REPORT_RE.exec(head);
  if (strong) return JUDGMENT_RE.test(strong[0]) ? 'judgment' : 'news';
  // An academic paper: keywords with an abstract or a classification line ("摘 要 … 关键词 …").
  if (/关键词|关键字/.test(head) && /摘\s*["”"]?\s*要|中图分类号|文献标识码|作者简介|参考文献/.test(head)) return 'explainer';
  // An article about a kind of document ("浅析农村“外嫁女”权益保障困境", "……政策解读") is commentary,
  // even when its title ends with a document word.
  if (COMMENTARY_TITLE_RE.test(title)) return 'explainer';
  const t = clean(title).replace(/\s/g, '');
  // A page of questions and answers that is no instrument of its own.
  if (!body.instrumentEvidence && (body.qaPairs >= 2 || (body.qaPairs >= 1 && questionTitle(t)))) return 'qa';
  // A headline telling that a text was issued or explained, over a body that is no instrument of its own.
  if (!body.instrumentEvidence && HEADLINE_RE.test(t)) return body.reporter ? 'news' : 'explainer';
  // A document titled as a contract, rules or a policy is that document, whatever words it uses
  // (a law firm's retainer contract says 原告 and 律师) — unless its body is a reporter's or an essayist's, with
  // nothing of an instrument's own (no article of its own, no 本办法, no 特此通知).
  if (t.length <= 70 && TITLE_WORD_RE.test(t.replace(/[”"》]+$/, '')) && !/^[“"]/.test(t)) {
    // Minutes and resolutions tell what a meeting did and decided: they are the instrument.
    return !body.instrumentEvidence && body.voices >= 2 && !/(纪要|记录|决议|决定)$/.test(t) ? 'news' : 'instrument';
  }
  const markers = new Set((head.match(REPORT_RE) ?? []).map((m) => m.trim()));
  if (markers.size >= 2) return JUDGMENT_RE.test([...markers].join(' ')) ? 'judgment' : 'news';
  // "…纠纷案", "张某诉某村委会案" name a court case; 方案/草案/初案/预案/议案/提案 are documents.
  if (/(?<![方草初预议提备图档文教答定])案$/.test(title)) return 'judgment';
  if (/^[“"]/.test(title) || /^——/.test(title)) return 'news';
  // A reporter's or an essayist's voice ("近日，", "据了解", "笔者认为", "本文认为") with nothing of an instrument's own.
  if (!body.instrumentEvidence && body.voices >= 2) return body.reporter ? 'news' : 'explainer';
  return 'instrument';
}

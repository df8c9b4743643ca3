import { BASIS } from '../basis.js';
import { parseCount } from '../text/cn-numerals.js';
import { dateKey, type FoundDate } from '../text/dates.js';
import { CLAUSE_NUMBER_RE } from '../text/structure.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, Rule, UnitHit } from '../types.js';
import { isLawTitle } from './legislation-title.js';
import { titleGivesPeriod } from './title-period.js';
import { withoutCitations } from './title-citations.js';
import { inForceClause } from './validity-anchor.js';
import { BAN_YEARS_RE } from './ban-window-years.js';
import { questionTitle } from '../document-kind.js';
import { clauseInReport, sentenceAround } from './helpers.js';

// Also a period named otherwise: "本措施实施期为2023年1月1日至…", "本办法2025年12月31日前有效", "政策期限".
// A measure that fixes its own duration ("时间暂定一周", "为期三个月") states its validity too.
const HAS_VALIDITY_RE =
  /(实施|执行|施行|有效|适用)(时间|期间)\s*[:：为]?\s*(自|从)?\s*\d{4}\s*年[^。;\n]{0,16}?(至|到|—|-|~)|适用期(限)?\s*(为|是|:|自|从)|(时间|期限|措施|行动|整治|管控|活动|方案|通告|通知|规定|办法)[^。;\n]{0,6}?(暂定|为期)\s*[一二三四五六七八九十两半\d]+\s*(个)?\s*(天|日|周|星期|月|年)|(施行|实施|执行|试行|政策|规划)期(限)?\s*(为|是|:|自|从|[\d一二三四五六七八九十两]+\s*(个)?\s*(年|月))|\d{4}\s*年[^。;\n]{0,12}?(前|之前|以前)有效|政策期限|执行时限|有效期|有效至|施行期限|实施期限|执行期限|试行期|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(废止|失效|止)|(施行|实施|执行)[^。;\n]{0,12}?至\s*\d{4}\s*年/;

/** Validity words that belong to something else (a visa, a permit, a certificate), not the document. */
const OTHER_VALIDITY_RE = /(签证|居留|许可|证书|证件|证照|执照|入境|资格|资质|认定|批复|合同|协议)[^。;\n]{0,16}$/;
/** Documents that make no rules and so carry no validity period: lists, approvals, repeals, appointments. */
const NO_RULES_TITLE_RE = /公布[^。]{0,40}(名单|名录)|(名单|名录)的通知|的批复|批复$|废止[^。]{0,40}(决定|通知)|任免|表彰|通报|工作规则$|议事规则$|情况的?(通告|通报|报告|公告|说明)$|工作(总结|报告)$/;

/**
 * The wrapper around a draft — the notice asking for comments, its drafting explanation — makes no
 * rules itself: "关于征求《…（征求意见稿）》意见的通知", "《…》公开征求意见", "…起草说明". (A title ending
 * in 征求意见稿 is the draft itself and does owe a validity period.)
 */
const WRAPPER_TITLE_RE = /征求[^。]{0,80}?意见(的)?(通知|公告|函|启事|建议)?$|(起草|编制|修订)说明$|政策解读$/;
const ARTICLE_RE = /^\s*第[一二三四五六七八九十百零〇\d]+条/;

/** A consultation wrapper; when the draft's own articles follow it, the draft is under review too. */
function isDraftWrapper(ctx: CheckContext): boolean {
  if (!WRAPPER_TITLE_RE.test(ctx.title.replace(/[”"》」\s]+$/, ''))) return false;
  let articles = 0;
  for (const unit of ctx.units) if (ARTICLE_RE.test(unit.text) && ++articles >= 3) return false;
  return true;
}

const NORMATIVE_TITLE_RE =
  /(办法|规定|细则|意见|通知|决定|方案|规则|措施|政策|制度|条例|准则|指引|规范|标准|纲要|规划|公告|通告)(（[^）]{0,12}）|\([^)]{0,12}\))?(（?(征求意见稿|试行|暂行|送审稿|草案)）?)?$/;
const SELF_REFERENCE_RE = /本(办法|规定|细则|意见|通知|决定|方案|规则|措施|制度|条例|准则|指引|规范|标准|实施方案|实施细则|文件)/;

function readsAsNormative(ctx: CheckContext): boolean {
  if (NORMATIVE_TITLE_RE.test(ctx.title) || SELF_REFERENCE_RE.test(ctx.fullText)) return true;
  // Round sixteen: a text that puts itself in force ("九、本通告之发布之日起施行") is an instrument with rules of its own,
  // whatever headline a site put over it ("…改革通知如下,必看").
  if (inForceClause(ctx) !== null) return true;
  let numbered = 0;
  for (const unit of ctx.units) if (CLAUSE_NUMBER_RE.test(unit.text) && ++numbered >= 2) return true;
  return false;
}

/**
 * Only an administrative normative document owes a validity period. The definition of one (国办发〔2018〕37号, quoted in
 * the domain reference §1.2 and NS-14) leaves out laws, regulations and rules: a 条例 (行政法规, 地方性法规 or 自治条例 —
 * no normative document may bear that name) or a text a people's congress or its standing committee adopts, and their
 * drafts ("《…条例（草案修改二稿 征求意见稿）》"), run until amended or repealed.
 */
const LEGISLATION_TITLE_RE = /条例\s*([(（][^)）]{0,24}[)）])?\s*(》|全文|$|[(（])/;
const BY_CONGRESS_RE = /人民代表大会(常务委员会)?[^。;\n]{0,24}?(通过|批准|审议)|人大常委会|颁布单位\s*[:：]?\s*[^\n]{0,12}人大/;

/**
 * Rules and administrative regulations are promulgated by decree (令): "（市政府令第77号）", "国务院令第370号", a decree line
 * of its own at the head ("北京市人民政府令 第12号"). A decree the text only cites in 《》 or in a sentence is not its own.
 */
const DECREE_RE = /(政府|国务院|部|委员会|总局|署)令\s*[(（]?\s*第\s*[\d一二三四五六七八九十百零〇]+\s*号/;
const DECREE_LINE_RE = /^[^。，,;；《》]{0,20}令\s*[(（]?\s*第\s*[\d一二三四五六七八九十百零〇]+\s*号\s*[)）]?$/;

function isLegislation(ctx: CheckContext): boolean {
  const title = withoutCitations(ctx.title);
  if (LEGISLATION_TITLE_RE.test(title) && !/条例\s*(的)?(实施|执行)?(办法|细则|意见|规定|方案|决定)/.test(title)) return true;
  if (isLawTitle(title)) return true;
  if (DECREE_RE.test(ctx.title.replace(/《[^》]*》/g, ''))) return true;
  const head = ctx.units.slice(0, 14).map((u) => u.text);
  // The decree line is often broken in two ("某市人民政府令" / "第12号").
  return BY_CONGRESS_RE.test(head.join('\n')) || head.some((t, i) => DECREE_LINE_RE.test(t.trim()) || (/令\s*$/.test(t) && DECREE_LINE_RE.test(`${t.trim()}${(head[i + 1] ?? '').trim()}`)));
}

/**
 * The title's pieces without the notes a collector or a site adds after it ("…工作规则(通知)", "…的通告(2018,繁体)",
 * "…(盐政发〔2017〕40号)"): the kind of document is read from the name itself.
 */
function titlePieces(title: string): string[] {
  return title
    .split(/\s+/)
    .map((p) => {
      let t = p;
      for (let k = 0; k < 3; k++) t = t.replace(/[(（][^()（）]{0,40}[)）]$/, '');
      return t;
    })
    .filter((p) => p.length >= 4);
}

/**
 * The definition's other half: a normative document is "在一定期限内反复适用". A notice of one dated event — an
 * inspection, a survey, a training, a selection ("关于开展一次公平竞争审查专项抽查的公告") — or a work notice that
 * only tells subordinate units what to do, with no articles, items or self-reference, sets no rules to be applied again.
 */
const ONE_OFF_TITLE_RE = /开展[^。]{0,40}?(抽查|检查|督查|调查|普查|排查|评选|评比|培训|验收|考核|竞赛|比赛|推荐|遴选|征集)[^。]{0,12}(公告|通知|通告|启事)([(（][^)）]{0,12}[)）])?$/;
const NOTICE_SETS_RULES_RE = /本(通告|公告|通知)|(任何|一切|所有)(单位|个人|组织)|单位和个人|单位或者?个人/;
const ORGANS_ADDRESSED_RE = /^各[^。；;]{0,60}?(村|社区|单位|部门|乡|镇|街道|局|委|办|中心|站|所|学校|公司|人民政府)[)）]?\s*[:：]$/;
const WEAK_KIND_TITLE_RE = /(通知|通告|公告)([(（][^)）]{0,12}[)）])?$/;

function isOneOffNotice(ctx: CheckContext): boolean {
  const title = ctx.title.replace(/\s+/g, '');
  if (ONE_OFF_TITLE_RE.test(title)) return true;
  if (!WEAK_KIND_TITLE_RE.test(title) || SELF_REFERENCE_RE.test(ctx.fullText)) return false;
  // A notice that refers to itself ("本通告所称秸秆…") or binds everyone ("禁止任何单位和个人…") sets rules.
  if (NOTICE_SETS_RULES_RE.test(ctx.fullText)) return false;
  let numbered = 0;
  for (const unit of ctx.units) if ((CLAUSE_NUMBER_RE.test(unit.text) || ARTICLE_RE.test(unit.text)) && ++numbered >= 2) return false;
  // Only a notice addressed to subordinate organs ("各驻村分中心、行政村（社区）：") is a work notice; one to the public
  // that forbids something ("严禁在河道倾倒垃圾，违者…") sets rules however short it is.
  return ctx.units.slice(0, 8).some((u) => ORGANS_ADDRESSED_RE.test(u.text.trim()));
}

/**
 * The period given elsewhere than in a validity sentence: in the title ("2024—2026年福建省农机购置与应用补贴实施方案",
 * "…规划（2021-2025年）", "2024年度…"), or as the measure's own window ("禁渔时间：7月25日至9月30日", "抽查时间
 * 2025年6月3日至2025年6月20日", "专项整治时间为：2025年9月20日—2025年9月27日" (round eleven), "…至9月30日期间实施禁渔") — a model text's "20xx年" year counts as a year.
 */
const TITLE_PERIOD_RE = /[“"]?十[一二三四五六七八九]五[”"]?[^。]{0,30}(规划|计划|方案)|(\d{4}|20[xX×]{2})\s*(年)?\s*[—–\-－~至到]+\s*(\d{4}|20[xX×]{2})\s*年|\d{4}\s*年度|^\d{4}\s*年[^。]{0,40}(方案|计划|要点|安排)$/;
const DAY = '(?:\\d{4}|20[xX×]{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]';
const WINDOW_RE = new RegExp(
  `(时间|期间|日期|期限|[禁休]\\S?期)\\s*(为|是)?\\s*[:：]?\\s*(自|从)?\\s*${DAY}\\s*(起)?\\s*(至|到|—|－|–|-|~|～)\\s*((?:\\d{4}|20[xX×]{2})\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|` +
    `${DAY}\\s*(起)?\\s*(至|到)\\s*((?:\\d{4}|20[xX×]{2})\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]\\s*(止)?\\s*期间|` +
    // "自2024年3月1日起至2024年6月30日止，在全县开展…": a span opened by 自 and closed by 止.
    `自\\s*${DAY}\\s*(起)?\\s*(至|到)\\s*((?:\\d{4}|20[xX×]{2})\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]\\s*止`,
);

function statesPeriodElsewhere(ctx: CheckContext): boolean {
  // The period of a document the title quotes ("贯彻《…规划（2014-2020年）》") is not this document's.
  const own = ctx.title.replace(/《[^》]*》/g, '').replace(/\s+/g, '');
  if (TITLE_PERIOD_RE.test(own) || titleGivesPeriod(ctx.title) || WINDOW_RE.test(ctx.fullText)) return true;
  // Round fifteen: a season's measure for one year named in the title ("太和县2016年禁渔公告") with its window given by
  // month and day ("禁渔时间：4月1日—6月30日"); a window repeated every year ("每年4月1日至6月30日") is a standing rule.
  if (!TITLE_YEAR_RE.test(own)) return false;
  const m = YEARLESS_WINDOW_RE.exec(ctx.fullText);
  return m !== null && !/每年|年年|每一年/.test(ctx.fullText.slice(Math.max(0, m.index - 12), m.index + m[0].length));
}

/** One year in the title (2016年, 二〇一六年), not a span or a 年度 plan's range (those are TITLE_PERIOD_RE's). */
const TITLE_YEAR_RE = /(19|20)\d{2}\s*年(?!\s*[—–\-－~至到])|[二][〇零○][一二三四五六七八九〇零○]{2}年/;
/** A window by month and day under its label: "禁渔时间：4月1日—6月30日", "禁牧期为3月1日至5月31日". */
const YEARLESS_WINDOW_RE =
  /(时间|期间|期限|[禁休]\S?期)\s*(为|是)?\s*[:：]?\s*(自|从|每年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(起)?\s*(至|到|—|－|–|-|~|～)+\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;

function statesValidity(text: string): boolean {
  for (const m of text.matchAll(new RegExp(HAS_VALIDITY_RE.source, 'g'))) {
    if (!OTHER_VALIDITY_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
  }
  return false;
}

export const normativeNoValidity: Rule = {
  id: 'normative.no-validity-period',
  ref: 'P-NS-VALID',
  title: '未载明有效期',
  types: ['normative'],
  severity: 'should',
  message: '规范性文件未载明有效期',
  basis: BASIS.validity,
  suggestion: '建议在附则中写明施行日期和有效期（如“自××××年××月××日起施行，有效期×年”）。',
  check(ctx) {
    // A news report or commentary about a policy is not the policy; a list notice makes no rules.
    // A page titled by a question ("请问国家禁牧是怎么规定的？") is a Q&A or an explainer, no normative document.
    if (ctx.structure.genre === 'report' || questionTitle(ctx.title) || (ctx.title.length <= 80 && NO_RULES_TITLE_RE.test(ctx.title))) return [];
    if (titlePieces(ctx.title).some((p) => p.length <= 80 && NO_RULES_TITLE_RE.test(p))) return [];
    if (isDraftWrapper(ctx) || isLegislation(ctx) || isOneOffNotice(ctx)) return [];
    if (statesPeriodElsewhere(ctx)) return [];
    if (ctx.fullText.trim() === '' || statesValidity(ctx.fullText)) return [];
    // Only a text that reads as a normative document owes a validity period: its title names a kind
    // of document (办法, 规定, 意见 …), it refers to itself as one (本办法, 本规定 …) or it is drafted in
    // numbered articles or items. A web page on a policy topic or a deputy's suggestion is none of these.
    if (!readsAsNormative(ctx)) return [];
    return [inForceClause(ctx) ?? { anchor: 'title' }];
  },
};

const NUM = '[\\d零〇一二两三四五六七八九十]+';
const YEARS_RE = new RegExp(`(有效期|试行期|施行期限|实施期限|执行期限)(限)?\\s*(为|是|:|暂定为?)?\\s*(${NUM})(?:\\s*[(（]\\s*${NUM}\\s*[)）])?\\s*(个)?\\s*(周年|年)`, 'g');
/** The end given as a year or a month only: "有效期至2030年底", "执行至2030年12月". */
const UNTIL_YEAR_RE =
  /(有效期|有效期限|施行期限|实施期限|执行期限|执行|实施|施行)[^。;\n]{0,12}?(至|到|截至|截止到?)\s*(\d{4})\s*年\s*(?:(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])\s*(?:底|末)?|(?:底|末))?(?!\s*\d{1,2}\s*月)/g;
const UNTIL_RE = /(有效期|有效期限|施行期限|实施期限|执行期限)[^。;\n]{0,40}?(至|到|截至|截止到?)\s*$/;
const START_RE = /自\s*$/;

/**
 * A title line anywhere (the attached document after the notice that issues it: "…管理办法（试行）"), or the
 * document put in force on trial ("本办法自2021年1月1日起试行").
 */
const TRIAL_TITLE_LINE_RE = /(暂行|试行)(办法|规定|细则|意见|方案|规则|措施|制度|条例|标准)$|(办法|规定|细则|意见|方案|规则|措施|制度|条例|标准)\s*[(（](暂行|试行)[)）]$/;
const TRIAL_START_RE = /本(办法|规定|细则|意见|方案|规则|措施|制度|条例|标准|实施细则|实施方案)[^。;\n]{0,24}?(起|开始)试行/;

function isTrial(ctx: CheckContext): boolean {
  const head = ctx.units.slice(0, 6).map((u) => u.text).join('\n');
  if (/暂行|试行/.test(ctx.title) || /《[^》]*(暂行|试行)[^》]*》|(暂行|试行)(办法|规定|细则|意见|方案)/.test(head)) return true;
  if (TRIAL_START_RE.test(ctx.fullText)) return true;
  return ctx.units.some((u) => {
    const t = u.text.trim();
    return t.length <= 50 && TRIAL_TITLE_LINE_RE.test(t);
  });
}

/**
 * The document's own date (成文日期): the last short block that is only a date; else a date the head of the text
 * gives as its adoption or publication ("（2021年3月5日市人民政府第10次常务会议通过）", "成文日期：2021年03月05日").
 */
function issueDate(ctx: CheckContext): FoundDate | null {
  return closingDate(ctx) ?? headDate(ctx);
}

function headDate(ctx: CheckContext): FoundDate | null {
  for (const unit of ctx.units.slice(0, 12)) {
    for (const d of ctx.dates(unit)) {
      if (d.year === null || !d.valid) continue;
      const before = unit.text.slice(Math.max(0, d.start - 8), d.start);
      const after = unit.text.slice(d.end, d.end + 24);
      if (/(成文日期|发布日期|印发日期|发文日期|公布日期)\s*[:：]?\s*$/.test(before)) return d;
      if (/^[(（]?\s*$/.test(before.slice(-1)) && /^[^。;\n]{0,20}?(通过|公布|印发|发布)/.test(after) && /^\s*[(（]/.test(unit.text)) return d;
    }
  }
  return null;
}

function closingDate(ctx: CheckContext): FoundDate | null {
  for (let i = ctx.units.length - 1; i >= 0; i--) {
    const unit = ctx.units[i] as TextUnit;
    const t = unit.text.trim();
    if (t.length === 0 || t.length > 20) continue;
    const d = ctx.dates(unit).find((x) => x.year !== null && x.valid);
    if (d && t.replace(/\s/g, '') === d.raw.replace(/\s/g, '')) return d;
  }
  return null;
}

/** "自2017年5月1日起施行" (or 实施/执行/试行) anywhere in the document: the start of its validity. */
function effectiveDate(ctx: CheckContext): FoundDate | null {
  for (const unit of ctx.units) {
    for (const d of ctx.dates(unit)) {
      if (d.year === null || !d.valid) continue;
      const before = unit.text.slice(Math.max(0, d.start - 3), d.start);
      const after = unit.text.slice(d.end, d.end + 12);
      if (/自\s*$|从\s*$|于\s*$/.test(before) && /^\s*(起|开始)?[^。;\n]{0,6}?(施行|实施|执行|试行|生效)/.test(after)) return d;
    }
  }
  return null;
}

function yearsBetween(a: FoundDate, b: FoundDate): number {
  const ka = dateKey({ year: a.year as number, month: a.month, day: a.day });
  const kb = dateKey({ year: b.year as number, month: b.month, day: b.day });
  const whole = (b.year as number) - (a.year as number);
  // Fractional years matter only at the boundary: over the limit means strictly after the anniversary.
  return kb > ka + whole * 10000 ? whole + 0.5 : whole;
}

export const normativeValidityOver: Rule = {
  id: 'normative.validity-over-5y',
  ref: 'P-NS-VALID',
  title: '有效期超过上限',
  types: ['normative'],
  severity: 'should',
  message: '有效期超过本单位设定的上限',
  basis: BASIS.validity,
  suggestion: '建议将有效期调整在本地规定的上限以内（一般不超过5年，“暂行”“试行”的一般不超过2年），届满前评估后决定是否延续。',
  check(ctx) {
    const trial = isTrial(ctx);
    const limit = trial ? ctx.options.normativeTrialMaxYears : ctx.options.normativeMaxYears;
    const limitText = `${trial ? '名称含“暂行”“试行”的文件，' : ''}本单位设定的上限为${limit}年〔实务〕`;
    const hits: UnitHit[] = [];
    // The start may stand in another article (第五条 自…起施行; 第六条 有效期至…), else the 成文日期.
    const issued = effectiveDate(ctx) ?? issueDate(ctx);
    for (const unit of ctx.units) {
      for (const m of unit.text.matchAll(YEARS_RE)) {
        const n = parseCount(m[4] as string);
        if (n === null || n <= limit || n >= 1000) continue;
        hits.push({ unit, start: m.index, end: m.index + m[0].length, message: `有效期为${n}年；${limitText}` });
      }
      if (issued) {
        for (const m of unit.text.matchAll(UNTIL_YEAR_RE)) {
          const endYear = Number(m[3]);
          const endMonth = m[4] ? Number(m[4]) : 12;
          const months = (endYear - (issued.year as number)) * 12 + endMonth - issued.month;
          if (months <= limit * 12 || months > 1000 * 12) continue;
          hits.push({
            unit,
            start: m.index,
            end: m.index + m[0].length,
            message: `有效期自${issued.raw}${m[0].slice(m[0].search(/至|到|截/))}，超过${limit}年；${limitText}`,
          });
        }
      }
      for (const m of unit.text.matchAll(BAN_YEARS_RE)) {
        const n = parseCount(m[4] as string);
        if (n === null || n <= limit || n >= 1000) continue;
        hits.push({ unit, start: m.index, end: m.index + m[0].length, message: `禁止措施的期限为${n}年，即文件的施行期限；${limitText}` });
      }
      // "长期有效" sets no period at all: the no-validity rule reports it, at the clause that says it (round thirteen B).
      const dates = ctx.dates(unit);
      for (let i = 0; i < dates.length; i++) {
        const end = dates[i] as FoundDate;
        if (end.year === null || !end.valid) continue;
        const lead = unit.text.slice(Math.max(0, end.start - 60), end.start);
        // "…起施行，2030年12月31日废止" states the end as plainly as "有效期至…".
        const after = unit.text.slice(end.end, end.end + 4);
        const prev = dates[i - 1];
        // "自2023年1月1日起施行，2035年12月31日止": the end of what the 自…起 date put in force.
        const stops =
          /^\s*止/.test(after) &&
          prev !== undefined &&
          START_RE.test(unit.text.slice(Math.max(0, prev.start - 3), prev.start)) &&
          /施行|实施|执行|有效/.test(unit.text.slice(prev.end, end.start));
        if (!UNTIL_RE.test(lead) && !/^\s*(废止|失效)/.test(after) && !stops) continue;
        // Start: a 自…起 date just before, else the document's own date.
        // "有效期：2020年1月1日至2030年12月31日": a date joined to the end by 至 is the start as much as 自…起.
        const joined = prev !== undefined && /^\s*(起)?\s*[,，]?\s*(至|到|—{1,2}|–|-|~)\s*$/.test(unit.text.slice(prev.end, end.start));
        const start =
          prev && prev.year !== null && prev.valid && (joined || START_RE.test(unit.text.slice(Math.max(0, prev.start - 3), prev.start)))
            ? prev
            : issued;
        if (!start || yearsBetween(start, end) <= limit) continue;
        hits.push({
          unit,
          start: end.start,
          end: end.end,
          message: `有效期自${start.raw}至${end.raw}，超过${limit}年；${limitText}`,
        });
      }
    }
    // Text about instruments (document-kind.ts): a period counts as the content of a specific document it reports
    // ("《办法》…有效期10年", "该政策有效期至2035年"), not as a Q&A's or an essay's general statement, nor in a page's frame.
    return hits.filter((h) => {
      const sentence = h.unit.text.slice(sentenceAround(h.unit.text, h.start).start, sentenceAround(h.unit.text, h.start).end);
      return clauseInReport(ctx, h.unit, h.start, sentence) || (!ctx.structure.kind.sets && NAMES_DOCUMENT_RE.test(sentence) && !ctx.structure.kind.stretches.has(h.unit.charBlock[h.start] as number));
    });
  },
};

/** A sentence that names the document whose period it gives: 《…》, 本/该/此 + a kind of document. */
const NAMES_DOCUMENT_RE = /《[^《》]{2,60}》|[本该此这](办法|规定|细则|意见|通知|决定|方案|规则|措施|政策|文件|条例|制度|规划)/;

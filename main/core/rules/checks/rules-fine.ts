import { narratedDecision, regulationItself } from './law-set-measures.js';
import { VILLAGE_RULES_TYPES, citesBasis, clauseInReport, condemnedAfter, condemnedBefore, inDefiningList, negatedBefore, scan, sentenceAround } from './helpers.js';
import { BASIS } from '../basis.js';
import { isPowerList } from './normative-powers.js';
import type { Rule, UnitHit } from '../types.js';
import { restatesStatutePenalty } from './restated-penalty.js';
import { withRegionalPenalty } from './regional-words.js';
import { basisOnlyInLaterClause, villageDemandsFine } from './penalty-basis-scope.js';
import { guarded } from './guarded.js';
import { inQuotedArticle, statuteArticleParagraph } from './quoted-articles.js';
import { appliesQuotedStatuteSanction } from './applied-statute-penalty.js';
import { restatesCitedStatute } from './statute-linked.js';
import { penaltyClass } from '../statutes/sanction-classes.js';

const NUM = '[\\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+';
/** 村规民约: any fine, confiscation or "罚" in kind. */
const VILLAGE_RE = new RegExp(
  // A 违约金 the village imposes for breaking its rules (处/交纳…违约金) is a fine by another name.
  // An amount then 处罚 ("给予100元~500元经济处罚", "处200元处罚") or "处" + amount: a fine in other words.
  `罚款|罚金|罚没|经济处罚|经济制裁|${NUM}\\s*元[^。;,，\\n]{0,8}?处罚|(?<![出到])处${NUM}\\s*(元)?\\s*(至|到|—|-|~|－)?\\s*${NUM}\\s*元|(?<![出到])处${NUM}\\s*元|处以[^。;,\\n]{0,8}?元|没收|罚工|罚[其他她]?[^。;,，\\n]{0,3}?(义务劳动|义务工|出工)|罚[其他她]?(清扫|打扫|扫|劳动|修路|植树|出工)|罚放电影|罚放|罚戏|罚酒|罚粮|罚[其他她]?[^。;,，\\n]{0,4}?(粮|米|谷|肉|猪|羊|酒席|烟|电影|戏)|罚钱|罚跪|扣罚|罚(人民币|现金|洋|交|缴|钱|银)?\\s*${NUM}\\s*元|处罚${NUM}|` +
    `(处|交纳|缴纳|收取|承担)[^。;,，\\n]{0,10}?违约金|` +
    // A deposit forfeited for a breach ("违反规定的，保证金不予退还"): money taken as a sanction.
    `(押金|保证金)[^。;,，\\n]{0,6}?(不予退还|不再退还|不退还|不退)|` +
    // A charge on those who break the rules ("违反者，按每次50元收取卫生保洁费") is a fine by another name.
    `(收取|交纳|缴纳|征用|征收)[^。;,，\\n]{0,10}?(费|金)|` +
    // Money withheld from what the member is owed, as a sanction: "扣发当年分红300元", "从其年终福利中扣除200元".
    `(扣发|扣除|扣减|扣罚)[^。;,，\\n]{0,10}?(${NUM}\\s*元|福利|分红|补贴|补助|收益|股金|押金|保证金)|(福利|分红|补贴|补助|收益|股金)[^。;,，\\n]{0,4}?中?扣(除|减|发)`,
  'g',
);
/** 规范性文件: setting an administrative penalty (行政处罚法第9条 kinds). */
// Detention is left to rules.restricts-liberty (立法法第11条), which owns penalties that restrict liberty.
// An amount as the standard of a penalty ("按每只（头）次50元的标准，对放牧者予以处罚", "处罚200元") is a fine too.
const NORMATIVE_RE = new RegExp(
  `罚款|经济处罚|处以[^。;\\n]{0,10}?(罚|元)|没收|吊销|暂扣|责令停产停业|责令关闭|给予[^。;\\n]{0,6}行政处罚|处罚金额|` +
    // Round twelve (A): the other kinds of 行政处罚法第9条 — 警告, 通报批评, 降低资质等级, 限制开展生产经营活动, 责令停产停业
    // (停业整顿 too), 限制从业 — written as drafting writes them.
    `(给予|予以|处以|处|并处)[^。;,，\\n]{0,4}?(警告|通报批评)|降低[^。;,，\\n]{0,6}?资质等级|限制[^。;,，\\n]{0,4}?开展生产经营活动|限制从业|(禁止|不得)[^。;,，\\n]{0,8}?从事[^。;,，\\n]{0,12}?(职业|行业|工作)[^。;,，\\n]{0,4}?(终身|[\\d一二三四五六七八九十]+年)|责令(停业|停产)(整顿|整改)?|` +
    `${NUM}\\s*元的?标准[^。;\\n]{0,16}?(予以|给予|进行)?(经济)?处罚|${NUM}\\s*元[^。;,，\\n]{0,4}?(予以|给予)?处罚|处罚${NUM}\\s*元`,
  'g',
);
/** Each branch of the normative-document lexicon (with 充公) holds one of these words. */
const NORMATIVE_PENALTY = guarded(
  'penalty set by a normative document',
  withRegionalPenalty(NORMATIVE_RE),
  /罚|处以|没收|吊销|暂扣|责令|警告|通报批评|资质等级|开展生产经营活动|限制从业|从事|充公/,
);
/**
 * "由生态环境部门对当事人处以500-2000元罚款": the competent organ applying a statute's scale (a range, "…以下") is the
 * statute recited; a flat sum the text fixes ("一律罚款1000元") is its own.
 */
const ORGAN_APPLIES_RE = /由[^。;,，\n]{0,16}(部门|机关|局|委员会|人民政府|政府|执法队|执法中队)/;
const SCALE_RE = new RegExp(`${NUM}\\s*(元)?\\s*(-|—|－|~|至|到)\\s*${NUM}\\s*元|元以上[^。;,，]{0,10}元以下|以下(的)?罚款`);
/**
 * Who is warned or criticised inside the administration or the government's own programmes (a lab rated 基本合格 in a
 * review): discipline (政务处分, 考核, 问责) or programme management, not an administrative penalty.
 */
const INTERNAL_RE = /评为|评估|考评|验收|实验室|工程中心|技术中心|示范|基地|处分|工作人员|公职人员|干部|责任人|领导|考核|问责|约谈|乡镇|街道办|(部门|单位)[^。;,，]{0,6}?(工作不力|不力|不到位|落实)|工作不力|各(乡|镇|部门|单位)/;
/** The text speaks as a law or a regulation (no normative document is a 条例): "违反本法规定的", "依照本条例第…条". */
const LAW_ARTICLE_RE = /(违反|依照|依据|根据|按照)本(法|条例)/;
/** "一律": a flat sanction the text fixes, whatever general reference to 有关法律法规 the sentence makes. */
const FLAT_RE = /一律/;
/** A vague reference (依法, 有关法律法规, 有关规定) — not a statute named. */
const NAMED_BASIS_RE = /(依照|依据|根据|按照|依)\s*《|》第[一二三四五六七八九十百零〇\d]+条/;
/** Referring a case to those with the power is fine: "报公安机关依法处理". */
const DEFERS_RE = /(公安|派出所|执法|主管部门|有关部门|相关部门|行政机关|人民法院|司法机关)[^。;]{0,12}(依法|处理|处罚|查处)/;

/**
 * The police apply a penalty under the public-security statutes ("由公安机关责令停止燃放…给予警告、罚款"): a
 * recital of the statute. Other organs are not taken this way ("由登记机关吊销其营业执照" may be the text's own).
 */
const POLICE_APPLIES_RE = /由[^。;,，\n]{0,6}(公安机关|公安部门|公安局|派出所)/;
const AMOUNT_RE = new RegExp(`${NUM}\\s*元`);

/** A report that villagers "被罚款1000元" under the village's rules reports a fine those rules set. */
const FINED_RE = /被[^。;,，\n]{0,6}?(罚款|罚了|处罚|罚[\d零一二两三四五六七八九十百千万]+)|受[^。;,，\n]{0,2}?罚/;
const VILLAGE_RULES_WORD_RE = /村规民约|村规|民约|自治章程|居民公约|村民公约/;

const STATUTE_CITED_RE = /(依照|依据|根据|按照)\s*《(?![^》]*(村|民约|章程|公约|规约))[^》]*(法|条例|规定|办法)》/;
// Also those who fail a duty the rules set: "不按规定水位回乡者，迟回一天征用500元以工代劳费".
const BREACH_RE = /违者|违反者|违反[^。;]{0,12}的|否则|屡教不改|(不按|未按|拒不|不服从|不遵守|不参加|不履行|迟回|迟到)[^。;]{0,20}?(者|的)/;
const DEDUCTION_SANCTION_RE = /违|拒|不交|不缴|未交|未缴|否则|如有|屡教|不参加|不履行|不服从|乱|偷|破坏/;

/** The sentence up to the end of the fine's own clause (commas split clauses). */
function deferralScope(text: string, start: number, end: number): string {
  const s = sentenceAround(text, start);
  let e = end;
  while (e < s.end && !',，;；。'.includes(text[e] as string)) e++;
  return text.slice(s.start, e);
}

export const rulesSetsFine: Rule = {
  id: 'rules.sets-fine',
  ref: 'P-VR-FINE / P-NS-SETPOWER',
  title: '设定罚款等处罚',
  types: [...VILLAGE_RULES_TYPES, 'normative'],
  severity: 'must',
  message: '村规民约设定了罚款、没收等处罚',
  basis: BASIS.villageFine,
  suggestion:
    '建议删除罚款、没收等处罚内容。村规民约可以采取批评教育、公开通报、取消评先评优资格等自治措施；违法行为应报请有关行政机关依法处理。',
  check(ctx) {
    if (ctx.type === 'normative') {
      if (isPowerList(ctx.title) || regulationItself(ctx)) return [];
      return scan(ctx, NORMATIVE_PENALTY, (m, unit, sentence): UnitHit | null => {
        if (negatedBefore(unit.text, m.index) || condemnedBefore(unit.text, m.index) || narratedDecision(sentence)) return null;
        // A page restating another text article by article ("第八条规定违反本规定…") quotes that text's fines.
        if (inQuotedArticle(ctx, unit)) return null;
        // Round sixteen: "《…治安管理处罚法》第五十条 有下列行为之一的，处警告或者二百元以下罚款" — the article itself.
        if (statuteArticleParagraph(unit.text) || appliesQuotedStatuteSanction(ctx, unit, m[0], sentence)) return null;
        // 警告 and 通报批评 inside the administration (a township, an official's 处分, a performance review) are
        // discipline, not a penalty on citizens.
        if (/警告|通报批评/.test(m[0]) && INTERNAL_RE.test(sentence)) return null;
        // "逾期不缴纳罚款的…加处罚款": a fine already imposed, paid or enforced (行政强制法第12条第1项), not a new one.
        if (m[0] === '罚款' && (/(加处|缴纳|交纳|缴清|缴付)$/.test(unit.text.slice(Math.max(0, m.index - 2), m.index)) || /^(数额|金额)的/.test(unit.text.slice(m.index + 2, m.index + 5)))) return null;
        const clause = deferralScope(unit.text, m.index, m.index + m[0].length);
        const flat = FLAT_RE.test(clause.slice(Math.max(0, clause.lastIndexOf('，'), clause.lastIndexOf(','))));
        if (citesBasis(sentence) && !(flat && !NAMED_BASIS_RE.test(sentence)) && !basisOnlyInLaterClause(unit.text, m.index, m.index + m[0].length, sentence)) return null;
        if (ORGAN_APPLIES_RE.test(clause) && SCALE_RE.test(clause.slice(clause.search(ORGAN_APPLIES_RE)))) return null;
        // "由…部门予以警告，并处二万元以上二十万元以下的罚款": the organ applying a scale anywhere in the sentence.
        if (ORGAN_APPLIES_RE.test(sentence) && SCALE_RE.test(sentence.slice(sentence.search(ORGAN_APPLIES_RE)))) return null;
        // A law's or a regulation's own article ("违反本法规定…"), set or quoted in full: they may set penalties.
        if (LAW_ARTICLE_RE.test(unit.text)) return null;
        if (restatesStatutePenalty(ctx, unit.text, m.index, clause)) return null;
        if (inDefiningList(ctx, unit)) return null;
        // "由公安机关酌情给予警告、罚款、行政拘留的处罚": the organ with the power applies the statute's penalty;
        // only an amount of the document's own ("由城管局处500元罚款") would be a fine it sets.
        if (POLICE_APPLIES_RE.test(sentence) && !AMOUNT_RE.test(sentence)) return null;
        // "已经办理注销登记或者被吊销营业执照的": a penalty someone has suffered is a condition the text names,
        // not one it sets.
        if (/(被|已被|曾被|受到|受过)$/.test(unit.text.slice(Math.max(0, m.index - 2), m.index))) return null;
        if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
        // Round seventeen: the article (or the law) the clause cites carries this kind of penalty — restated.
        if (restatesCitedStatute(ctx, unit, m.index, penaltyClass(m[0]))) return null;
        if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
        return {
          unit,
          start: m.index,
          end: m.index + m[0].length,
          severity: 'should',
          message: '规范性文件中出现罚款、没收等行政处罚内容，未见所依据的法律、法规、规章',
          basis: BASIS.normativeFine,
          suggestion:
            '建议核实该处罚是否有法律、法规、规章依据，并在条文中写明依据；没有依据的，规范性文件不得设定行政处罚，应予删除。',
        };
      }, { oncePerSentence: true });
    }
    const aboutRules = VILLAGE_RULES_WORD_RE.test(ctx.title) || VILLAGE_RULES_WORD_RE.test(ctx.fullText.slice(0, 2000));
    return scan(ctx, withRegionalPenalty(VILLAGE_RE), (m, unit, sentence) => {
      if (negatedBefore(unit.text, m.index) || condemnedBefore(unit.text, m.index)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      // "报公安机关依法处理" defers the case; a referral that comes after the fine, in its own clause,
      // is for the graver case ("处以2000元罚款，如情节重的送交公安机关处理") and leaves the fine standing.
      if (DEFERS_RE.test(deferralScope(unit.text, m.index, m.index + m[0].length))) return null;
      // "由林业部门依照《森林法》处以罚款": the statute's penalty recited; the village's own 《村规民约》 is no statute.
      if (STATUTE_CITED_RE.test(sentence) && !villageDemandsFine(sentence)) return null;
      // 违约金 under a contract or agreement the rules mention is that contract's remedy.
      if (m[0].endsWith('违约金') && /合同|协议|约定/.test(sentence)) return null;
      // The statute's penalty restated, unless the village itself demands the money (its own fine whatever it cites).
      if (!villageDemandsFine(sentence) && restatesCitedStatute(ctx, unit, m.index, penaltyClass(m[0]))) return null;
      // A charge is a fine only when the sentence lays it on those who break the rules and names an amount.
      if (/^(收取|交纳|缴纳|征用|征收)/.test(m[0]) && !m[0].endsWith('违约金') && !(BREACH_RE.test(sentence) && AMOUNT_RE.test(sentence))) return null;
      // A deduction is a fine only as the sanction of a breach, not the settling of an account.
      if ((/扣/.test(m[0]) || /不退|不予退还|不再退还/.test(m[0])) && !/罚/.test(m[0]) && !DEDUCTION_SANCTION_RE.test(sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence) && !(aboutRules && FINED_RE.test(sentence))) return null;
      // "罰的錢給誰？有罰錢的資質嗎？": a bare 罚钱 in a question asks about a fine; it sets none.
      if (m[0] === '罚钱' && /[?？吗嗎]/.test(sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
  },
};

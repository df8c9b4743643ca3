import { publicSecurityReferral } from './law-set-measures.js';
import { VILLAGE_RULES_TYPES, clauseInReport, condemnedAfter, negatedBefore, scan, sentenceAround } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';
import { CITIZEN_RE, ENTRY_BAN_RE, excused } from './rules-liberty-entry.js';
import { ANIMAL_RE, STAY_RE } from './rules-liberty-stay.js';
import { restatedPublicOrderOffence } from './public-order-offence.js';
import { statuteArticleParagraph } from './quoted-articles.js';
import { BARE_DETENTION, detentionForOwnBan } from './own-ban-detention.js';
import { restatesCitedStatute } from './statute-linked.js';
import { libertyClass } from '../statutes/sanction-classes.js';
import { CONDITIONAL_OUT_RE, HOME_ISOLATION_RE, LAW_BOUND_PERSON_RE, lifted } from './rules-liberty-home.js';

/** Detention, searches, public shaming. */
const LIBERTY_RE =
  /关押|禁闭|禁足|扣留[^。;,\n]{0,4}?(人|本人|其人|当事人|村民)|(?<!非法)拘禁|游街示众|游街|示众|挂黑牌|挂牌(?:游街|批斗)|戴高帽|搜身|搜查[^。;,\n]{0,4}?(身体|住宅|住所|房屋|家)|强行进入[^。;,\n]{0,4}?(住宅|家|房屋)|限制[^。;,\n]{0,4}?人身自由|罚跪|体罚|捆绑(?!销售|搭售)|五花大绑|[捆绑](起来|在[^。;,，\n]{0,4}?(树|柱|杆|桩))/g;
/**
 * Confinement ordered by a village or a notice: "所有村民原则上不得离开村庄", "一律禁止离开家门", "返乡人员先隔离观察
 * 再进村" — only the law (传染病防治法, by the organs it names) may restrict where a person goes.
 */
const CONFINE_RE =
  /(不得|禁止|不准|严禁|不许)(擅自)?离开(村庄|本村|村子|村里|家门|家中|住所|住处|家|居住地|住地|所在地|本辖区|辖区|本市|本县|本镇|本乡|本区|小区|社区|隔离点|隔离场所|观察点|集中观察点|指定地点|指定场所|房间|宿舍|村部|村委会|村委)|先隔离[^。;,\n]{0,12}?(进村|入村|回村|回家)/g;
/**
 * Going out forbidden or made subject to approval: "本村村民一律不得外出", "确需外出的须经村委会批准", "居家隔离人员
 * 严禁出门"; a person shut in a room ("关在村部反省三天"). Only where the sentence is about villagers or residents —
 * staff on duty ("值班人员不得离开岗位，不得外出") are told where to work, not confined.
 */
const GO_OUT_RE =
  /(不得|禁止|不准|严禁|不许|限制)(随意|擅自)?(外出|出村|出门|离村|离家|走出家门|踏出家门|出户)|外出的?(须|必须|需|需要|应|应当)(先)?(经|报)[^。;,\n]{0,10}?(批准|同意|审批)|关(在|进|到)[^。;,\n]{0,6}?(村部|村委|房|屋|室|祠堂|仓库|办公室|黑屋|治保会)|强制带(回|离)|(非必要|一律|严格)不(出村|出门|外出|离村|离家|出户)|(外出|出村|出入)[^。;,\n]{0,6}?须持[^。;\n]{0,12}?(出入证|通行证|证明|条子)|(限制|禁止|严禁)[^。;,\n]{0,4}?(居民|村民|人员|群众|市民)[^。;,\n]{0,2}?出行|(一律|全部|全员|严格)居家(?!办公|学习|养老|上课|监测|健康监测)/g;
/**
 * Presence in public space forbidden to everyone ("农村居住的人员严禁在村湾内的道路、…等公共区域闲逛、运动"), and people
 * refused their way home or turned back ("赴外地返回密山不予接收", "返乡人员一律劝返") — lockdown by notice, beyond what a
 * notice may set (立法法第11条; the measures of 传染病防治法第42条 are the government's, by the procedure it names).
 */
const PUBLIC_SPACE_RE =
  /(严禁|禁止|不得|不准|不许)在[^。;\n]{0,40}?(街道|道路|广场|公园|公共区域|公共场所|村湾|村内|村里|小区内|楼栋|院外)[^。;\n]{0,24}?(闲逛|走动|逗留|串门|散步|游玩|溜达)/g;
const TURNED_BACK_RE =
  /(返回|返乡|返村|回村|回乡|回家|进村|入村|回来)[^。;,，\n]{0,12}?(不予接收|不予放行|一律劝返|不得进入|不准进入|禁止进入|一律不得进入)|(外来|外地|非本[村地市县镇区]籍?)人员[^。;,，\n]{0,6}?一律劝返/g;
/**
 * Round eleven: quarantine and movement limits a notice sets — "市外返回人员…居家隔离14天", "一律集中隔离", "居民暂停一切
 * 不必要出行", "所有村庄、小区实行封闭管理"; only the government under 传染病防治法第39–43条 may order them, by its
 * procedure. Advice ("倡导", "建议", "尽量") is not an order (checked in code).
 */
const BASE_QUARANTINE_RE =
  /(居家|集中|强制|隔离点|酒店)(隔离|隔離)(观察|觀察|医学观察)?[^。;,，\n]{0,4}?[\d一二三四五六七八九十]+\s*(天|日)|一律(采取|实行|实施|进行|予以)?(集中|居家|强制)?(隔离|隔離)|(暂停|停止)一切[^。;,，\n]{0,8}?(出行|外出|流动)|(村|村庄|农村|小区|社区|城区|楼栋|居民区|街道|全县|全镇|全乡|全市)[^。;\n]{0,8}?(实行|实施|一律)(全封闭|全域封闭|封闭式|封闭)管理/;
/**
 * Round twelve (A): the days before the measure ("实行14天居家隔离"), a group ordered into isolation ("对外地返村人员进行
 * 集中隔离观察"; not 隔离治疗, a hospital's under 传染病防治法第39条), villages and homes sealed ("一律实行封村").
 */
const MORE_QUARANTINE_RE =
  /[\d一二三四五六七八九十]+\s*(天|日)的?(居家|集中|强制)(隔离|隔離)|对[^。;\n]{0,16}?(人员|者)[^。;,，\n]{0,4}?(进行|实行|实施|予以|采取)(集中|居家|强制)?(隔离|隔離)(?!治疗)|(实行|实施|一律|全面|全部)(封村|封户|封楼|封门)(?!政策)/;
const QUARANTINE_RE = new RegExp(`${BASE_QUARANTINE_RE.source}|${MORE_QUARANTINE_RE.source}`, 'g');
/**
 * People sent back or escorted away by the text's own order ("一律遣返原籍", "由治保会押送至派出所"): removal by force is a
 * restriction of liberty only a law may provide (出境入境管理法's 遣返 is recited by name). A bare 遣返 is often a
 * seafarer's right to be brought home (船员遣返): only an order or a destination of origin counts.
 */
const REMOVAL_RE = /(一律|予以|强制|强行|立即|将其|统一)\s*(遣返|遣送)|(遣返|遣送)(回)?(原籍|原地|户籍地|原居住地)|押送(回|至|到)|押解(回|至|到)/g;
const ADVICE_BEFORE_RE = /(倡导|建议|提倡|呼吁|鼓励|尽量|尽可能|劝导)[^。;\n]{0,12}$/;

/**
 * Detention set by the text itself ("人员一律处以5日拘留", "由公安部门对当事人处以15日以下行政拘留" for an act no law
 * punishes so): only a law may set a penalty that restricts liberty (立法法第11条, 行政处罚法第10条). A duration is the
 * mark of a set penalty; the statute's own detention cited by name ("依照《治安管理处罚法》…予以拘留") is a recital.
 */
const DETAIN_RE = new RegExp(
  `(处以?|予以|给予|并处)[^。;,，\\n]{0,8}?[\\d一二三四五六七八九十]+\\s*日(以下|以内)?的?(行政)?拘留|(行政)?拘留\\s*[\\d一二三四五六七八九十]+\\s*(日|天)`,
  'g',
);
const STATUTE_NAMED_RE = /(依照|依据|根据|按照|依)\s*《/;
/** "除参与疫情防控工作的上班人员外，其他人员一律不得外出": those the exception names are not the ones confined. */
const EXCEPTION_RE = /除[^。;]{0,60}?(以外|之外|外)[,，]?/g;
const RESIDENT_RE = /村民|居民|群众|人员|住户|农户|本村|外来|返乡|返村|家庭成员|妇女|老人|人口|偷盗|盗窃|违者|者/;
const DUTY_RE = /委员会成员|成员|主任|书记|党员|会计|值班|岗位|工作人员|职工|干部|员工|上班|工作时间|学生|在校|上课|驾驶员|司机/;
/**
 * 扣留 of a person also when the person stands before the verb ("陌生人不准进村，进村一经发现则扣留"),
 * unless what is held is property (扣留其车辆). The person is looked for in code, only where the verb
 * stands (a look-behind would run at every character of the document).
 */
// 看管 of a person held ("看管教育", "看管起来"), not of property or children in one's care.
const HOLD_RE = /扣留|看押|看管(?=教育|起来|审查|反省)|强行留置|关起来/g;
const PERSON_BEFORE_RE = /(人|者|人员|村民|小偷|外人)[^。;\n车物财证货款钱资金具械机]{0,24}$/;
const PROPERTY_AFTER_RE = /^[^。;,\n]{0,4}?(车|物|财|证|工具|货|牲|鸡|鸭|猪|牛|羊|款|钱|资|金|东西|用具|设备|器具|机)/;
const PERSON_AFTER_RE = /^[^。;,\n]{0,4}?(人|本人|其人|当事人|村民)/;
/** Cutting water or power, as a sanction (not a maintenance notice). */
const UTILITY_RE = /停水停电|停电停水|断水断电|停水|停电|断水|断电|停止供水|停止供电|拉闸|掐电|不予供水|不予供电/g;
const SANCTION_RE = /违|拒|不交|不缴|未交|未缴|欠|处罚|惩罚|否则|予以|采取|有权|一律|屡教不改/;
const NOTICE_RE = /临时|检修|施工|计划|提前.{0,4}通知|故障|维修/;

export const rulesRestrictsLiberty: Rule = {
  id: 'rules.restricts-liberty',
  ref: 'P-VR-LIBERTY / P-VR-DEPRIVE',
  title: '限制人身自由、侮辱人格或停水停电',
  types: [...VILLAGE_RULES_TYPES, 'normative'],
  severity: 'must',
  message: '含有限制人身自由或侵犯人格尊严的内容',
  basis: BASIS.liberty,
  suggestion: '建议删除该内容。限制人身自由的强制措施和处罚只能由法律规定，任何组织不得侮辱人格、非法搜查身体或侵入住宅。',
  check(ctx) {
    const liberty = scan(ctx, LIBERTY_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      // "扣留过任何人", "任意扣留他人是违法的": what happened or what the speaker condemns.
      if (/(扣留|搜查|关押|拘禁|搜身|体罚|示众|游街|禁闭)过/.test(m[0]) || condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const confined = scan(ctx, CONFINE_RE, (m, unit, sentence): UnitHit | null => {
      // A ship or a vehicle held at a place ("船舶…不得离开指定地点") is no person confined.
      if (/船舶|船只|航空器|车辆/.test(sentence) && !/人员|村民|居民|群众/.test(sentence)) return null;
      // A news page's "原标题：…" line repeats the headline; the clause itself is found in the text.
      if (/^\s*原标题\s*:/.test(unit.text)) return null;
      if (negatedBefore(unit.text, m.index) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const goOut = scan(ctx, GO_OUT_RE, (m, unit, sentence): UnitHit | null => {
      // The subject may stand in the sentence before ("严格限制小区居民出行。除…外，一律不得外出").
      const own = sentence.replace(EXCEPTION_RE, '');
      const from = sentenceAround(unit.text, m.index).start;
      const subject = `${unit.text.slice(Math.max(0, from - 30), from)}${sentence}`;
      if (/^\s*原标题\s*:/.test(unit.text) || !(RESIDENT_RE.test(subject) || CITIZEN_RE.test(subject)) || DUTY_RE.test(own)) return null;
      // "倡导非必要不出门": advice, not an order.
      if (/(倡导|建议|提倡|呼吁|鼓励|尽量|尽可能)[^。;,\n]{0,4}$/.test(unit.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      if (negatedBefore(unit.text, m.index) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      if (confined.some((h) => h.unit === unit && Math.abs(h.start - m.index) < 30)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const lockdown = [PUBLIC_SPACE_RE, TURNED_BACK_RE, ENTRY_BAN_RE, STAY_RE].flatMap((re) =>
      scan(ctx, re, (m, unit, sentence): UnitHit | null => {
        if (/^\s*原标题\s*:/.test(unit.text) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
        if (re === ENTRY_BAN_RE && excused(unit.text, m.index, m.index + m[0].length, sentence)) return null;
        if (re === STAY_RE && (excused(unit.text, m.index, m.index + m[0].length, sentence) || ANIMAL_RE.test(sentence) || negatedBefore(unit.text, m.index) || goOut.some((h) => h.unit === unit && Math.abs(h.start - m.index) < 16))) return null;
        if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
        return { unit, start: m.index, end: m.index + m[0].length };
      }),
    );
    const quarantined = scan(ctx, QUARANTINE_RE, (m, unit, sentence): UnitHit | null => {
      if (/^\s*原标题\s*:/.test(unit.text) || ADVICE_BEFORE_RE.test(unit.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      if (negatedBefore(unit.text, m.index) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      // Animals isolated ("对疑似患有狂犬病的犬只…采取隔离") are no person confined.
      if (/犬|畜|禽|动物|宠物/.test(sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const near = (hits: UnitHit[], unit: UnitHit['unit'], index: number) => hits.some((h) => h.unit === unit && Math.abs(h.start - index) < 16);
    const atHome = [HOME_ISOLATION_RE, CONDITIONAL_OUT_RE].flatMap((re) =>
      scan(ctx, re, (m, unit, sentence): UnitHit | null => {
        if (/^\s*原标题\s*:/.test(unit.text) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
        if (excused(unit.text, m.index, m.index + m[0].length, sentence) || ANIMAL_RE.test(sentence) || LAW_BOUND_PERSON_RE.test(sentence)) return null;
        if (negatedBefore(unit.text, m.index) || lifted(unit.text, m.index) || condemnedAfter(unit.text, m.index + m[0].length)) return null;
        if (near(quarantined, unit, m.index) || near(goOut, unit, m.index) || near(lockdown, unit, m.index)) return null;
        return { unit, start: m.index, end: m.index + m[0].length };
      }),
    );
    const removed = scan(ctx, REMOVAL_RE, (m, unit, sentence): UnitHit | null => {
      if (/^\s*原标题\s*:/.test(unit.text) || ADVICE_BEFORE_RE.test(unit.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      if (negatedBefore(unit.text, m.index) || STATUTE_NAMED_RE.test(sentence) || publicSecurityReferral(sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      // "被遣返回国的" names what happened; deportation (遣送出境) and escorting suspects are powers the law gives.
      if (/被$/.test(unit.text.slice(Math.max(0, m.index - 1), m.index)) || /出境|犯罪嫌疑人|被告人|罪犯|被执行人/.test(sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const detained = scan(ctx, DETAIN_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || STATUTE_NAMED_RE.test(sentence) || publicSecurityReferral(sentence)) return null;
      if (restatedPublicOrderOffence(unit.text, m.index, m[0]) || statuteArticleParagraph(unit.text)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const ownBan = scan(ctx, BARE_DETENTION, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || publicSecurityReferral(sentence) || !detentionForOwnBan(unit.text, m.index, sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence) || condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    const held = scan(ctx, HOLD_RE, (m, unit, sentence): UnitHit | null => {
      const after = unit.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // 扣留 + person after it is LIBERTY_RE's own case; property after it is not a person held.
      if (PERSON_AFTER_RE.test(after) || PROPERTY_AFTER_RE.test(after)) return null;
      if (!PERSON_BEFORE_RE.test(unit.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (negatedBefore(unit.text, m.index) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (condemnedAfter(unit.text, m.index + m[0].length)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
    // In a normative document cutting water or power to force compliance is a means of compulsion (行政强制法第43条),
    // reported by normative.sets-coercion; here it is the village rules' sanction.
    const utility = ctx.type === 'normative' ? [] : scan(ctx, UTILITY_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || NOTICE_RE.test(sentence) || !SANCTION_RE.test(sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      return {
        unit,
        start: m.index,
        end: m.index + m[0].length,
        severity: 'should',
        message: '以停水、停电等剥夺基本生活条件的方式作为惩罚',
        basis: BASIS.utility,
        suggestion: '建议删除以停水、停电作为惩罚手段的内容；欠缴费用等问题应通过协商、调解或依法追索解决。',
      };
    });
    // Round seventeen: a restriction the cited article (or the law cited as the basis) itself provides is restated.
    // Detention for the text's own ban stays the text's unless the article named provides it.
    const own = [...liberty, ...confined, ...goOut, ...lockdown, ...quarantined, ...atHome, ...removed, ...detained, ...ownBan, ...held].filter(
      (h) => !restatesCitedStatute(ctx, h.unit, h.start, libertyClass(h.unit.text.slice(h.start, h.end)), ownBan.includes(h)),
    );
    return [...own, ...utility];
  },
};

/**
 * Figures gone from the placeholder.blank rule's point of view: a unit, a currency or a share standing where a
 * drafted sentence puts a number before it (the underline the figure stood on was lost on the way to text).
 */
import type { Blank } from './placeholder-blank-find.js';
import { guarded, matchesIn } from './guarded.js';

/**
 * A quantity with its figure gone (the underline it stood on was lost on the way to text): "面积亩",
 * "每亩每年人民币元", "合计人民币（大写）元整". No drafted sentence puts the unit straight after these words.
 */
const NO_FIGURE_RE =
  /(?:人民币|面积|共计|合计|总计|总额|出让金|租金|价款|金额|单价|总价|保证金|违约金|赔偿金|押金|定金|滞纳金|补偿款|补偿费|承包费|租赁费|转让费|货款|房款|转让款|投资款|拟投资|计划投资|总投资)(?:\((?:大写|小写)\))?(?:为|是)?\s*:?\s*(?:万元|元|亩|平方米|㎡)(?![均数产旦宵])(?!为?(?:计算|记账|计量|结算)?单位)/g;
/** A term with its figure gone: "租赁期年，先付后用", "承包期限为年。" (not "租赁期年租金", "期限年内"). */
const TERM_NO_FIGURE_RE = /(?:租赁期|租期|承包期|经营期|期限)(?:为|是)?\s*:?\s*(?:年|个月)(?=[,.。;、)]|$)/g;
/**
 * The same with the space or colon left between ("面积 亩", "总面积: 亩", "人民币 元/㎡"), a rate with no
 * figure ("每平方米元") and a sum stated as "为元" before punctuation ("工程总价款为元。") — but not a
 * currency unit ("金额单位为元").
 */
const RATE_NO_FIGURE_RE = /每(?:平方米|㎡|亩|月|年|吨|人|户|天|日|间)\s*(?:万元|元)(?![旦宵])|(?<!单位|币种|单位:)(?:为|是)\s*:?\s*(?:万元|元)(?:人民币)?(?=[,.。;、)(]|整|$)/g;
/** A share of a sum with its figure gone: "工程余款为项目总款的，作为质量保证金" (not the conditional "…价款的，"). */
const SHARE_NO_FIGURE_RE = /(?:总款|总价款?|价款|合同价|金额|总额|租金|款项)的(?=\s*[,。;])/g;
/** …and the share is stated ("为/占" shortly before), which the conditional "逾期支付价款的，" is not. */
// Not 为 inside a verb (代为/作为/认为), and not across another 的 ("为担保目的而估计的金额的，").
const SHARE_LEAD_RE = /(?:(?<![代作认行成因])为|占)[^,。;为占的\n]{0,8}$/;
/**
 * Money written as nothing but its signs: a currency sign with no figure ("总费用:¥ (大写: 圆整)"), the
 * uppercase amount with only its closing word ("(大写: 圆整)"), a per-unit price whose figure went with the
 * slash ("每个账户:元月") — but not a currency unit ("单位:元").
 */
const MONEY_SIGNS_RE =
  /[¥￥]\s*(?:\(\s*)*(?:大写\s*:?\s*(?:\(\s*)*(?:人民币)?\s*[圆元]整?\s*\)*)?(?=$|[\s,.。;、)(])|大写\s*:?\s*(?:人民币)?\s*[圆元]整(?=$|[\s,.。;、)])|(?<!单位|币种|单位\s|货币)(?<![\d\u4e00-\u9fa5]元):\s*(?:万元|元)(?=[/月年日天次件个]|$|[,.。;、)])/g;

const FIGURE_PATTERNS = [
  guarded('quantity without its figure', NO_FIGURE_RE, /[元亩米㎡]/),
  guarded('term without its figure', TERM_NO_FIGURE_RE, /期限?(?:为|是)?\s*:?\s*(?:年|个月)/),
  guarded('rate or sum without its figure', RATE_NO_FIGURE_RE, /元/),
  guarded('money signs only', MONEY_SIGNS_RE, /[¥￥]|[圆元]整|:\s*万?元/),
];
const SHARE = guarded('share without its figure', SHARE_NO_FIGURE_RE, /的\s*[,。;]/);

export function figureBlanks(text: string, out: Blank[]): void {
  for (const g of FIGURE_PATTERNS) {
    for (const m of matchesIn(text, g)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  // The lead-in is checked only where the rare "…的，" matched (a look-behind would run at every character).
  for (const m of matchesIn(text, SHARE)) {
    if (SHARE_LEAD_RE.test(text.slice(Math.max(0, m.index - 9), m.index))) out.push({ start: m.index, end: m.index + m[0].length });
  }
}

import { aboutContracts } from './contract-commentary.js';
import { CONTRACT_TYPES, endsCutOff } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Severity } from '../../../../shared/domain/matter.js';
import type { Rule, TitleHit } from '../types.js';
import { isAnnouncement } from './announcement.js';

interface Term {
  name: string;
  /** All of these must be present somewhere in the text. */
  patterns: RegExp[];
  severity: Severity;
}

/** The eight items of 民法典第470条 as keyword groups (domain reference, rule P-CT-470). */
const PARTY = /甲方|乙方|丙方|出租[人方]|承租[人方]|发包[人方]|承包[人方]|买方|卖方|出卖人|买受人|委托[人方]|受托[人方]|借款人|贷款人|出借人|保证人|债权人|债务人|转让方|受让方|供方|需方|供货方|采购[人方]|供应商|投资方|合作方|流转方/;
const TERMS: Term[] = [
  {
    name: '当事人的姓名或者名称和住所',
    // 住所 or an identification number: a party named by its role only ("甲方：XX") is not identified.
    patterns: [PARTY, /名称|住所|地址|住址|统一社会信用代码|身份证|证件号|法定代表人|营业执照/],
    severity: 'should',
  },
  {
    name: '标的',
    patterns: [/标的|主债权|保证责任|担保|租赁物|商铺|门面|铺面|厂房|仓库|车位|房屋|土地|工程|货物|商品|产品|服务|项目|委托事项|代理事项|借款|股权|设备|物资|数据|场地|厂房|资产|鱼塘|山林|林地|耕地|荒山|林木|水面|滩涂/],
    severity: 'should',
  },
  {
    name: '数量',
    patterns: [/数量|面积|亩|平方米|平米|㎡|m2|吨|一套|整套|整栋|一间|房号|室\d|\d+\s*室|\d+\s*(台|件|套|辆|箱|批|公斤|千克|米|股|间|栋|处)|份额|股份|工程量|借款金额|本金|规模/],
    severity: 'hint',
  },
  {
    name: '质量',
    // For leases the quality term is the state of the premises and their facilities.
    patterns: [/质量|标准|等级|验收|规格|品质|型号|技术要求|现状|完好|状况|设施|设备|装修|家具|家电|维修|保养|符合.{0,10}(要求|规范)/],
    severity: 'hint',
  },
  {
    name: '价款或者报酬',
    patterns: [/价款|价格|租金|报酬|费用|经费|人民币|¥|\d\s*元|合同金额|总价|金额|单价|转让款|代理费|律师费|利息|服务费|承包费|流转费|对价|款项/],
    severity: 'should',
  },
  {
    name: '履行期限、地点和方式',
    patterns: [/期限|工期|交付|履行地点|起止|履行期|交货|期间|日前|之日起|支付方式|付款方式|交付方式|\d{4}\s*年/],
    severity: 'should',
  },
  { name: '违约责任', patterns: [/违约|赔偿/], severity: 'should' },
  { name: '解决争议的方法', patterns: [/争议|仲裁|诉讼|人民法院|纠纷|起诉/], severity: 'should' },
];

/** How a contract refers to itself ("本合同", "本协议书"): a report about one says "签订的合同", "协议规定". */
const SELF_REFERENCE_RE = /本(?:合同|协议|契约|合约|租约)|此(?:合同|协议)|立(?:合同|协议|契约|字据)|(?:合同|协议)(?:如下|条款如下)|订立(?:本|此)/;
/** A contract defines its parties at a line's start ("甲方：", "出租方（甲方）：", "发包方:"). */
const PARTY_LINE_RE = new RegExp(`(?:^|\\n)\\s*(?:${PARTY.source})(?:\\s*[(（][^)）\\n]{0,20}[)）])?\\s*[:：]`);

/**
 * A news story, a court report or a village notice that tells of a contract (round ten, issue 13: "村委会跟
 * 公司所签的这份合同…", "协议规定，…租期自2002年…") never calls itself 本合同 nor names its parties at the head
 * of a line: it is about a contract, not one, and its missing clauses are no defect of the text under review.
 */
export function aboutAContract(text: string): boolean {
  return !SELF_REFERENCE_RE.test(text) && !PARTY_LINE_RE.test(text) && !DRAFTING_RE.test(text) && !PARTY_DUTY_RE.test(text);
}
/**
 * The drafting voice of a contract or an excerpt of its clauses: numbered clause lines ("1) 乙方负责…", "第三条",
 * "一、"), a signature line ("甲方（盖章）"), the end mark "以下无正文".
 */
const DRAFTING_RE = new RegExp(
  `(?:^|\\n)\\s*(?:第[一二三四五六七八九十百零〇\\d]+条|[一二三四五六七八九十]+[、.．]|\\d{1,2}[)）、.．](?!\\d)|[(（][一二三四五六七八九十\\d]{1,3}[)）])|(?:${PARTY.source})\\s*[(（]?(?:盖章|签字|签章|签名)|以下无正文`,
);
/** A party bound by the text: "乙方负责…", "甲方应当…", "承租方不得…". */
const PARTY_DUTY_RE = new RegExp(`(?:${PARTY.source})[^。;；\\n]{0,12}(?:应当|应|须|必须|负责|不得|有权|承担)`);

export const contractMissingClause: Rule = {
  id: 'contract.missing-clause',
  ref: 'P-CT-470',
  title: '合同缺少一般条款',
  types: CONTRACT_TYPES,
  severity: 'should',
  message: '合同缺少民法典第470条所列的一般条款',
  basis: BASIS.civil470,
  suggestion: '建议补充该项条款。民法典第470条所列为合同一般包括的条款，缺少不必然导致合同无效，但易引发争议。',
  check(ctx) {
    const text = ctx.fullText;
    // A judgment or a news report about a contract is not the contract.
    if (text.trim() === '' || ctx.structure.genre === 'report' || aboutAContract(text) || aboutContracts(text) || isAnnouncement(ctx)) return [];
    // A lease of one premises (该房屋, 商铺) has its quantity in the thing itself.
    const onePremises = /租赁|出租|承租/.test(text) && /房屋|房产|住房|商铺|门面|铺面|厂房|场地|车位|写字楼/.test(text);
    // Quantity and quality do not apply to guarantees, loans, agency or service contracts.
    const noGoods = /保证|担保|借款|借贷|委托|代理|股权|咨询|顾问|服务|劳务|聘用/.test(ctx.title);
    const missing: Term[] = [];
    for (const term of TERMS) {
      if (noGoods && term.severity === 'hint') continue;
      if (onePremises && term.name === '数量') continue;
      if (term.patterns.every((p) => p.test(text))) continue;
      missing.push(term);
    }
    if (missing.length === 0) return [];
    // One finding that lists every missing item (an excerpt of a contract misses several at once; the
    // reviewer reads one line, not four of the same kind), as loud as the weightiest of them.
    const names = missing.map((t) => `“${t.name}”`).join('');
    // A text that stops mid-sentence is an excerpt or a cut copy: the missing items (and the signature
    // block, which contract.no-signature then leaves to this finding) may be in the part not submitted.
    if (endsCutOff(ctx)) {
      return [
        {
          anchor: 'title',
          severity: 'hint',
          message: `文本在句中中断，似为节选或不完整的文本：未见${names}条款及签署栏，请确认提交的是否为完整合同`,
          suggestion: '请提交完整的合同文本后再审查；如确为完整文本，建议补充上述条款及当事人签名（盖章）栏。',
        },
      ];
    }
    const hit: TitleHit = {
      anchor: 'title',
      severity: missing.some((t) => t.severity === 'should') ? 'should' : 'hint',
      message: `未发现${names}条款（民法典第470条）`,
      suggestion: `建议补充${names}的约定。民法典第470条所列为合同一般包括的条款，缺少不必然导致合同无效，但易引发争议。`,
    };
    return [hit];
  },
};

import { clauseInReport, negatedBefore, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import type { MatterType } from '../../../../shared/domain/matter.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, Rule, UnitHit } from '../types.js';
import { guarded } from './guarded.js';

const FC_TYPES: readonly MatterType[] = ['normative', 'decision', 'contract', 'village.project'];
/** Drafting offices call themselves 我市/我区/我县 as often as 本市. */
// Every self-reference of the drafting body (本/我 + 市/县/区/镇/乡/村/街道/旗/州, 本辖区, 本地区).
const LOCAL = '本地区|本地|本市|本县|本区|本省|本镇|本乡镇|本乡|本村|本街道|本旗|本州|本辖区|当地|辖区内|区内|县内|市内|省内|县域内|市域内|我市|我县|我区|我省|我镇|我乡|我村|我街道|我旗|我州|地产';
/** Outside the area (公平竞争审查条例第9条's 外地). */
const OUTSIDE = '(外地|外省|外市|外县|外区|外乡|非本地|市外|县外|省外|区外)';
/** Goods and firms, not people or their cars (a lockdown's "外地人员、车辆一律不得进入" is the liberty rule's). */
const GOODS = '商品|产品|货物|生猪|牲畜|家禽|禽|蔬菜|农产品|粮食|建材|水泥|砂石|煤炭|酒|药品|种子|化肥|农资|水果|肉|奶|企业|经营者|供应商';
const FAVOUR = '优先|限定|指定|仅限|只能|须在本地|注册地|设立分支机构|在本地纳税|纳税';
/** (a) local firms/products favoured; (b) outside firms restricted; (c) designated suppliers or brands. */
export const LOCAL_RE = new RegExp(
  [
    `(${LOCAL})[^。;\\n]{0,6}?(企业|经营者|产品|商品|供应商|单位|生产的|施工队伍|品牌)[^。;\\n]{0,12}?(${FAVOUR})`,
    `(${FAVOUR})[^。;\\n]{0,10}?(使用|采购|选用|购买|选择|采用)?[^。;\\n]{0,4}?(${LOCAL})[^。;\\n]{0,6}?(企业|经营者|产品|商品|供应商|单位|生产|施工队伍|公司|厂家|品牌)`,
    // "原则上应选择本辖区内的企业承接", "须由本地企业承建": the choice itself required.
    `(应当|应|须|必须|原则上|一律)(优先)?(选择|选用|采用|使用|采购|购买|委托|交由|由|为|是|从|向)[^。;\\n]{0,4}?(${LOCAL})[^。;\\n]{0,10}?(企业|经营者|产品|商品|供应商|施工队伍|施工队|公司|厂家|生产|制造|出产)`,
    // Bidders made to hold a local authority's paper: "投标人须具有本市建设行政主管部门核发的备案证明".
    `(投标人|供应商|参与|企业|经营者)[^。;\\n]{0,6}?(须|必须|应当|应)(具有|具备|持有|取得|提供)(${LOCAL})[^。;\\n]{0,16}?(核发|颁发|出具)的?[^。;\\n]{0,8}?(证明|证书|备案|登记|资质)`,
    // A designated seller: "乙方所用砂石料须向镇砂石公司统一购买".
    `(须|必须|应|应当|一律)(向|从|在)[^。;,，\\n]{0,12}?(公司|企业|厂|站|中心|商店|门市)[^。;,，\\n]{0,4}?统一(购买|采购|购置|订购|进货)`,
    // "参加投标的企业须为本县注册的建筑企业".
    `(须|必须|应当|应|限于|仅限|只能)(为|是)?(${LOCAL})[^。;\\n]{0,6}?(注册|登记|设立)[^。;\\n]{0,6}?(企业|公司|供应商|单位|法人|投标人|经营者)`,
    `(外地|外省|外市|外县|非本地|市外|县外|省外|区外)[^。;\\n]{0,12}?(企业|经营者|产品|商品|供应商|单位|投标人)[^。;\\n]{0,12}?(不得|限制|禁止|加收|另行|不予|须在|应当在|必须在|(须|必须|应当|应|需|需要)[^。;\\n]{0,10}?(办理|取得|提供|缴纳|登记|备案|设立|注册|报))`,
    `(须|必须|应当|应)在(本地|本市|本县|本区|本省|当地)[^。;\\n]{0,8}?(注册|设立|纳税|登记)`,
    `(注册登记|注册地|税务关系|纳税关系|税收关系|税收解缴)[^。;\\n]{0,6}?在[^。;,\\n]{1,8}?(区|县|市|镇)`,
    `在(本区|本县|本市|本镇|本地|当地)[^。;\\n]{0,12}?(结算|纳税|缴纳|汇缴|清算|缴税)`,
    // Round twelve (A), 公平竞争审查条例第9条: outside goods kept out of the local market (第1项); outside firms made to keep
    // premises or a company locally (第2、3项) or local bidders given points; charges or repeated checks only for outside
    // goods (第4、5项). 第8条第3项: buying only at a designated outlet or from a named seller.
    `${OUTSIDE}[^。;\\n]{0,10}?(${GOODS})[^。;\\n]{0,6}?(不得|禁止|一律不得|不准|严禁|限制)[^。;\\n]{0,4}?(进入|销售|调入|流入|上市|入市|进场)`,
    `(禁止|严禁|不得|限制|不准)[^。;\\n]{0,4}?${OUTSIDE}[^。;\\n]{0,8}?(${GOODS})[^。;\\n]{0,4}?(进入|调入|流入|入市|进场|销售)`,
    `(投标人|供应商|参与|企业|经营者|施工单位|中标人|单位)[^。;\\n]{0,8}?(须|必须|应当|应)在(${LOCAL}|县域内|市域内)[^。;\\n]{0,10}?(设有|具有|拥有|有|设立|成立)[^。;\\n]{0,10}?(办公场所|分支机构|办事处|营业场所|售后服务机构|服务机构|服务网点|分公司|子公司|独立法人)`,
    `(${LOCAL})[^。;\\n]{0,8}?(企业|供应商|投标人|产品|单位)[^。;\\n]{0,6}?(加分|加[\\d一二三四五六七八九十]+分|价格扣除|优先中标|优先入围)`,
    `${OUTSIDE}[^。;\\n]{0,12}?(${GOODS}|车辆)[^。;\\n]{0,10}?(收取|征收|加价|加倍)|${OUTSIDE}[^。;\\n]{0,16}?(重复检验|重复检测|重新检验|重新检测|另行检测|另行检验|重复认证|重新认证)`,
    `指定[^。;,\\n]{0,8}?(网点|门店|商店|超市|服务商|经销商|代理商|销售点)|(须|必须|应当|一律|只能|只准)(向|从|到)[^。;,，\\n]{0,12}?(公司|企业|厂|商店|门市|网点|门店|经销商)[^。;,，\\n]{0,6}?(购买|采购|购置|订购|进货)`,
    `指定[^。;,\\n]{0,8}?(企业|公司|供应商|品牌|单位|厂家)|限定[^。;,\\n]{0,8}?(购买|使用|经营)|统一(购买|采购|使用)[^。;\\n]{0,20}?(由|向)|由[^。;,\\n]{0,10}?(公司|企业|单位|厂)统一(供应|供货|提供|配送)`,
  ].join('|'),
  'g',
);
/**
 * Words one of which every match of LOCAL_RE contains (each branch's required literal: a self-reference, an outside
 * place, 统一/指定/限定, a registration or tax tie, 须/应当/一律/只能/只准 + 向/从/到). LOCAL_RE's twenty branches with
 * their lazy windows were the single costliest pattern of the pre-checks (issue 13's 150 ms budget); this skips the
 * units where it cannot match. Keep it in step with LOCAL_RE's branches.
 */
export const LOCAL_RE_WORDS = new RegExp(
  `${LOCAL}|外地|外省|外市|外县|外区|外乡|非本地|市外|县外|省外|区外|统一|指定|限定|注册登记|注册地|税务关系|纳税关系|税收关系|税收解缴|[须当律能准][向从到]`,
);
/** LOCAL_RE run only where one of its words stands (guarded.test.ts checks the words against every match). */
const LOCAL_PREFERENCE = guarded('local preference', LOCAL_RE, LOCAL_RE_WORDS);
/** Registration or tax ties (patterns 4–6 above) in a sentence about a reward are a selective-subsidy question. */
const TIE_RE = /注册|纳税|税务关系|税收关系|结算|缴纳|汇缴|清算|缴税|设立|登记/;
const REWARD_RE = /给予|奖励|补贴|补助|资助|扶持|享受|奖补|资金/;

/**
 * A support policy's eligibility criteria ("满足以下条件…认定为总部企业：（一）注册登记、税务关系在甘井子区")
 * tie the district's own support to firms registered and taxed there: a selective-subsidy question (the
 * subsidy rule asks it), not a preference among suppliers — unless the tie governs a purchase or a bid.
 */
const SUPPORT_TITLE_RE = /扶持|奖励|补贴|补助|资助|奖补|激励|支持|优惠|鼓励|促进[^。]{0,12}发展|若干(政策|措施)/;
const MARKET_RE = /招标|投标|评标|加分|采购|供应商|中标|入围|准入|承接|承揽|施工队伍|供货/;
/** How far back a list's lead-in ("符合下列条件的…可以申请扶持：") may stand. */
const LEAD_IN_REACH = 8;

function supportCriterion(ctx: CheckContext, unit: TextUnit, sentence: string): boolean {
  if (MARKET_RE.test(sentence)) return false;
  if (REWARD_RE.test(sentence) || SUPPORT_TITLE_RE.test(ctx.title)) return true;
  // The list item's lead-in: the nearest earlier line ending with a colon.
  for (let i = unit.id - 1; i >= 0 && i >= unit.id - LEAD_IN_REACH; i--) {
    const t = (ctx.units[i] as TextUnit).text.trim();
    if (/[:：]$/.test(t)) return !MARKET_RE.test(t) && (REWARD_RE.test(t) || /认定|申请|申报/.test(t));
  }
  return false;
}

/** Buying from the area itself: 采购区内企业生产的, 使用本地产品, 本地配套采购. */
const LOCAL_PURCHASE_RE = new RegExp(
  `(采购|购买|使用|选用|采用)[^。;,，\\n]{0,2}?(${LOCAL})[^。;\\n]{0,12}?(企业|产品|商品|供应商|生产|制造|建材|材料|原材料|原料|物资|设备|农机|苗木|种苗|农产品|特产)|(${LOCAL})配套采购`,
  'g',
);
// Both branches name the area (LOCAL).
const LOCAL_PURCHASE = guarded('purchase from inside the area', LOCAL_PURCHASE_RE, new RegExp(LOCAL));
/** The sentence ties the purchase to public support. */
const SUPPORT_RE = /给予|奖励|补贴|补助|资助|扶持|支持|奖补|申报|资金/;

/** Protective sentences: 不得限定/不得排斥外地经营者. */
/** A closure ordered for an emergency (疫情, 封控): what it spares is named, not chosen as a supplier. */
const CLOSURE_RE = /关停|关闭|停业|暂停营业|停止营业|歇业|暂停开放|停止开放/;
const PROTECT_RE = /(不得|禁止|严禁|不准|不应|杜绝|防止|清理|废除|取消)[^。;\n]{0,12}?(限定|指定|排斥|限制|歧视|设置|要求|优先|强制)/;

export const fairCompetitionLocal: Rule = {
  id: 'fair-competition.local-preference',
  ref: 'P-FC-LOCAL / P-FC-DESIGNATE',
  title: '排除、限制竞争（地方保护、指定交易）',
  types: FC_TYPES,
  severity: 'should',
  message: '疑似偏向本地经营者、限制外地经营者或指定交易，可能排除、限制竞争',
  basis: BASIS.fairLocal,
  suggestion:
    '建议删除偏向本地企业、限制外地经营者或指定特定经营者的表述，对各类经营者一视同仁；确需保留的，应经公平竞争审查并在审查结论中说明适用例外的理由。',
  check(ctx) {
    const local = scan(ctx, LOCAL_PREFERENCE, (m, unit, sentence): UnitHit | null => {
      if (PROTECT_RE.test(sentence) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
      // "除指定蔬菜粮油超市外，…娱乐场所全部关停": the outlets an emergency closure spares, no trading partner designated.
      if (/^指定/.test(m[0]) && /除[^。;]{0,6}指定[^。;]{0,24}外/.test(sentence) && CLOSURE_RE.test(sentence)) return null;
      // An item of a list the text forbids ("不得含有下列…内容：（一）限制外地…商品…进入本地市场").
      if (inForbiddenList(ctx, unit)) return null;
      // Buying from any seller an authority approved or licensed is a qualification, not one seller designated.
      if (/(批准|许可|许可证|核准|备案|认证|资质|资格)的[^。;,，]{0,12}(企业|公司|厂|单位|经销商)/.test(sentence) && /(向|从|到)/.test(m[0])) return null;
      // A kind of seller ("应当向生产烟花爆竹的企业采购") is no seller designated.
      if (/^(须|必须|应当|一律|只能|只准)(向|从|到)/.test(m[0]) && /的(公司|企业|厂|商店|门市|网点|门店|经销商)/.test(m[0])) return null;
      // Being registered or located there ("申报主体须为本市行政区域内的企业") as a condition of support is the same tie.
      const tie = TIE_RE.test(m[0]) || new RegExp(`(为|是)(${LOCAL})`).test(m[0]);
      if (tie && !/优先|限定|指定|仅限|只能/.test(m[0]) && supportCriterion(ctx, unit, sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    }, { oncePerSentence: true });
    // Support that only buying from inside the area earns: "采购区内企业生产的产品…给予奖励",
    // "对使用本地产品的给予补贴" (the subsidies for buying local products).
    const bought = scan(ctx, LOCAL_PURCHASE, (m, unit, sentence): UnitHit | null => {
      if (PROTECT_RE.test(sentence) || negatedBefore(unit.text, m.index) || !SUPPORT_RE.test(sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      if (local.some((h) => h.unit === unit && Math.abs(h.start - m.index) < 40)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    }, { oncePerSentence: true });
    local.push(...bought);
    const placeRe = placePreferenceRe(ctx.fullText);
    const named = placeRe
      ? scan(ctx, placeRe, (m, unit, sentence): UnitHit | null => {
          if (PROTECT_RE.test(sentence) || !clauseInReport(ctx, unit, m.index, sentence)) return null;
          if (local.some((h) => h.unit === unit && Math.abs(h.start - m.index) < 40)) return null;
          return { unit, start: m.index, end: m.index + m[0].length };
        }, { oncePerSentence: true })
      : [];
    return [...local, ...named];
  },
};

/** The lead of a list of what is forbidden: "不得滥用行政权力，实施下列行为：", "不得含有下列…内容：". */
const FORBIDDING_LEAD_RE = /(不得|禁止|严禁)[^。]{0,40}下列[^。]{0,20}[:：]\s*$/;
const ITEM_RE = /^\s*([(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)/;

function inForbiddenList(ctx: CheckContext, unit: TextUnit): boolean {
  if (!ITEM_RE.test(unit.text)) return false;
  for (let i = unit.id - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const text = (ctx.units[i] as TextUnit).text;
    if (text.trim() === '' || ITEM_RE.test(text)) continue;
    return FORBIDDING_LEAD_RE.test(text);
  }
  return false;
}

/** Words before 产品/企业 that are not place names ("优质产品", "首台套产品"). */
const NOT_PLACE = /^(本地|优质|名牌|首台|重点|新型|高新|相关|其他|其它|有关|同类|进口|国产|农业|工业|科技|创新|环保|节能|绿色|特色|知名|龙头|中小|小微|民营|国有|外资|外地|各类|上述|该类|此类|全市|全县|全区|全省|好的)$/;

/**
 * A document that speaks of itself as 我市/本县 may favour its own place by name: "优先采用温州好产品",
 * "购买X县产品给予补贴". Names: two-character words before 产品/企业/制造/品牌 used at least three times.
 */
function placePreferenceRe(text: string): RegExp | null {
  if (!/我市|本市|我县|本县|我区|本区|我省|本省|我镇|本镇/.test(text)) return null;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2})(?=好产品|产品|制造|企业|品牌|造)/g)) {
    const w = m[1] as string;
    if (!NOT_PLACE.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // A place is also named as a place somewhere (温州市, 温州网讯, 温州籍).
  const names = [...counts]
    .filter(([w, n]) => n >= 3 && new RegExp(`${w}(市|县|区|省|镇|网讯|籍)`).test(text))
    .map(([w]) => w);
  if (names.length === 0) return null;
  const place = names.join('|');
  return new RegExp(
    [
      `(优先|首先|限定|指定|仅限|只能)[^。;\\n]{0,6}?(采购|采用|使用|选用|选择|购买|推荐|安排)?[^。;\\n]{0,4}?(${place})[^。;\\n]{0,4}?(好产品|产品|企业|品牌|制造)`,
      `(${place})[^。;\\n]{0,4}?(好产品|产品|企业|品牌)[^。;\\n]{0,10}?(列入|纳入)[^。;\\n]{0,12}?(采购目录|采购清单|推荐目录)`,
      `(购买|采购|使用)(${place})[^。;\\n]{0,4}?(产品|车|农机|商品)[^。;\\n]{0,20}?(补贴|奖励|补助)`,
    ].join('|'),
    'g',
  );
}

const SUBSIDY_RE =
  /税收返还|返还[^。;,\n]{0,6}?(税|地方留成|地方财政贡献|土地出让金)|返税|土地出让金[^。;,\n]{0,6}?返|按[^。;\n]{0,12}?(纳税额|税收|地方留成|地方财政贡献|地方贡献|财政贡献|区级贡献|县级贡献|市级贡献|区级留成|县级留成)[^。;\n]{0,12}?(比例|%|奖励|补助|补贴|扶持)|(地方财政贡献|地方留成|区级留成|县级留成|区级贡献|县级贡献)[^。;\n]{0,20}?(奖励|补助|补贴|扶持|返还)|优惠电价|零地价|先征后返|即征即退/g;
/** Each branch holds one of these: a tax, a rebate, a retained share or contribution, a price, 即征即退. */
const SUBSIDY = guarded('tax rebate or reward by tax paid', SUBSIDY_RE, /[税返]|留成|贡献|[电地]价|即征即退/);

export const fairCompetitionSubsidy: Rule = {
  id: 'fair-competition.selective-subsidy',
  ref: 'P-FC-SUBSIDY',
  title: '税收返还、按纳税额奖补',
  types: FC_TYPES,
  severity: 'hint',
  message: '按纳税额、地方财政贡献给予奖励或返还，可能属于给予特定经营者的税收优惠或选择性补贴',
  basis: BASIS.fairSubsidy,
  suggestion: '请核实该奖励、返还措施是否有法律、行政法规依据或经国务院批准，并已开展公平竞争审查；没有依据的，建议删除或改为普惠性措施。',
  check(ctx) {
    return scan(ctx, SUBSIDY, (m, unit, sentence): UnitHit | null =>
      /不得|禁止|严禁|清理|废止/.test(sentence) ? null : { unit, start: m.index, end: m.index + m[0].length },
    );
  },
};

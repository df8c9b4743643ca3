/**
 * Round eleven, issue 13: the classes the eleventh part's one run missed, generalised to the other wordings and
 * document kinds each stands for — property and animals taken by a notice, quarantine and movement limits set by a
 * notice, a villagers' vote reported with its content (and a report of conduct that is no rule). Written from the
 * legal pattern, not copied from a corpus page; every case that should fire failed on the round-ten engine.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, fired } from './rule-probe.js';

describe('property and animals taken by the notice itself are a coercive measure (行政强制法第9、10条)', () => {
  const coercion = (...t: string[]) => fired('normative', 'normative.sets-coercion', ...t);
  it('owned dogs deemed ownerless and seized, held or disposed of — also under a vague 依法', () => {
    expect(coercion('某镇人民政府关于规范养犬的通告', '凡未圈养的家犬，流浪外出的一律视为无主犬、流浪犬，予以捕捉，造成一切后果由犬主人承担。')).toBe(1);
    expect(coercion('某县关于开展流浪犬整治的通告', '二、凡在城区公共场所发现未牵绳的犬只，一律视为流浪犬进行捕捉。')).toBe(1);
    expect(coercion('某镇养犬管理通告', '逾期未迁出的，一律视为无主犬由综合行政执法部门予以收容、处置。')).toBe(1);
    expect(coercion('某乡关于整治散养犬只的公告', '凡未拴养的犬只，一律视为流浪犬，由工作组依法处置。')).toBe(1);
    // Traditional script, as some pages are served.
    expect(coercion('某鎮養犬管理通告', '逾期未遷出的，一律視為流浪犬，由執法部門予以收容、處置。')).toBe(1);
  });
  it('livestock, goods and stalls the notice orders taken', () => {
    expect(coercion('某县禁牧通告', '三、禁牧区内发现放养的牛羊，一律由乡镇予以收容，并通知畜主领回。')).toBe(1);
    expect(coercion('某街道关于整治占道经营的通告', '逾期不清理的，所占道摆放的物品一律予以收缴。')).toBe(1);
    expect(coercion('某镇关于禁止焚烧秸秆的通告', '对田间焚烧使用的工具一律由执法队予以没收。')).toBe(1);
    expect(coercion('某县关于高致病性禽流感防控的通告', '疫区内的家禽由乡镇组织集中扑杀。')).toBe(1);
  });
  it('a statute named, a measure negated or only the owner\'s own duty is no finding', () => {
    expect(coercion('某市养犬通告', '对违反规定的犬只，依照《某市养犬管理条例》第二十条予以收容。')).toBe(0);
    expect(coercion('某镇养犬通告', '养犬人应当自行拴养犬只，不得放任犬只流浪。')).toBe(0);
    expect(coercion('某县动物防疫站工作总结', '今年共收容流浪犬120只，接受领养85只。')).toBe(0);
  });
});

describe('quarantine and movement limits a notice orders restrict liberty (传染病防治法第39–43条)', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('home or central isolation for a number of days, or for a whole group', () => {
    expect(liberty('normative', '某镇关于春节返乡人员管理的通告', '市外返回人员：提供3天内核酸检测阴性结果，居家隔离14天。')).toBe(1);
    expect(liberty('normative', '某镇關於返鄉人員的通告', '市外返回人員：居家隔離14天。')).toBe(1);
    expect(liberty('village.rules', '某村防疫公约', '外地回村人员一律集中隔离，费用自理。')).toBe(1);
    expect(liberty('normative', '某县防控通告', '境外来县人员一律实行强制隔离医学观察。')).toBe(1);
  });
  it('outings stopped and places shut for everyone', () => {
    expect(liberty('normative', '某县关于加强疫情防控的通告', '即日起，所有农村、城区实行封闭管理，居民暂停一切不必要出行。')).toBe(1);
    expect(liberty('normative', '某街道防控通告', '辖区各小区一律实行封闭式管理。')).toBe(1);
  });
  it('advice, a school or a report of what was done is no finding', () => {
    expect(liberty('normative', '某县防控倡议书', '倡导居民尽量减少出行，建议返乡人员居家隔离14天。')).toBe(0);
    expect(liberty('normative', '某县教育局通知', '各学校实行封闭管理，外来人员不得入校。')).toBe(0);
  });
});

describe('a decision of the collective excluding married-out women, reported with its content (妇女权益保障法第55条)', () => {
  const women = (...t: string[]) => fired('village.other', 'village-rules.married-out-women', ...t);
  it('the vote and what it decided, the married-out status told in the sentence before', () => {
    expect(women('某村征地款分配纠纷', '她因为嫁给了外村男子，被叫做“外嫁女”。在村民大会上，多数村民表决，决定不分钱给她。')).toBe(1);
    expect(women('某村股份经济合作社情况说明', '几名出嫁女户口仍在本村。股东代表大会投票通过，取消她们的分红资格。')).toBe(1);
    expect(women('某组征收补偿分配会议记录', '经全体村民代表讨论通过，外嫁女不予分配征地补偿款。')).toBe(1);
  });
  it('case counts, a decision protecting them, or a decision without a loss is no finding', () => {
    expect(women('出嫁女维权调查', '在200多起农村女性婚后土地或成员权益案件中，接近九成遭遇了败诉或不予受理。')).toBe(0);
    expect(women('某村会议纪要', '外嫁女户口仍在本村的，经村民大会表决，决定与其他村民同等分配。')).toBe(0);
    expect(women('某村会议纪要', '她嫁到外村后，村民大会表决决定为她补办承包手续。')).toBe(0);
  });
});

describe('a campaign notice that states its own window owes no validity period', () => {
  const noValidity = (...t: string[]) => fired('normative', 'normative.no-validity-period', ...t);
  it('the window given as "时间为：…—…" or "时间是：…～…"', () => {
    expect(noValidity('某镇人民政府关于开展流浪犬专项整治的通告', '一、专项整治时间为：2025年9月20日—2025年9月27日。', '二、所有养犬户要立即将犬只圈养。', '三、本通告自发布之日起施行。')).toBe(0);
    expect(noValidity('某县关于开展占道经营集中整治的通告', '一、整治行动时间是：2025年3月1日～2025年3月31日。', '二、沿街商户不得占道经营。', '三、本通告自发布之日起施行。')).toBe(0);
  });
  it('a campaign that only starts, with a standing duty, still owes one', () => {
    expect(noValidity('某县关于开展流浪犬整治的通告', '一、自2023年9月10日起在县城区开展流浪犬专项整治行动。', '二、遛狗时必须牵绳。', '三、本通告自发布之日起施行。')).toBe(1);
  });
});

describe('a blank\'s excerpt shows its unit: a rate\'s "%" and the figures half of an amount in words', () => {
  function blankExcerpts(...texts: string[]): string[] {
    const bs = blocks('借款合同', ...texts);
    return runChecks({ blocks: bs, type: 'contract' }).filter((f) => f.rule === 'placeholder.blank').map((f) => f.excerpt);
  }
  it('"月利率为________%", "违约金为合同总额的____%"', () => {
    expect(blankExcerpts('1、借款月利率为________%。')).toEqual(['借款月利率为________%']);
    expect(blankExcerpts('五、逾期还款的，违约金为合同总额的____％，按日计算。')[0]).toContain('____％');
  });
  it('"人民币(大写) 元 (小写) 元" and its full-width forms', () => {
    expect(blankExcerpts('1.本合同项下的借款资金为人民币(大写) 元 (小写) 元。')[0]).toContain('(小写) 元');
    expect(blankExcerpts('金额：人民币（大写）　　　　元（小写：¥　　　元）。')[0]).toContain('小写：¥');
  });
});

describe('an empty party line with its short-name note is a blank; a heading over filled fields is not', () => {
  const blank = (type: MatterType, ...t: string[]) => fired(type, 'placeholder.blank', ...t);
  it('"受委托方(以下简称乙方):" left empty in a draft contract\'s head, prose after it', () => {
    expect(blank('contract', '物业服务合同', '委托方(以下简称甲方):某小区业主委员会', '受委托方(以下简称乙方):', '根据有关法律法规，双方在平等、自愿、协商一致的基础上，订立本合同。')).toBe(1);
    expect(blank('contract', '房屋租赁合同', '出租方（以下简称甲方）：张某', '承租方（以下简称乙方）：', '甲乙双方经协商一致，就房屋租赁事宜订立本合同。')).toBe(1);
  });
  it('"采购需求:" over the fields that fill it is a heading', () => {
    expect(blank('contract', '某医院物流传输系统项目公开招标公告', '预算金额(元):20999985', '采购需求:', '标项名称: 物流传输系统项目', '数量: 1', '预算金额(元):20999985')).toBe(0);
    // A list of group labels left empty stays blank.
    expect(blank('contract', '技术咨询合同', '第一条 咨询项目', '1.咨询内容:', '2.咨询要求:', '3.咨询方式:')).toBeGreaterThan(0);
  });
});

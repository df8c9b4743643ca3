/**
 * Round ten (B), issue 13: the normative and village rules by class — which documents owe a validity period at all,
 * liberty restricted by lockdown and detention wordings, fines in other words and scripts, texts that quote powers
 * rather than set them, indefinite leases. Written from the legal pattern (and the domain reference), not copied from
 * a corpus page; every case failed on the round-nine engine.
 */
import { describe, expect, it } from 'vitest';
import type { MatterType } from '../../../shared/domain/matter.js';
import { fired } from './rule-probe.js';

describe('only an administrative normative document owes a validity period (domain reference §1.2, NS-14)', () => {
  const noValidity = (...t: string[]) => fired('normative', 'normative.no-validity-period', ...t);
  it('a local regulation (条例) or its draft, adopted by a people\'s congress, owes none', () => {
    expect(noValidity('某市养犬管理条例', '（2022年9月30日某市第八届人民代表大会常务委员会第六次会议通过）', '第一条 为了规范养犬行为，制定本条例。', '第二条 本市行政区域内的养犬管理适用本条例。')).toBe(0);
    expect(noValidity('关于《某经济特区社会信用条例（草案修改二稿 征求意见稿）》公开征求意见的公告', '现将草案修改稿向社会公开征求意见。', '第一条 为了推进社会信用体系建设，制定本条例。', '第二条 本条例适用于本市。', '第三条 社会信用工作遵循合法原则。')).toBe(0);
    expect(noValidity('物业管理规定', '颁布单位:某市人大常委会', '第一条 为了规范物业管理活动，制定本规定。', '第二条 本规定适用于本市。')).toBe(0);
    // The implementing 办法 of a 条例 is a normative document and still owes one.
    expect(noValidity('某县养犬管理条例实施办法', '第一条 根据《某市养犬管理条例》，制定本办法。', '第二条 本办法适用于本县城区。')).toBe(1);
  });
  it('a rule or an administrative regulation promulgated by decree (令) owes none; internal work rules under a collector\'s note neither', () => {
    expect(noValidity('某市突发公共卫生事件应急办法（市政府令第77号）', '第一条 为了有效预防突发公共卫生事件，制定本办法。', '第二条 本办法适用于本市。')).toBe(0);
    expect(noValidity('某市物业管理办法', '某市人民政府令', '第12号', '第一条 为了规范物业管理，制定本办法。', '第二条 本办法适用于本市。')).toBe(0);
    expect(noValidity('某县人民政府工作规则（通知）', '第一章 总则', '第一条 为规范县政府工作，制定本规则。', '第二条 县政府实行县长负责制。')).toBe(0);
    // A decree the text only cites is not its own.
    expect(noValidity('某县物业管理实施办法', '第一条 根据《某市物业管理办法》（市政府令第12号），制定本办法。', '第二条 本办法适用于本县。')).toBe(1);
  });
  it('the period stated in the title or as the measure\'s own window is a period', () => {
    expect(noValidity('2024—2026年某省农机购置与应用补贴实施方案', '一、补贴对象', '二、补贴标准', '本方案由省农业农村厅负责解释。')).toBe(0);
    expect(noValidity('某市数字经济发展规划（2021-2025年）', '一、发展目标', '二、重点任务', '本规划由市发改委负责解释。')).toBe(0);
    expect(noValidity('某县人民政府关于禁牧的通告', '一、禁牧期间', '2025年3月1日至6月30日。', '二、禁牧范围', '全县草场。')).toBe(0);
    expect(noValidity('某县人民政府关于禁渔的通告', '县人民政府决定，20xx年7月25日至9月30日期间，在港湾水域实施禁渔。特通告如下：', '一、禁止一切捕捞作业。', '二、本通告自公布之日起生效。')).toBe(0);
    expect(noValidity('某县“十四五”农业农村现代化发展规划', '一、发展基础', '二、主要任务')).toBe(0);
    expect(noValidity('某县人民政府关于禁止在河道采砂的通告', '自2024年3月1日起至2024年6月30日止，禁止任何单位和个人在县境内河道采砂。', '一、违者由水利部门依法处理。')).toBe(0);
    // A period the title only quotes is another document's.
    expect(noValidity('某市关于贯彻《物流业发展中长期规划（2014-2020年）》的实施意见', '一、总体要求', '二、主要任务')).toBe(1);
  });
  it('a one-off event or a work notice to subordinate units sets no rules to apply again', () => {
    expect(noValidity('某县市场监督管理局关于开展一次公平竞争审查专项抽查的公告', '一、抽查时间', '6月初至6月下旬。', '二、抽查对象', '全县各行政机关。')).toBe(0);
    expect(noValidity('某区教育局关于开展2025年度优秀教师评选推荐工作的通知', '一、评选范围', '二、评选条件')).toBe(0);
    expect(noValidity('某镇人民政府关于禁止露天焚烧秸秆的通知', '各行政村：', '近期我镇露天焚烧秸秆现象较多，现要求各村加大宣传力度，指派专人开展巡查，及时制止露天焚烧行为。')).toBe(0);
    // A short notice to the public that forbids something sets rules; so does one that binds everyone or refers to itself.
    expect(noValidity('某镇人民政府关于禁止在河道倾倒垃圾的通告', '严禁在镇区河道内倾倒垃圾、渣土，违者由镇综合执法队依法处理。')).toBe(1);
    expect(noValidity('某县人民政府关于严禁露天焚烧农作物秸秆的通告', '在全县范围内禁止任何单位和个人露天焚烧农作物秸秆。', '本通告所称秸秆包括小麦、水稻、玉米。')).toBe(1);
  });
});

describe('liberty restricted by a lockdown notice or a detention the text sets', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('going out forbidden to "the others" after an exception, or with the subject in the sentence before', () => {
    expect(liberty('normative', '某县疫情防控指挥部公告', '二、除参与疫情防控工作及保障民生所需的上班人员外，其他人员一律不得外出。')).toBe(1);
    expect(liberty('normative', '某县疫情防控指挥部公告', '二、严格限制小区居民出行。除工作需要、生病就医等必须出行情况外，一律不得外出。')).toBe(1);
    expect(liberty('village.rules', '某村防控公约', '三、除购买生活必需品外，本村村民不得随意出村。')).toBe(1);
    // Staff told to stay at their post are not confined.
    expect(liberty('normative', '某镇值班制度', '值班期间，值班人员不得外出，不得离开岗位。')).toBe(0);
  });
  it('presence in public space forbidden, and people refused their way home', () => {
    expect(liberty('normative', '某市防控通告', '一、农村居住的人员严禁在村湾内的道路、文化体育场地、池塘、山林等公共区域闲逛、运动、垂钓、聚集。')).toBe(1);
    expect(liberty('normative', '某县防控通告', '居民禁止在小区内的道路、广场上走动、串门。')).toBe(1);
    expect(liberty('normative', '某市防控通告', '1、全体市民要认真遵守交通管制规定，赴外地返回本市一律不予接收。')).toBe(1);
    expect(liberty('village.rules', '某村防控公约', '外地返乡人员到村口后一律劝返。')).toBe(1);
    // An ordinary ban on an activity in a place is no lockdown.
    expect(liberty('normative', '某市公园管理规定', '第五条 禁止在公园内燃放烟花爆竹、乱扔垃圾。')).toBe(0);
  });
  it('detention with a duration set by the text; the statute\'s detention cited by name is a recital', () => {
    expect(liberty('normative', '某县关于禁渔的通告', '擅自进入禁渔水域的，船舶一律扣押，人员一律处以5日拘留、1000元罚款。')).toBe(1);
    expect(liberty('normative', '某县关于严禁露天焚烧秸秆的通告', '对违反规定露天焚烧秸秆的，由公安部门对当事人处以15日以下行政拘留。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '偷盗他人财物的，送派出所拘留十天。')).toBe(1);
    // Binding a person ("捆起来", "绑在树上") is a restraint of the body whatever word is used.
    expect(liberty('village.rules', '某村村规民约', '发现偷盗者，一律捆起来送村委会。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '偷鸡者绑在村口大树上半天。')).toBe(1);
    expect(liberty('normative', '某县关于禁止燃放烟花爆竹的通告', '违反规定的，由公安机关依照《治安管理处罚法》第三十条处十日以上十五日以下拘留。')).toBe(0);
  });
});

describe('fines in other words, scripts and reports; the statute\'s scale applied by its organ is a recital', () => {
  const fine = (type: MatterType, ...t: string[]) => fired(type, 'rules.sets-fine', ...t);
  it('a flat fine the text fixes stands beside a general reference to 有关法律法规', () => {
    expect(fine('normative', '某县关于禁渔的通告', '凡擅自进入禁渔水域的，相关部门将按照有关法律法规从严予以处罚，船舶一律扣押，人员一律处以1000元罚款。')).toBe(1);
    expect(fine('normative', '某镇关于禁止焚烧垃圾的通告', '违者依法查处，一律罚款500元。')).toBe(1);
    // A statute named still makes it a recital.
    expect(fine('normative', '某县通告', '违反规定的，依照《大气污染防治法》第一百一十九条规定，一律处以罚款。')).toBe(0);
  });
  it('an amount as the standard of a penalty', () => {
    expect(fine('normative', '某市全面禁牧措施', '凡在林区放牧的，由乡镇政府按每只（头）次50元的标准，对放牧者予以处罚。')).toBe(1);
    expect(fine('normative', '某镇禁烧通知', '发现焚烧秸秆的，每起处罚200元。')).toBe(1);
  });
  it('the competent organ applying the statute\'s scale recites it', () => {
    expect(fine('normative', '某县通告', '对违反规定露天焚烧秸秆的行为，由生态环境部门对当事人处以500-2000元罚款。')).toBe(0);
    expect(fine('normative', '某县通告', '违反规定的，由市场监管部门处五千元以上五万元以下罚款。')).toBe(0);
  });
  it('a charge laid on those who fail a duty, and a fine announced in a report', () => {
    expect(fine('village.rules', '某村防汛约定', '外出务工人员必须回乡参加防汛，不按规定水位回乡者，迟回一天征用500元以工代劳费。')).toBe(1);
    expect(fine('village.rules', '某村村规民约', '拒不参加义务劳动的，每次收取200元误工费。')).toBe(1);
    // 罚 + what is paid + a sum: "罚洋200元", "罚交100元".
    expect(fine('village.rules', '某村村规民约', '乱砍滥伐者，罚洋200元。')).toBe(1);
    expect(fine('village.rules', '某村村规民约', '违者罚交100元。')).toBe(1);
    expect(
      fine('village.rules', '村规民约的法律效力如何认定——案例一', '某村委会主任在村广播室向村民宣布：从现在起，一经发现有谁家的畜禽践踏别人家的庄稼，一律罚款 50元。', '村民王某不服，诉至法院。法院认为，村委会无权罚款。'),
    ).toBe(1);
  });
});

describe('a list of powers quotes the powers other law sets; a flat seizure the text fixes is its own', () => {
  it('权力清单 / 事项清单 / 事项目录 set no licence, coercion or fine', () => {
    const list = (rule: string, title: string, row: string) => fired('normative', rule, title, '序号 事项名称 类别 实施依据 实施主体', row);
    expect(list('normative.sets-coercion', '县卫健局行政强制类事项清单', '1 对使用麻醉药品存在安全隐患的予以查封、扣押 行政强制 《麻醉药品和精神药品管理条例》 县卫健局')).toBe(0);
    expect(list('normative.sets-license', '某区城市管理局部门行政权力清单2016年', '1 临时占用城市道路审批 行政许可 须经市政工程行政主管部门批准后方可占用城市道路 区城管局')).toBe(0);
    expect(list('rules.sets-fine', '某县市场监督管理局权责清单', '2 对无照经营的处罚 行政处罚 没收违法所得，并处1万元以下罚款 县市场监管局')).toBe(0);
    // The same rows in a text that sets them are findings.
    expect(fired('normative', 'normative.sets-coercion', '某县卫健局关于加强麻醉药品管理的通知', '一、对使用麻醉药品存在安全隐患的，予以查封、扣押。')).toBe(1);
  });
  it('"一律扣押" beside a general reference to 有关法律法规', () => {
    const coercion = (...t: string[]) => fired('normative', 'normative.sets-coercion', ...t);
    expect(coercion('某县禁渔通告', '擅自进入禁渔水域的船舶，相关部门将按照有关法律法规从严予以处罚，船舶一律扣押。')).toBe(1);
    expect(coercion('某镇关于整治占道经营的通告', '依法从严查处，占道物品一律暂扣。')).toBe(1);
    expect(coercion('某县禁渔通告', '依照《渔业法》第三十八条，渔具一律扣押。')).toBe(0);
    // Towing away is a coercive measure on property in any wording.
    expect(coercion('某镇关于规范停车秩序的通告', '在镇区主干道乱停乱放的车辆，一律拖离至停车场。')).toBe(1);
  });
});

describe('commentary that generalises about rules at large; a lease without end', () => {
  it('a writer listing problems of "most village rules" quotes no village\'s clause', () => {
    const women = (...t: string[]) => fired('village.other', 'village-rules.married-out-women', ...t);
    expect(women('村规民约中的问题（评论）', '目前，大多数村规民约存在着“合法性危机”，与法律法规颇多冲突，如农村外嫁的姑娘必须收回土地，上门女婿不能分地等问题。')).toBe(0);
    expect(women('村规民约中的问题（评论）', '一些地方的村规民约普遍存在出嫁女不能分配征地补偿款的现象。')).toBe(0);
    expect(women('村规民约中的问题（评论）', '有的村出嫁女不享受分红、离婚妇女收回承包地等做法，与法律规定相冲突。')).toBe(0);
    // A village's own clause still fires.
    expect(fired('village.rules', 'village-rules.married-out-women', '某村村规民约', '第八条 本村外嫁女不享受集体分红。')).toBe(1);
  });
  it('the lease term given as without end', () => {
    const lease = (...t: string[]) => fired('contract', 'lease.term-over-20y', '土地租赁合同', ...t);
    expect(lease('三、租期：本着谁投资谁受益的原则，租赁期限为长期。')).toBe(1);
    expect(lease('第二条 租期：长期。')).toBe(1);
    expect(lease('第二条 流转期限为永久。')).toBe(1);
    // A long-term partnership is no term.
    expect(lease('第二条 租赁期限为3年。', '第九条 双方愿建立长期合作关系。')).toBe(0);
  });
});

describe('local preference in the words of purchasing and support', () => {
  const local = (...t: string[]) => fired('normative', 'fair-competition.local-preference', ...t);
  it('buying from inside the area required with 从/向, and support earned only by local materials', () => {
    expect(local('某县通知', '各单位采购办公用品应从县内定点企业采购。')).toBe(1);
    expect(local('某县通知', '工程所需砂石须向本地企业购买。')).toBe(1);
    expect(local('某县扶持办法', '鼓励使用本地建材，对使用本地建材的项目给予补贴。')).toBe(1);
    expect(local('某县扶持办法', '对采购本县生产的农机设备的合作社给予补助。')).toBe(1);
    // Support for anyone's purchases, and a protective sentence, are not a preference.
    expect(local('某县扶持办法', '对购买新型农机具的合作社给予补贴。')).toBe(0);
    expect(local('某县通知', '不得限定从本地企业采购建材。')).toBe(0);
  });
});

/**
 * Round thirteen (B), issue 13: recall on the classes the thirteenth and fourteenth parts' one run missed, generalised to
 * the other wordings and document kinds each stands for — stay-in and observation orders, compulsion a notice takes in
 * its own words (animals culled, supply cut, farms closed), the married-out status in case reports (uxorilocal husbands,
 * divorced members filed as a category, a majority's refusal), a village's own fine demand and a notice's penalty whose
 * basis stands in a later clause, a lease told by its length, and the validity of notices put in force with no end.
 * Written from the legal pattern, not copied from a corpus page; every case that should change failed on the round-twelve
 * engine (b028dc5), the cases that must stay as they were pass on both.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, fired } from './rule-probe.js';

/** The findings of `rule` with the matter's title passed as the app passes it (each quoting its range). */
function titledFindings(type: MatterType, title: string, rule: string, ...texts: string[]) {
  const bs = blocks(...texts);
  const all = runChecks({ blocks: bs, type, title });
  for (const f of all) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return all.filter((f) => f.rule === rule);
}
const titled = (type: MatterType, title: string, rule: string, ...texts: string[]) => titledFindings(type, title, rule, ...texts).length;

describe('stay-in and observation orders restrict liberty (立法法第11条; 传染病防治法第39–43条)', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('足不出户, observation with or without days, observation as the condition of entry', () => {
    expect(liberty('normative', '某镇封控管理通告', '二、封控期间，所有人员足不出户，生活物资由社区统一配送。')).toBe(1);
    expect(liberty('normative', '某县疫情防控通告', '二、所有来自疫区的人员须到村委会登记，并居家观察14天。')).toBe(1);
    expect(liberty('normative', '某县疫情防控通告', '二、所有來自疫區的人員須到村委會登記，並居家觀察14天。')).toBe(1);
    expect(liberty('normative', '某县人员管控通告', '一、外来人员一律劝导返回。如执意进入，必须进行集中医学观察14日。')).toBe(1);
    expect(liberty('normative', '某县人员管控通告', '三、返乡人员一律实行居家医学观察。')).toBe(1);
    expect(liberty('village.rules', '某村防疫公约', '外地返村人员须接受14天的居家观察。')).toBe(1);
  });
  it('"其他居民一律不得外出" after a list of those exempted for work: the rest are confined', () => {
    // The exemption's work words (上班) and the 除…外 of a later aside ("（居家隔离家庭除外）") hid the order.
    expect(liberty('normative', '某县公告', '二、加强小区管理。除参与疫情防控工作、正常上班、生病就医等人员，其他居民一律不得外出，本小区居民每户（居家隔离家庭除外）每两天只允许1名家庭成员外出采购生活物品。')).toBe(1);
  });
  it('advice, animals, staff on duty, a law named and a news story are no finding', () => {
    expect(liberty('normative', '某县倡议书', '倡导广大居民尽量足不出户，减少聚集。')).toBe(0);
    expect(liberty('normative', '某县犬只管理通告', '二、伤人犬只须进行居家观察14天，由兽医站跟踪。')).toBe(0);
    expect(liberty('normative', '某镇值班通知', '其他值班人员一律不得外出，保持通讯畅通。')).toBe(0);
    expect(liberty('normative', '某县通告', '依照《中华人民共和国传染病防治法》，对密切接触者实施集中医学观察14日。')).toBe(0);
    expect(liberty('village.other', '记者探访隔离点', '记者了解到，这些人员已于昨日解除居家观察，目前身体状况良好。')).toBe(0);
  });
});

describe('compulsion a notice takes in its own words (行政强制法第9、10条)', () => {
  const coercion = (...t: string[]) => titled('normative', '某县关于整治违规养犬的通告', 'normative.sets-coercion', ...t);
  it('animals culled by the notice: 一律捕杀, 实施强制扑杀 (also 撲殺), the organ named as the doer is no basis', () => {
    expect(coercion('三、清查中对发现的大型犬一律捕杀。')).toBe(1);
    expect(coercion('二、对拒绝接受强制免疫的养犬户，由公安部门组织力量对其犬实施强制扑杀。')).toBe(1);
    expect(coercion('二、對拒絕接受強制免疫的養犬戶，由公安部門組織力量對其犬實施強制撲殺。')).toBe(1);
    expect(coercion('《新闻晨报》报道称，负责人表示，对拒绝免疫的犬只将一律扑杀。')).toBe(1);
  });
  it('a statute named by title keeps culling a recital; an owner\'s own act or a bare mention sets nothing', () => {
    expect(coercion('依照《中华人民共和国动物防疫法》的规定，对染疫动物一律扑杀。')).toBe(0);
    expect(coercion('四、养犬人应当自行对病犬进行无害化处理。')).toBe(0);
  });
  it('supply cut against the activity the notice bans, the activity named between the verb and the supply', () => {
    const sand = (...t: string[]) => titled('normative', '某县关于河道禁止采砂的通告', 'normative.sets-coercion', ...t);
    expect(sand('二、禁采期间，供电公司一律停止对河道采砂、洗砂活动的供电。')).toBe(1);
    expect(sand('二、禁採期間，供電公司一律停止對河道採砂、洗砂活動的供電。')).toBe(1);
    expect(sand('三、对非法采砂点，供电部门立即切断其设备的电源。')).toBe(1);
    // A maintenance notice is no compulsion.
    expect(sand('因线路检修，供电公司将于5月3日临时停止对城南片区的供电。')).toBe(0);
  });
  it('farms and works closed outright (一律给予关闭退养, 予以关闭, 一律关停, 予以取缔); not 责令关闭, a window, the owner\'s own', () => {
    const farm = (...t: string[]) => titled('normative', '某镇关于禁止违规生猪养殖的通告', 'normative.sets-coercion', ...t);
    expect(farm('四、各养殖场不得超量养殖，一经发现，一律给予关闭退养。')).toBe(1);
    expect(farm('三、禁养区内的养殖场，逾期未搬迁的予以关闭。')).toBe(1);
    expect(farm('三、无证经营的砖窑一律关停。')).toBe(1);
    expect(farm('三、无证小作坊一律予以取缔。')).toBe(1);
    expect(farm('三、请违规养殖户于5月1日前自行关闭养殖场。')).toBe(0);
    expect(farm('三、办事大厅窗口于每日17时予以关闭。')).toBe(0);
    // Places closed for everyone in an epidemic answer no breach (传染病防治法第42条).
    expect(titled('normative', '某县农村疫情防控措施通告', 'normative.sets-coercion', '八、农村文化、娱乐等人员密集场所一律关停。')).toBe(0);
  });
});

describe('the married-out status and its loss in case reports (妇女权益保障法第55、56条; 组织法第27条)', () => {
  const women = (type: MatterType, ...t: string[]) => fired(type, 'village-rules.married-out-women', ...t);
  it('a share paid less or refused for an uxorilocal husband or his children', () => {
    expect(women('village.rules', '分配方案规定：招婿入赘人员的子女未随本户姓的，少发放补偿款1万元。')).toBe(1);
    expect(women('village.rules', '上门女婿及其子女少分配一半土地补偿款。')).toBe(1);
    expect(women('village.other', '村民小组以杨某系上门女婿，且其子女户口不在村里为由，不同意给予分配补偿款。')).toBe(1);
    expect(women('village.other', '村委会以其已出嫁为由拒绝分配征地补偿款，李某遂诉至法院。')).toBe(1);
  });
  it('a divorced member filed as a category with a lesser share; a majority refusing the status its treatment', () => {
    expect(women('village.other', '在集体资产股权量化中，她被归类为“户口未迁出的离婚人员”，与户口在村的人员享受的权益存在显著差距。')).toBe(1);
    expect(women('village.other', '在集體資產股權量化中，她被歸類為“戶口未遷出的離婚人員”，與戶口在村的人員享受的權益存在顯著差距。')).toBe(1);
    expect(women('village.other', '村组召开村民会议研究，绝大多数村民表示不同意“出嫁女”享受本组的各种待遇。')).toBe(1);
  });
  it('equal treatment, a protection and a person refusing a divorce are no finding', () => {
    expect(women('village.rules', '入赘女婿及其子女与本村村民享受同等待遇，不得少发放补偿款。')).toBe(0);
    expect(women('village.other', '她不同意离婚，双方协商未果。')).toBe(0);
    expect(women('village.other', '村民小组以张某未缴纳合作医疗费为由，不同意给予分配补助款。')).toBe(0);
  });
});

describe('fines: a village\'s own demand and a notice\'s sum whose basis stands in a later clause (行政处罚法第16条; 组织法第27条)', () => {
  it('a village demanding a fine under its rules, citing a statute too, is the village\'s fine', () => {
    const fine = (...t: string[]) => fired('village.rules', 'rules.sets-fine', ...t);
    expect(fine('根据《中华人民共和国大气污染防治法》第七十七条、《村规民约》之规定，限你于5月8日前到村办公室缴纳罚款500元。')).toBe(1);
    expect(fine('根据《中华人民共和国森林法》的规定，限你于三日内到村委会交纳罚款200元。')).toBe(1);
    // The statute's organ applying it stays a recital.
    expect(fine('由林业部门依照《中华人民共和国森林法》处以罚款。')).toBe(0);
  });
  it('"处以行政拘留并处最高5000元的行政处罚，造成严重后果的，依法…": the 依法 governs its own clause', () => {
    const fine = (...t: string[]) => titled('normative', '某镇关于严禁燃放烟花爆竹的通告', 'rules.sets-fine', ...t);
    expect(fine('一经发现，将由公安机关处以行政拘留并处最高5000元的行政处罚，造成严重后果的，依法从严追究相关法律责任。')).toBe(1);
    expect(fine('违者处500元罚款；情节严重的，依法追究法律责任。')).toBe(1);
    // A vague basis in the penalty's own clause or before it still makes it a recital.
    expect(fine('违者由公安机关依法处以500元罚款。')).toBe(0);
    expect(fine('依照有关规定，违者处500元罚款。')).toBe(0);
  });
});

describe('a lease told by its length (民法典第705条)', () => {
  const lease = (type: MatterType, ...t: string[]) => fired(type, 'lease.term-over-20y', ...t);
  it('"签订了一份长达30年的土地承包合同", "一份为期三十年的租赁协议", "签下50年期的流转合同"', () => {
    expect(lease('village.contract', '2001年10月，靳某与村委会签订了一份长达30年的土地承包合同。')).toBe(1);
    expect(lease('contract', '双方签订了一份为期三十年的租赁协议。')).toBe(1);
    expect(lease('village.contract', '公司与村集体签下50年期的流转合同。')).toBe(1);
  });
  it('works contracting, 20 years or less, and a length that is no contract\'s are no finding', () => {
    expect(lease('contract', '双方签订了一份长达30年的建设工程承包合同。')).toBe(0);
    expect(lease('contract', '双方签订了一份为期二十年的租赁协议。')).toBe(0);
    expect(lease('village.contract', '两村长达30年的合作关系由此开始，承包合同另行签订。')).toBe(0);
  });
});

describe('validity: the clause that puts a notice in force, a cited statute in the preamble, a ban\'s window in years', () => {
  const noValidity = (title: string, ...t: string[]) => titledFindings('normative', title, 'normative.no-validity-period', ...t);
  it('the finding anchors on "本通告自发布之日起施行" / "自即日起实施" / "自2020年1月1日起施行", where the period belongs', () => {
    for (const clause of ['四、本通告自发布之日起施行。', '四、本通告自即日起实施。', '四、本通告自2020年1月1日起施行。', '四、本規定自發布之日起施行。']) {
      const found = noValidity('某县关于禁止燃放烟花爆竹的通告', '一、全县行政区域内禁止燃放烟花爆竹。', '二、任何单位和个人不得销售烟花爆竹。', clause);
      expect(found).toHaveLength(1);
      expect(found[0]?.excerpt).toContain('起');
      expect(found[0]?.paragraph).toBe(2);
    }
  });
  it('a preamble citing a regulation (《…条例》) does not make the notice a regulation', () => {
    const found = noValidity(
      '某水库水源地保护区全面禁牧通告',
      '为保障水生态安全，依照《中华人民共和国水法》和《某自治州水资源保护管理条例》，现将有关事项通告如下：',
      '一、任何单位和个人禁止在禁牧区内放养牲畜。',
      '二、本通告自发布之日起施行。',
    );
    expect(found).toHaveLength(1);
    // A regulation itself still owes none.
    expect(noValidity('某自治州水资源保护管理条例', '某自治州水资源保护管理条例', '第一条 为了保护水资源，制定本条例。', '第二条 本条例自2020年1月1日起施行。')).toHaveLength(0);
    // A period given still satisfies the rule.
    expect(noValidity('某县禁牧通告', '一、任何单位和个人禁止在禁牧区内放牧。', '二、本通告自发布之日起施行，有效期3年。')).toHaveLength(0);
  });
  it('"长期有效" / "永久有效" is no period: the no-validity finding, on that clause, not the over-five-years one', () => {
    const found = noValidity('某镇关于严禁招揽镇外牲畜放牧的公告', '一、任何单位和个人不得招揽镇外牲畜进入本镇放牧。', '五、本通告自发布之日起执行，长期有效。');
    expect(found).toHaveLength(1);
    expect(found[0]?.excerpt).toContain('长期有效');
    expect(titled('normative', '某镇关于严禁招揽镇外牲畜放牧的公告', 'normative.validity-over-5y', '五、本办法永久有效。')).toBe(0);
    expect(noValidity('某县管理办法', '第一条 为加强管理，制定本办法。', '第十条 本办法自2020年1月1日起施行，永久有效。')).toHaveLength(1);
  });
  it('a ban\'s window in years over five is the over-five-years finding; five or fewer is not', () => {
    const over = (...t: string[]) => titled('normative', '关于开展全县禁牧工作的通告', 'normative.validity-over-5y', ...t);
    expect(over('二、禁牧期为6年，自2024年1月1日起至2029年12月31日止。')).toBe(1);
    expect(over('二、全县天然草原实行禁牧，禁牧期限为十年。')).toBe(1);
    expect(over('二、禁牧期为5年。')).toBe(0);
    expect(over('二、禁渔期为每年3月1日至6月30日。')).toBe(0);
  });
});

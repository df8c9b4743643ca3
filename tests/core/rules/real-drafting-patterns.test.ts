/**
 * Round nine (B), issue 13: the patterns of real drafting for the thirteen main rules other than
 * placeholder.blank — each written from how the legal pattern is drafted (and labelled from the law),
 * not copied from a corpus page. Each block names the class it pins down; every case failed on the
 * round-eight engine.
 */
import { describe, expect, it } from 'vitest';
import type { MatterType } from '../../../shared/domain/matter.js';
import { fired } from './rule-probe.js';

describe('或裁或诉 in every order, over blocks, and templates whose options are not chosen', () => {
  const both = (...t: string[]) => fired('contract', 'contract.dispute-both', '买卖合同', ...t);
  it('both ways named together in one phrase ("通过仲裁或诉讼方式解决")', () => {
    expect(both('第九条 因本合同引起的争议，双方协商不成的，可通过仲裁或诉讼方式解决。')).toBe(1);
    expect(both('十、争议解决：协商不成时，任何一方均可提起诉讼或者申请仲裁。')).toBe(1);
    // Costs of either are not a choice of forum.
    expect(both('第十条 违约方应承担守约方因此支付的诉讼费、仲裁费、律师费等费用。')).toBe(0);
    expect(both('第十一条 在仲裁或诉讼期间，双方应继续履行本合同其他条款。')).toBe(0);
    expect(both('第十二条 守约方通过诉讼或仲裁方式实现债权所支付的律师费、保全费由违约方承担。')).toBe(0);
  });
  it('the court named first and arbitration in the next block', () => {
    expect(both('第八条 争议解决', '1. 双方可向合同签订地人民法院提起诉讼；', '2. 也可以向北京仲裁委员会申请仲裁。')).toBe(1);
  });
  it('a choose-one list whose lead-in stands in the block before the options is not 或裁或诉', () => {
    expect(
      both('第七条 合同争议的解决方式：', '协商不成的，按下列第种方式解决：', '1. 提交仲裁委员会仲裁；', '2. 依法向人民法院起诉。'),
    ).toBe(0);
    expect(both('第七条 争议解决方式：', '协商不成的，按下列第（1）种方式解决：', '（1）提交北京仲裁委员会仲裁；', '（2）向有管辖权的人民法院起诉。')).toBe(0);
    // "第十条 …以下两种" names no pick: both ways stand.
    expect(both('第十条 可选择以下两种方式解决争议：', '1. 提交北京仲裁委员会仲裁；', '2. 向有管辖权的人民法院起诉。')).toBe(1);
  });
});

describe('lease terms: verb + object + term, terms by year ranges, and the contract term', () => {
  const lease = (...t: string[]) => fired('village.contract', 'lease.term-over-20y', '土地租赁合同', ...t);
  it('the verb and its object before a bare 期限 (no 给 between)', () => {
    expect(lease('一、甲方将本村东沟荒地120亩出租，期限为三十年。')).toBe(1);
    expect(lease('乙方租用甲方集体土地50亩建养殖场，期限25年。')).toBe(1);
    expect(lease('乙方租赁甲方厂房一栋，租用时间为贰拾伍年。')).toBe(1);
    // Twenty years is the limit, and a payment period is not a term.
    expect(lease('一、甲方将本村东沟荒地120亩出租，期限为二十年。')).toBe(0);
    expect(lease('乙方租用甲方土地，租金每年支付一次，付款期限为30日。')).toBe(0);
    // The land-use right under the leased building is not the lease.
    expect(lease('甲方将其所有的办公楼出租给乙方，该楼土地使用年限为50年。')).toBe(0);
    expect(lease('乙方租用甲方厂房，乙方应提供营业执照，其营业执照经营期限为30年。')).toBe(0);
  });
  it('a term given as a range of years or months ("自2001年3月至2031年2月")', () => {
    expect(lease('二、承包期限自2001年3月至2031年2月止。')).toBe(1);
    expect(lease('二、租赁期限：2005年至2035年。')).toBe(1);
    expect(lease('二、租赁期限：2005年至2020年。')).toBe(0);
  });
  it('a year range with the first 年 left out ("租赁期限：2005—2035年")', () => {
    expect(lease('二、租赁期限：2005—2035年。')).toBe(1);
    expect(lease('二、租赁期限：2005—2020年。')).toBe(0);
  });
});

describe('married-out women: more words for marrying out and for the loss', () => {
  const women = (t: string) => fired('village.rules', 'village-rules.married-out-women', '某村村规民约', t);
  it('the loss written as 除外, 不计入, 停发, 视为放弃', () => {
    expect(women('征地补偿款按在册人口平均分配，出嫁女除外。')).toBe(1);
    expect(women('本村妇女与外村男子结婚后，不计入分红人口。')).toBe(1);
    expect(women('女儿出嫁后，其福利待遇一律停发。')).toBe(1);
    expect(women('出嫁女户口未迁出的，视为自动放弃分配资格。')).toBe(1);
  });
  it('marrying out written as 离异, 女子…婚后, 农嫁居', () => {
    expect(women('离异妇女户口留在本村的，只享受一半待遇。')).toBe(1);
    expect(women('本村女青年婚后户口仍在本村的，不享受土地分配。')).toBe(1);
    expect(women('农嫁居人员不参与集体收益分配。')).toBe(1);
    // Equal treatment stays quiet.
    expect(women('离异妇女户口留在本村的，与其他村民享受同等待遇。')).toBe(0);
    // The land-contracting law forbidding the loss (第31条, quoted), and a headline's question, state no rule.
    expect(women('承包期内，妇女结婚，在新居住地未取得承包地的，发包方不得收回其原承包地。')).toBe(0);
    expect(women('离异女户口在本村，为什么不能享受拆迁待遇？')).toBe(0);
    expect(women('妇女结婚后户口迁入本村的，享受村民待遇，但法律另有规定的除外。')).toBe(0);
  });
});

describe('fines by meaning in a village rule', () => {
  const fine = (t: string) => fired('village.rules', 'rules.sets-fine', '某村村规民约', t);
  it('an amount range after 处, 罚 + 人民币, a deduction from benefits', () => {
    expect(fine('三、乱砍滥伐林木的，每株处50至100元。')).toBe(1);
    expect(fine('四、在公路上打场晒粮的，罚人民币100元。')).toBe(1);
    expect(fine('五、违反本条规定的，扣发当年分红300元。')).toBe(1);
    expect(fine('六、拒不参加义务植树的，从其年终福利中扣除200元。')).toBe(1);
    // Paying out of a fund, or deducting what is owed under a contract, is no fine.
    expect(fine('七、村民年终福利按人口发放，每人200元。')).toBe(0);
  });
});

describe('restrictions of liberty set by a village or a notice', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('going out forbidden or made subject to approval', () => {
    expect(liberty('village.rules', '某村防疫公约', '一、本村村民一律不得外出，确需外出的须经村委会批准。')).toBe(1);
    expect(liberty('normative', '某镇关于加强疫情防控的通告', '二、居家隔离人员严禁出门，违者由村组强制带回。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '三、对偷盗者，由治保会关在村部反省三天。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '四、对偷盗者，抓获后捆绑送交派出所。')).toBe(1);
    // Tied sales are a consumer matter.
    expect(liberty('normative', '某县市场管理办法', '第五条 经营者不得捆绑销售商品。')).toBe(0);
    // Staff on duty and a statute's quarantine are not a village confining its people.
    expect(liberty('normative', '某局值班制度', '第三条 值班人员不得离开岗位，不得外出。')).toBe(0);
    expect(liberty('village.charter', '某村村民自治章程', '第十条 村民委员会成员外出须经村民委员会主任批准。')).toBe(0);
  });
});

describe('licences: long-range requirement + licence constructions', () => {
  const lic = (...t: string[]) => fired('normative', 'normative.sets-license', '某县砂石资源管理办法', ...t);
  it('凭…证方可, 未取得…不得, 取得…证后方可', () => {
    expect(lic('第五条 运输砂石的车辆，凭县砂石办核发的准运证方可运输。')).toBe(1);
    expect(lic('第六条 未取得县砂石办核发的开采证的单位和个人，不得从事河道采砂经营。')).toBe(1);
    expect(lic('第七条 经营者取得县农业局发放的经营资格证后方可从事种苗销售。')).toBe(1);
    // A statute's licence cited as the basis is not this text's own.
    // A licence national law sets, restated (城乡规划法第40条), is a recital.
    expect(lic('第九条 建设单位在取得建设工程规划许可证后，方可开工建设。')).toBe(0);
    expect(lic('第十条 购买砂石的个人凭身份证方可登记购买。')).toBe(0);
    expect(lic('第八条 依照《中华人民共和国水法》第三十九条，未取得采砂许可证的，不得在河道采砂。')).toBe(0);
  });
});

describe('coercion set by a normative document', () => {
  const co = (...t: string[]) => fired('normative', 'normative.sets-coercion', '某区市容管理规定', ...t);
  it('代为拆除, 予以拆除 after a deadline, 强行清理', () => {
    expect(co('第九条 逾期不拆除的，由区城管局组织代为拆除，费用由当事人承担。')).toBe(1);
    expect(co('第十条 对占道经营的摊点，执法人员可当场暂扣其经营工具。')).toBe(1);
    expect(co('第十一条 逾期不改正的，由街道办事处予以强制清理。')).toBe(1);
    // A statute's measure restated with its source, and a definition, set nothing.
    expect(co('第十二条 依照《中华人民共和国行政强制法》第五十条的规定，可以代履行。')).toBe(0);
  });
});

describe('validity: forms that state one, ranges inside the validity clause, 试行 from the title line', () => {
  const noValidity = (...t: string[]) => fired('normative', 'normative.no-validity-period', ...t);
  it('an academic paper (摘要, 关键词) is not a normative document', () => {
    expect(noValidity('长三角区域公平竞争审查例外制度研究综述', '摘 要 在区域一体化的背景下，例外制度的存在有其必要性。', '关键词 长三角；公平竞争；例外制度', '一、例外制度的必要性')).toBe(0);
  });
  it('validity written as a period (实施期, 执行期, …前有效)', () => {
    expect(noValidity('某市促进消费若干措施', '一、对新购车辆给予补贴。', '二、本措施实施期为2023年1月1日至2024年12月31日。')).toBe(0);
    expect(noValidity('某县人才引进办法', '第一条 为引进人才，制定本办法。', '第二十条 本办法2025年12月31日前有效。')).toBe(0);
  });
  const over = (...t: string[]) => fired('normative', 'normative.validity-over-5y', ...t);
  it('a range inside the validity clause and 试行 in brackets on the title line', () => {
    expect(over('某市招商引资奖励办法', '第一条 为……制定本办法。', '第二十条 本办法有效期：2020年1月1日至2030年12月31日。')).toBe(1);
  });
  it("试行 from the attached document's own title line or from 起试行, past the notice that issues it", () => {
    const notice = ['关于印发某市数据开放管理办法的通知', '各区人民政府，市各委办局：', '现将《某市数据开放管理办法》印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2021年1月1日', '附件'];
    expect(over(...notice, '某市数据开放管理办法（试行）', '第一条 为……制定本办法。', '第三十条 本办法自2021年1月1日起施行，有效期3年。')).toBe(1);
    expect(over(...notice, '某市数据开放管理办法', '第一条 为……制定本办法。', '第三十条 本办法自2021年1月1日起试行，有效期3年。')).toBe(1);
    expect(over(...notice, '某市数据开放管理办法', '第一条 为……制定本办法。', '第三十条 本办法自2021年1月1日起施行，有效期3年。')).toBe(0);
  });
});

describe('local preference: every self-reference and registration required of bidders', () => {
  const local = (...t: string[]) => fired('normative', 'fair-competition.local-preference', '某县政府投资项目管理办法', ...t);
  it('本村/我镇/本街道/本辖区 and 须为…注册的企业', () => {
    expect(local('第五条 村内道路建设工程，同等条件下优先选用本镇施工队伍。')).toBe(1);
    expect(local('第六条 参加投标的企业须为本县注册的建筑企业。')).toBe(1);
    expect(local('第七条 街道公共服务项目原则上应选择本辖区内的企业承接。')).toBe(1);
    // An office told which of its own units does a task is no market preference.
    expect(local('第九条 具体工作应由本县有关单位负责组织实施。')).toBe(0);
    expect(local('第八条 不得以企业注册地为由限制外地经营者参加投标。')).toBe(0);
  });
});

describe('a statute quoted by article, and a list that defines a category, set nothing', () => {
  const norm = (rule: string, ...t: string[]) => fired('normative', rule, '某县行政执法公示办法', ...t);
  it("《…法》第X条规定： followed by the statute's words", () => {
    expect(norm('rules.sets-fine', '第三条 《中华人民共和国行政处罚法》第九条规定：行政处罚的种类包括警告、通报批评、罚款、没收违法所得。')).toBe(0);
    expect(norm('normative.sets-coercion', '第四条 《中华人民共和国行政强制法》第九条规定，行政强制措施的种类包括查封场所、设施或者财物，扣押财物。')).toBe(0);
    expect(norm('normative.sets-license', '第五条 《中华人民共和国城乡规划法》第四十条规定：在城市规划区内进行建设的，建设单位应当向城乡规划主管部门申请办理建设工程规划许可证。')).toBe(0);
    // The text's own fine after naming a rule it enforces is still its own.
    expect(norm('rules.sets-fine', '第六条 违反本办法第三条规定的，由县城管局处500元罚款。')).toBe(1);
  });
  it('the items of a list led by 包括： (no 下列) are a category, not penalties', () => {
    expect(norm('rules.sets-fine', '第七条 本办法所称重大行政执法决定包括：', '（一）对公民处以5000元以上罚款的；', '（二）吊销许可证的。')).toBe(0);
    // A list of cases under a sanction the lead sets is the text's own.
    expect(norm('rules.sets-fine', '第八条 有下列行为之一的，处200元罚款：', '（一）占道经营的；')).toBe(1);
  });
});

describe('second pass: more wordings of the same patterns', () => {
  it("the agreement's own term in a land-transfer 协议 (not only 合同)", () => {
    expect(fired('village.contract', 'lease.term-over-20y', '土地流转协议', '二、本协议有效期为三十年。')).toBe(1);
    expect(fired('village.contract', 'lease.term-over-20y', '土地流转协议', '二、本协议有效期为二十年。')).toBe(0);
  });
  it("a married-out woman's share cut to a percentage, or her household registration ordered out", () => {
    const women = (t: string) => fired('village.rules', 'village-rules.married-out-women', '某村村规民约', t);
    expect(women('已出嫁的女儿，户口在本村的，享受本村村民待遇的50%。')).toBe(1);
    expect(women('招婿上门的只准一个女儿招婿，其余女儿出嫁后户口须迁出。')).toBe(1);
  });
  it('a fine in labour or as a charge laid on those who break the rules', () => {
    const fine = (t: string) => fired('village.rules', 'rules.sets-fine', '某村村规民约', t);
    expect(fine('违者罚其清扫街道一天。')).toBe(1);
    expect(fine('违反者，按每次50元收取卫生保洁费。')).toBe(1);
    // A fee everyone pays is not a sanction.
    expect(fine('每户每年按50元收取卫生保洁费。')).toBe(0);
    // A deposit kept as the sanction of a breach.
    expect(fine('违反禁养规定的，扣除其缴纳的环境保证金。')).toBe(1);
    expect(fine('租期届满无违约的，退还保证金；有欠费的，从保证金中扣除。')).toBe(0);
  });
  it('a person held in custody (看管) by the village', () => {
    expect(fired('village.rules', 'rules.restricts-liberty', '某村村规民约', '对小偷小摸者，抓获后由治保会看管教育，直至家属领回。')).toBe(1);
    expect(fired('village.rules', 'rules.restricts-liberty', '某村村规民约', '村民要看管好自家的孩子，护林员要看守好山林。')).toBe(0);
  });
  it('a licence system named by its certificate, and property held on the spot', () => {
    expect(fired('normative', 'normative.sets-license', '某县砂石管理办法', '第四条 砂石运输实行准运证制度。')).toBe(1);
    expect(fired('normative', 'normative.sets-coercion', '某县禁牧规定', '第六条 对违规放牧的牲畜，执法人员可以暂时扣留。')).toBe(1);
  });
  it('validity as 执行期三年, and an end date stated as 止 after the 自…起 date', () => {
    expect(fired('normative', 'normative.no-validity-period', '某县扶持办法', '第一条 为……制定本办法。', '第二十条 本办法自2023年1月1日起施行，执行期三年。')).toBe(0);
    expect(fired('normative', 'normative.validity-over-5y', '某县扶持办法', '第一条 为……制定本办法。', '第二十条 本办法自2023年1月1日起施行，2035年12月31日止。')).toBe(1);
    expect(fired('normative', 'normative.validity-over-5y', '某县扶持办法', '第一条 为……制定本办法。', '第二十条 本办法自2023年1月1日起施行，2027年12月31日止。')).toBe(0);
  });
  it('outside firms burdened with a step local ones are spared, and a local product required', () => {
    const local = (t: string) => fired('normative', 'fair-competition.local-preference', '某县采购管理办法', t);
    expect(local('第五条 外地企业进入本县市场，须向县商务局办理备案登记。')).toBe(1);
    expect(local('第五条 县内重点工程应使用本县生产的水泥。')).toBe(1);
    expect(local('第五条 各单位应当公平对待本地和外地企业。')).toBe(0);
  });
  it('或裁或诉 whose lead-in names the ways ("选择以下方式解决：") over the option blocks', () => {
    expect(fired('contract', 'contract.dispute-both', '买卖合同', '第九条 争议解决', '协商不成的，双方可以选择以下方式解决：', '（1）向人民法院起诉；', '（2）向仲裁委员会申请仲裁。')).toBe(1);
  });
});

describe('a temporary measure that fixes its own duration states its validity', () => {
  it('时间暂定一周, 为期三个月', () => {
    const nv = (t: string) => fired('normative', 'normative.no-validity-period', '某县关于加强城乡人员管控的通告', '一、全县实行封闭管理。', t);
    expect(nv('二、以上措施时间暂定一周。')).toBe(0);
    expect(nv('二、本次专项整治为期三个月。')).toBe(0);
    expect(nv('二、以上措施自即日起执行。')).toBe(1);
    // The duration of a fund the text sets up is not the text's own.
    expect(nv('二、设立为期三年的专项扶持资金。')).toBe(1);
  });
});

describe('what a report tells, and a statute a village rule recites, set nothing', () => {
  it('a coercive measure told in a news report on a normative matter', () => {
    expect(fired('normative', 'normative.sets-coercion', '某区开展违建整治行动', '本报讯 近日，记者从区城管局获悉，该局对辖区内3处违法建筑实施了强制拆除。')).toBe(0);
    expect(fired('normative', 'normative.sets-coercion', '某区违法建设治理办法', '第十条 逾期不拆除的，由区城管局强制拆除。')).toBe(1);
  });
  it("a court telling the parties' steps is not a dispute clause; the clause it quotes is", () => {
    const judgment = (t: string) =>
      fired('contract', 'contract.dispute-both', '某某与某某公司租赁合同纠纷一审民事判决书', '本院认为，双方签订的租赁合同合法有效。', t);
    expect(judgment('原告曾向仲裁委员会申请仲裁，后撤回申请，又于2020年5月向本院提起诉讼。')).toBe(0);
    expect(judgment('合同第十条约定：“发生争议的，可以向仲裁委员会申请仲裁，也可以向人民法院起诉。”')).toBe(1);
  });
  it("a village rule reciting a statute's penalty (依照《森林法》) sets no fine; its own 《村规民约》 does", () => {
    const fine = (t: string) => fired('village.rules', 'rules.sets-fine', '某村村规民约', t);
    expect(fine('五、滥伐林木的，由林业部门依照《中华人民共和国森林法》处以罚款。')).toBe(0);
    expect(fine('六、违反者依据《村规民约》罚款100元。')).toBe(1);
  });
});

describe('third pass: forms, tables and orders as villages and counties write them', () => {
  it('a term label and its value in the next block ("承包年限" / "叁拾年")', () => {
    expect(fired('village.contract', 'lease.term-over-20y', '山林承包合同', '承包年限', '叁拾年')).toBe(1);
    expect(fired('village.contract', 'lease.term-over-20y', '山林承包合同', '承包年限', '二十年')).toBe(0);
  });
  it("a married-out woman's children barred from registering in the village", () => {
    expect(fired('village.rules', 'village-rules.married-out-women', '某村村规民约', '第十条 凡嫁到外村的妇女，其子女户口不得落在本村。')).toBe(1);
  });
  it('非必要不出村 and a pass required to go out, not advice', () => {
    const lib = (t: string) => fired('normative', 'rules.restricts-liberty', '某乡镇疫情防控通告', t);
    expect(lib('三、所有村民非必要不出村，确需外出的须持村委会开具的出入证。')).toBe(1);
    expect(lib('三、倡导广大村民非必要不出门、不聚集。')).toBe(0);
  });
  it('approval before building, and a certificate of any name the text makes villagers obtain', () => {
    const lic = (t: string) => fired('normative', 'normative.sets-license', '某县农村宅基地管理办法', t);
    expect(lic('第九条 村民建房须经村委会同意、乡镇人民政府审批后方可动工。')).toBe(1);
    expect(lic('第十条 从事农家乐经营的，应向县文旅局申请领取《农家乐经营资格证》。')).toBe(1);
    expect(lic('第十一条 申请人应当提交营业执照复印件等材料。')).toBe(0);
    // A government project's internal steps are no licence on citizens or firms.
    expect(lic('第十二条 政府投资工程施工中的设计变更，须经县财政局审批。')).toBe(0);
  });
  it('goods required to be made locally, but not a subsidy limited to local firms', () => {
    expect(fired('contract', 'fair-competition.local-preference', '某县政府采购合同', '第五条 乙方所供货物须为本县企业生产。')).toBe(1);
    expect(fired('normative', 'fair-competition.local-preference', '某市科技型企业奖励办法', '第三条 申报单位应为本市注册企业。')).toBe(0);
    expect(fired('normative', 'fair-competition.local-preference', '某市科技型企业奖励办法', '第三条 申报主体须为本市行政区域内的企业。')).toBe(0);
  });
});

describe('the start of validity from the date the head of the text gives', () => {
  it('adopted or published on a date in the head, valid until a date in the closing article', () => {
    const over = (...t: string[]) => fired('normative', 'normative.validity-over-5y', '某市招商引资奖励办法', ...t);
    const close = '第二十条 本办法自发布之日起施行，有效期至2030年12月31日。';
    expect(over('（2021年3月5日市人民政府第10次常务会议通过）', '第一条 为……制定本办法。', close)).toBe(1);
    expect(over('成文日期：2021年03月05日', '第一条 为……制定本办法。', close)).toBe(1);
    expect(over('成文日期：2026年03月05日', '第一条 为……制定本办法。', close)).toBe(0);
  });
});

describe('reports: an unwritten rule told as the source, and shares not allotted', () => {
  const head = ['外嫁女讨说法：凭什么不给我分钱？', '本报记者 张三 通讯员 李四'];
  const women = (t: string) => fired('village.other', 'village-rules.married-out-women', ...head, t);
  it('按照村里的规矩, 《…方案》明确…不配置股份', () => {
    expect(women('村委会主任告诉记者，按照村里的规矩，嫁出去的女儿不能再分地。')).toBe(1);
    expect(women('该组的《股份制改革方案》明确，出嫁女不配置股份。')).toBe(1);
    // What the group did to one woman is the reporter's story.
    expect(women('村民小组以王某已出嫁为由，未向其发放补偿款。')).toBe(0);
  });
});

describe('validity ends given as a year or a month, and work plans with an implementation period', () => {
  it('有效期至2030年底 after 自…起施行; 实施时间：2023年1月—2025年12月 states a period', () => {
    const over = (t: string) => fired('normative', 'normative.validity-over-5y', '某市招商引资奖励办法', '第一条 为……制定本办法。', t);
    expect(over('第二十条 本办法自2021年1月1日起施行，有效期至2030年底。')).toBe(1);
    expect(over('第二十条 本办法自2021年1月1日起施行，执行至2030年12月。')).toBe(1);
    expect(over('第二十条 本办法自2021年1月1日起施行，有效期至2025年底。')).toBe(0);
    const nv = (t: string) => fired('normative', 'normative.no-validity-period', '某县农村人居环境整治实施方案', '一、工作目标', t);
    expect(nv('二、实施时间：2023年1月—2025年12月。')).toBe(0);
    expect(nv('二、本方案适用期为三年。')).toBe(0);
  });
});

describe('barriers and designated sellers in procurement and works, and franchises set by a text', () => {
  it('a local paper required of bidders, a designated seller, a village project reserved to villagers', () => {
    expect(fired('normative', 'fair-competition.local-preference', '某市公共资源交易管理办法', '第十一条 投标人须具有本市建设行政主管部门核发的备案证明。')).toBe(1);
    expect(fired('contract', 'fair-competition.local-preference', '某镇道路工程施工合同', '乙方所用砂石料须向镇砂石公司统一购买。')).toBe(1);
    expect(fired('village.project', 'fair-competition.local-preference', '某村道路硬化项目实施方案', '工程施工原则上由本村村民组建的施工队承建。')).toBe(1);
    expect(fired('normative', 'fair-competition.local-preference', '某市公共资源交易管理办法', '第十条 招标人不得以不合理条件限制或者排斥潜在投标人。')).toBe(0);
  });
  it('实行特许经营 set by a normative document', () => {
    expect(fired('normative', 'normative.sets-license', '某县餐厨垃圾管理办法', '第九条 餐厨垃圾收运实行特许经营。')).toBe(1);
  });
});

describe('a term written twice, in words and figures', () => {
  it('三十（30）年, 30（叁拾）年', () => {
    const lease = (t: string) => fired('contract', 'lease.term-over-20y', '厂房租赁合同', t);
    expect(lease('第三条 租赁期限为三十（30）年。')).toBe(1);
    expect(lease('第三条 租赁期限为30（叁拾）年。')).toBe(1);
    expect(lease('第三条 租赁期限为二十（20）年。')).toBe(0);
    expect(fired('normative', 'normative.validity-over-5y', '某县扶持办法', '第一条 为……制定本办法。', '第二十条 本办法自2023年1月1日起施行，有效期为十（10）年。')).toBe(1);
  });
});

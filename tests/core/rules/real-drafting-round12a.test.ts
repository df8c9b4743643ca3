/**
 * Round twelve (A), issue 13: recall by the statute's own categories. Each main rule is checked against the kinds the
 * governing law itself defines (行政强制法第9、12条; 行政处罚法第9、16条; 行政许可法第12条; 妇女权益保障法第55、56条 and
 * 村民委员会组织法第27条; 公平竞争审查条例), in the verbs and forms real drafting uses, with the texts that are not the
 * pattern beside them (a law recited, a court applied to, advice, filing after the fact, internal discipline). Wordings
 * written for the category, not copied from a corpus page; every case that should fire failed on the round-eleven engine.
 */
import { describe, expect, it } from 'vitest';
import type { MatterType } from '../../../shared/domain/matter.js';
import { fired } from './rule-probe.js';

describe('coercion by the kinds of 行政强制法第9、12条, when the notice orders it itself', () => {
  const coercion = (...t: string[]) => fired('normative', 'normative.sets-coercion', ...t);
  it('freezing and transferring deposits, remittances or accounts (第9条第4项, 第12条第2项)', () => {
    expect(coercion('某县关于清缴欠费的通告', '逾期仍不缴纳的，由县财政局从其银行账户中直接划拨。')).toBe(1);
    expect(coercion('某县关于清缴欠费的通告', '拒不缴纳的，强制划拨其存款、汇款。')).toBe(1);
  });
  it('an extra sum for late payment (加处罚款或者滞纳金, 第12条第1项) the text sets itself', () => {
    expect(coercion('某镇关于收取垃圾处理费的通知', '逾期未缴纳的，每日按应缴费用的千分之五加收滞纳金。')).toBe(1);
    // A rate of its own (行政处罚法第72条 sets 3% a day on an unpaid fine).
    expect(coercion('某县关于规范停车收费的通告', '逾期不缴纳罚款的，每日按罚款数额的百分之五加处罚款。')).toBe(1);
  });
  it('auction or sale of what was seized (第12条第3项)', () => {
    expect(coercion('某区关于清理占道经营的通告', '查获的物品逾期不领回的，一律予以拍卖，所得款项上缴财政。')).toBe(1);
    expect(coercion('某县关于整治非法营运车辆的通告', '扣押的车辆逾期无人认领的，依法予以变卖。')).toBe(1);
  });
  it('obstruction removed, the former state restored, things sealed or towed by force (第12条第4项, 第9条第2项)', () => {
    expect(coercion('某镇关于河道清障的通告', '逾期不清除的，由镇人民政府强制清障，费用由当事人承担。')).toBe(1);
    expect(coercion('某县关于耕地保护的通告', '对非法占用耕地的，由乡镇人民政府组织强制恢复原状。')).toBe(1);
    expect(coercion('某区关于整治非法加工点的通告', '对无证加工的设备、原料一律予以封存。')).toBe(1);
    expect(coercion('某县关于整治僵尸车的通告', '逾期不挪移的，将车辆拖至指定停车场。')).toBe(1);
    expect(coercion('某镇关于整治乱堆乱放的通告', '对占道堆放的物品当场予以收缴。')).toBe(1);
  });
  it('cutting water and power to force compliance (第43条: no such means to force a decision)', () => {
    expect(coercion('某区关于整治散乱污企业的通告', '对拒不停产整治的企业，一律采取停水停电措施。')).toBe(1);
    // One finding, under coercion: in a normative document the cut-off is a means of compulsion, not a village sanction.
    expect(fired('normative', 'rules.restricts-liberty', '某区关于整治散乱污企业的通告', '对拒不停产整治的企业，一律采取停水停电措施。')).toBe(0);
    expect(fired('village.rules', 'rules.restricts-liberty', '某村村规民约', '拒不缴纳卫生费的，予以停水停电。')).toBe(1);
  });
  it('a court applied to, a law recited, a records or sampling seal, land allocated or assets auctioned is no finding', () => {
    expect(coercion('某县关于征收土地补偿的公告', '当事人逾期不履行的，依法申请人民法院强制执行。')).toBe(0);
    expect(coercion('某县关于征收土地补偿的公告', '逾期不履行的，由县人民政府申请人民法院强制执行。')).toBe(0);
    expect(coercion('某县税务通告', '依照《中华人民共和国税收征收管理法》第三十二条，按日加收滞纳税款万分之五的滞纳金。')).toBe(0);
    expect(coercion('某县档案管理办法', '涉密档案材料予以封存，由专人保管。')).toBe(0);
    expect(coercion('某市食品抽检工作方案', '抽样人员应当对样品予以封存，并由被抽样单位签字确认。')).toBe(0);
    expect(coercion('某县国有资产处置办法', '闲置资产经批准后可以通过公开拍卖方式处置。')).toBe(0);
    expect(coercion('某县土地供应办法', '国有建设用地使用权以划拨方式供应的，按本办法执行。')).toBe(0);
    expect(coercion('某县国有建设用地出让办法', '经营性用地一律以招标、拍卖、挂牌方式出让。')).toBe(0);
    expect(coercion('某县财政资金管理办法', '补助资金由县财政局直接划拨至项目单位账户。')).toBe(0);
    expect(coercion('某县供电检修通知', '因线路检修，以下区域临时停水停电。')).toBe(0);
  });
});

describe('penalties by the kinds of 行政处罚法第9条, which a normative document may not set (第16条)', () => {
  const fine = (...t: string[]) => fired('normative', 'rules.sets-fine', ...t);
  it('a warning or a circulated criticism laid on those outside the administration', () => {
    expect(fine('某区关于规范户外广告设置的通告', '违反本通告规定的，由城管部门给予警告，并责令限期改正。')).toBe(1);
    expect(fine('某县农贸市场管理办法', '对违反规定的经营者予以通报批评。')).toBe(1);
  });
  it('qualifications lowered, business limited, a trade barred, business stopped', () => {
    expect(fine('某市建筑市场管理办法', '情节严重的，降低其资质等级。')).toBe(1);
    expect(fine('某县安全生产管理办法', '对存在重大隐患的企业，限制其开展生产经营活动三个月。')).toBe(1);
    expect(fine('某市家政服务管理办法', '对虐待服务对象的家政人员，五年内限制从业。')).toBe(1);
    expect(fine('某县关于整治娱乐场所的通告', '对拒不整改的场所，责令停业整顿。')).toBe(1);
  });
  it('internal discipline, a sign, a statute applied or a fine already imposed is no penalty the text sets', () => {
    expect(fine('某县目标考核办法', '对工作不力的乡镇，由县政府予以通报批评。')).toBe(0);
    expect(fine('某县行政执法责任制办法', '对失职的工作人员给予警告、记过处分。')).toBe(0);
    expect(fine('某市食品经营管理办法', '由市场监管部门依照《中华人民共和国食品安全法》第一百二十二条的规定给予警告。')).toBe(0);
    expect(fine('某县安全生产通告', '危险区域应当设置明显的安全警告标志。')).toBe(0);
    expect(fine('某市重点实验室管理办法', '年度评估为基本合格的重点实验室，给予警告并限期整改。')).toBe(0);
    // 加处罚款 is enforcement of a fine imposed (行政强制法第12条第1项): normative.sets-coercion's, not a new penalty.
    expect(fine('某县关于规范停车收费的通告', '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。')).toBe(0);
  });
});

describe('village rules: money and goods taken are fines; benefits cut are 剥夺法定权益 (domain reference §1.1.3)', () => {
  const fine = (...t: string[]) => fired('village.rules', 'rules.sets-fine', ...t);
  const deprive = (...t: string[]) => fired('village.rules', 'village-rules.deprive-rights', ...t);
  it('a fine paid in grain, meat or money by other names', () => {
    expect(fine('某村村规民约', '乱砍滥伐林木者，罚米50斤。')).toBe(1);
    expect(fine('某村村规民约', '违反者罚猪肉100斤，用于全村聚餐。')).toBe(1);
    expect(fine('某村村规民约', '不参加集体劳动的，一律罚钱。')).toBe(1);
    // A villager's question quoted in a report asks about a fine; it sets none.
    expect(fine('某村村规民约引发争议', '有村民在公告栏下留言：“罚的钱给谁？有罚钱的资格吗？”')).toBe(0);
  });
  it('benefits, papers or services withheld as a sanction go to deprive-rights, not to the fine rule', () => {
    expect(deprive('某村村规民约', '违反本条规定的，取消该户当年的各项福利待遇。')).toBe(1);
    expect(fine('某村村规民约', '违反本条规定的，取消该户当年的各项福利待遇。')).toBe(0);
    expect(deprive('某村村规民约', '拒不缴纳卫生费的，村委会不予出具任何证明。')).toBe(1);
    expect(fine('某村村规民约', '拒不缴纳卫生费的，村委会不予出具任何证明。')).toBe(0);
  });
  it('a warning or public criticism is a measure of self-government, not a fine', () => {
    expect(fine('某村村规民约', '违反本公约的，由村委会给予批评教育、警告或在村务公开栏通报批评。')).toBe(0);
  });
});

describe('every form of confining or limiting movement the text sets itself (宪法第37条, 立法法第11条)', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('kept inside a territory, a place or a room', () => {
    expect(liberty('normative', '某县关于疫情防控的通告', '中高风险地区来县人员一律不得离开居住地。')).toBe(1);
    expect(liberty('normative', '某镇关于返乡人员管理的通告', '集中观察期间，任何人不得擅自离开隔离点。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '偷盗者由治保会看管，三日内不准离开村部。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '酗酒闹事者禁足三天。')).toBe(1);
  });
  it('isolation with the days before the measure, or ordered for a group', () => {
    expect(liberty('normative', '某县关于加强返乡人员管理的通告', '对外省返乡人员实行14天居家隔离。')).toBe(1);
    expect(liberty('village.rules', '某村防疫公约', '对外地返村人员进行集中隔离观察。')).toBe(1);
  });
  it('villages sealed, people sent back or taken away', () => {
    expect(liberty('normative', '某乡关于疫情防控的紧急通告', '即日起各村一律实行封村。')).toBe(1);
    expect(liberty('normative', '某县关于整治流浪乞讨人员的通告', '对外地流浪人员一律遣返原籍。')).toBe(1);
    expect(liberty('village.rules', '某村村规民约', '外来人员无故逗留的，由治保会押送至派出所。')).toBe(1);
  });
  it('advice, staff at their posts, exam rooms, road works and a law recited are no finding', () => {
    expect(liberty('normative', '某县防控倡议书', '建议市民尽量不离开居住地，减少跨区域流动。')).toBe(0);
    expect(liberty('normative', '某县值班制度', '值班人员不得离开值班岗位。')).toBe(0);
    expect(liberty('normative', '某县中考考务规定', '开考后考生不得离开考场。')).toBe(0);
    expect(liberty('normative', '某县交通管制通告', '因道路施工，该路段实行封路。')).toBe(0);
    expect(liberty('normative', '某市出入境管理办法', '依照《中华人民共和国出境入境管理法》的规定予以遣返。')).toBe(0);
    expect(liberty('normative', '某县防控通告', '设置隔离带，隔离栏外禁止停车。')).toBe(0);
  });
});

describe('licences in the forms drafting gives them (行政许可法第12、15、17条), and what is not one', () => {
  const license = (...t: string[]) => fired('normative', 'normative.sets-license', ...t);
  it('an organ\'s consent, a registration or a filing made the condition of acting ("未经…不得")', () => {
    expect(license('某镇关于加强河道管理的通告', '未经镇人民政府同意，任何单位和个人不得在河道内采砂。')).toBe(1);
    expect(license('某县再生资源回收管理办法', '未经登记，任何单位和个人不得从事废旧物资收购经营。')).toBe(1);
    expect(license('某县民宿管理办法', '未经备案的，不得从事民宿经营。')).toBe(1);
  });
  it('a review, a paper an organ issues or a qualification put before the act ("经…方可", "凭…方可")', () => {
    expect(license('某镇农村建房管理办法', '村民建房须经镇政府审核后方可动工。')).toBe(1);
    expect(license('某镇农村建房管理办法', '村民凭村委会出具的同意证明方可建房。')).toBe(1);
    expect(license('某县小型工程管理办法', '施工单位须具备县住建局核定的施工资质方可承接工程。')).toBe(1);
  });
  it('filing after the act, a report, notice to a consumer, a private consent, an internal review or identity is no licence', () => {
    expect(license('某镇农村建房管理办法', '村民建房开工后15日内报镇政府备案。')).toBe(0);
    expect(license('某县安全生产办法', '经营单位发生事故后应当及时向主管部门报告。')).toBe(0);
    expect(license('某县消费者权益保护办法', '经营者应当书面告知消费者商品的使用方法。')).toBe(0);
    expect(license('某县知识产权保护办法', '未经权利人同意，任何单位和个人不得使用他人注册商标从事经营。')).toBe(0);
    expect(license('某县规范性文件管理办法', '未经合法性审查的规范性文件，不得提交县政府常务会议审议。')).toBe(0);
    expect(license('某县惠农补贴发放办法', '农户凭本人身份证明方可领取补贴。')).toBe(0);
    expect(license('某县建设管理通告', '依法取得建设工程规划许可证后方可开工建设。')).toBe(0);
  });
});

describe('a law\'s own articles and a contract\'s remedies are not a normative document setting a penalty or compulsion', () => {
  it('"违反本法规定…予以警告" speaks as a law, which may set penalties (行政处罚法第10–12条)', () => {
    expect(fired('normative', 'rules.sets-fine', '某法（节选）', '第八十条 违反本法规定，拒绝现场检查的，由主管部门予以警告，并处一万元以上十万元以下的罚款。')).toBe(0);
    expect(fired('normative', 'rules.sets-fine', '某法（节选）', '第八十一条 违反本法规定，新建严重污染项目的，由县级以上人民政府责令关闭。')).toBe(0);
  });
  it('a late-payment sum between the parties of an annexed model contract', () => {
    expect(fired('normative', 'normative.sets-coercion', '某区公房租赁管理办法', '如有拖欠，甲方有权向乙方加收滞纳金，滞纳金每天按欠租的千分之三收取。')).toBe(0);
  });
});

describe('any loss tied to marriage, divorce, widowhood or uxorilocal marriage (妇女权益保障法第55、56条, 组织法第27条)', () => {
  const women = (...t: string[]) => fired('village.rules', 'village-rules.married-out-women', ...t);
  it('every name of the status: 婚出, 改嫁, 再婚, 招赘, 嫁入', () => {
    expect(women('某村集体收益分配办法', '婚出女户口未迁出的，不参与集体收益分配。')).toBe(1);
    expect(women('某村村规民约', '妇女改嫁后，其责任田由村集体收回。')).toBe(1);
    expect(women('某村村规民约', '招赘女婿不享受本村村民待遇。')).toBe(1);
    expect(women('某村宅基地管理规定', '再婚妇女及其子女的宅基地不再安排。')).toBe(1);
  });
  it('every form of the loss: a consent or a waiting period first, shares taken back to the collective', () => {
    expect(women('某村征地补偿分配方案', '出嫁女须经村民代表会议三分之二以上同意方可参与分配。')).toBe(1);
    expect(women('某村集体收益分配办法', '嫁入本村的妇女户口迁入满五年方可参与分配。')).toBe(1);
    expect(women('某村股份经济合作社章程', '出嫁女的股份一律收归集体。')).toBe(1);
  });
  it('equal treatment, a protection recited or a wedding custom is no finding', () => {
    expect(women('某村集体收益分配办法', '婚出女户口在本村的，与本村村民同等享受集体收益分配。')).toBe(0);
    expect(women('某村村规民约', '嫁入本村的妇女，户口迁入后享受与本村村民同等待遇。')).toBe(0);
    expect(women('某村村规民约', '妇女改嫁、再婚的，任何组织和个人不得收回其承包地。')).toBe(0);
    expect(women('某村移风易俗公约', '再婚喜事从简，酒席不超过十桌。')).toBe(0);
  });
});

describe('the kinds of 公平竞争审查条例第8、9条 that favour one place or one seller', () => {
  const local = (...t: string[]) => fired('normative', 'fair-competition.local-preference', ...t);
  it('outside goods kept out of the local market (第9条第1项)', () => {
    expect(local('某县生猪屠宰管理办法', '外地生猪一律不得进入本县市场销售。')).toBe(1);
    expect(local('某县农产品市场管理办法', '严禁外县蔬菜调入本县批发市场。')).toBe(1);
  });
  it('outside firms made to set up locally or kept out of bids (第9条第2、3项), local bidders given points', () => {
    expect(local('某县政府投资项目招标管理办法', '投标人须在本县设有固定办公场所和售后服务机构。')).toBe(1);
    expect(local('某县政府投资项目管理办法', '承接本县政府投资项目的企业，须在县域内设立分公司。')).toBe(1);
    expect(local('某县政府采购评分办法', '评标时对本县注册企业给予加分。')).toBe(1);
  });
  it('different charges or repeated checks for outside goods and firms (第9条第4、5项)', () => {
    expect(local('某县市场管理办法', '对外地入市的农产品收取进场检验费。')).toBe(1);
    expect(local('某市建材管理办法', '外地生产的建材进入本市须重复检测。')).toBe(1);
  });
  it('goods or services only from a designated seller (第8条第3项)', () => {
    expect(local('某县农村改厕工作方案', '农户改厕所需设备须到县指定网点购买。')).toBe(1);
    expect(local('某镇燃气安全管理通知', '用户燃气报警器必须向镇燃气公司购买安装。')).toBe(1);
  });
  it('equal treatment, quality checks for all, a government service hall and a list of options are no finding', () => {
    expect(local('某县公平竞争审查实施办法', '不得排斥、限制外地经营者参加本地政府采购和招标投标。')).toBe(0);
    expect(local('某县农产品质量安全管理办法', '所有进入批发市场的农产品均须经检测合格。')).toBe(0);
    expect(local('某县政务服务管理办法', '申请人须到县政务服务中心办理。')).toBe(0);
    expect(local('某县招商引资办法', '鼓励外地企业在本县设立分支机构。')).toBe(0);
    expect(local('某村疫情防控通告', '外地人员、车辆一律不得进入本村。')).toBe(0);
    expect(local('某县健康体检办法', '从业人员须到指定医疗机构体检。')).toBe(0);
  });
});

describe('a lease term over twenty years in any unit or word order (民法典第705条)', () => {
  const lease = (...t: string[]) => fired('contract', 'lease.term-over-20y', ...t);
  it('the term in months, or after the verb with no 期限 word', () => {
    expect(lease('某村土地租赁合同', '租赁期限为三百个月，自合同签订之日起计算。')).toBe(1);
    expect(lease('某村厂房租赁合同', '租期360个月。')).toBe(1);
    expect(lease('某村土地租赁合同', '甲方同意将上述土地租给乙方使用三十年。')).toBe(1);
    expect(lease('某村土地租赁合同', '甲方将该地块租赁给乙方经营，为期三十年。')).toBe(1);
  });
  it('twenty years or less, a time after the start, a renewal agreed later is no finding', () => {
    expect(lease('某村厂房租赁合同', '租期240个月。')).toBe(0);
    expect(lease('某村土地租赁合同', '甲方同意将上述土地租给乙方使用二十年。')).toBe(0);
    expect(lease('某村土地租赁合同', '乙方承包经营三十年后，地上附着物归甲方所有。')).toBe(0);
    expect(lease('某村土地租赁合同', '租赁期限为十年。期满后乙方可续租，续租期限为十五年。')).toBe(0);
  });
});

describe('further forms of the same categories', () => {
  it('power or water cut alone as compulsion (行政强制法第43条)', () => {
    expect(fired('normative', 'normative.sets-coercion', '某县关于整治违规用地的通告', '对拒不整改的企业，一律实施断电。')).toBe(1);
    expect(fired('normative', 'normative.sets-coercion', '某县供电公司停电通知', '因线路检修施工，定于5月1日实施停电。')).toBe(0);
  });
  it('a village deposit forfeited for a breach is a fine; a deposit returned is not', () => {
    expect(fired('village.rules', 'rules.sets-fine', '某村村规民约', '建房户须交纳保证金，违反规定的，保证金不予退还。')).toBe(1);
    expect(fired('village.rules', 'rules.sets-fine', '某村村规民约', '工程验收合格后，保证金全额退还。')).toBe(0);
  });
  it('going out limited for residents, everyone kept at home', () => {
    expect(fired('normative', 'rules.restricts-liberty', '某县疫情防控通告', '即日起严格限制居民出行。')).toBe(1);
    expect(fired('normative', 'rules.restricts-liberty', '某县疫情防控通告', '全县城乡居民一律居家。')).toBe(1);
    expect(fired('normative', 'rules.restricts-liberty', '某县机关工作安排', '疫情期间机关工作人员一律居家办公。')).toBe(0);
    expect(fired('normative', 'rules.restricts-liberty', '某市机动车限行通告', '工作日高峰时段限制外地机动车出行。')).toBe(0);
  });
});

describe('statute wording the round\'s forms must leave alone (checked on the team\'s statute set)', () => {
  it('a regulation\'s own article, 行政处罚法第72条\'s 3% restated, animals isolated, deportation, escorting suspects', () => {
    expect(fired('normative', 'rules.sets-fine', '某市条例', '第五十六条 违反本条例规定，有下列行为之一的，由主管部门给予警告。')).toBe(0);
    expect(fired('normative', 'normative.sets-coercion', '某县行政处罚实施办法', '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。')).toBe(0);
    expect(fired('normative', 'normative.sets-coercion', '某县停车收费办法', '逾期不缴纳罚款的，每日按罚款数额的百分之五加处罚款。')).toBe(1);
    expect(fired('normative', 'rules.restricts-liberty', '某市养犬管理办法', '对疑似患有狂犬病的犬只，养犬人应当立即对犬只采取隔离措施。')).toBe(0);
    expect(fired('normative', 'rules.restricts-liberty', '某市出国旅游管理办法', '旅游者因滞留不归被遣返回国的，由公安机关吊销其护照。')).toBe(0);
    expect(fired('normative', 'rules.restricts-liberty', '某县办案规定', '无法及时将犯罪嫌疑人押解回管辖地的，应当就近羁押。')).toBe(0);
  });
  it('a party\'s 方, an approved seller, a list the text forbids', () => {
    expect(fired('normative', 'normative.sets-license', '某县土地流转办法', '经承包方书面同意并向发包方备案，受让方可以再流转土地经营权。')).toBe(0);
    expect(fired('normative', 'normative.sets-license', '某县供水管理办法', '供水企业经市场监管部门登记注册后，方可对外供水。')).toBe(0);
    expect(fired('normative', 'fair-competition.local-preference', '某县食盐管理办法', '批发企业应当从省盐业主管机构批准的加工企业进货。')).toBe(0);
    expect(fired('normative', 'fair-competition.local-preference', '某县公平竞争审查办法', '政策措施不得含有下列内容：', '（一）限制外地商品进入本地市场；')).toBe(0);
  });
});

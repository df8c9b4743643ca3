/**
 * Round twelve (B), issue 13: the classes the twelfth part's one run got wrong, generalised to the other wordings and
 * document kinds each stands for — entry and return bans of a lockdown notice, a measure added after a vague reference
 * to the law, penalties restated from the statute a notice names, terms the law fixes stated in commentary, laws and
 * annual plans that owe no validity article, letter-spaced labels, and court papers about a contract. Written from the
 * legal pattern, not copied from a corpus page; every case that should (not) fire failed on the round-eleven engine.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, fired } from './rule-probe.js';

/** How many findings `rule` gives with the matter's title passed as the app passes it (each quoting its range). */
function titled(type: MatterType, title: string, rule: string, ...texts: string[]): number {
  const bs = blocks(...texts);
  const all = runChecks({ blocks: bs, type, title });
  for (const f of all) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return all.filter((f) => f.rule === rule).length;
}

describe('movement barred by a lockdown notice restricts liberty (立法法第11条; 传染病防治法第42、43条)', () => {
  const liberty = (type: MatterType, ...t: string[]) => fired(type, 'rules.restricts-liberty', ...t);
  it('nobody may come in or come home: 只能出不能进, 只出不进, 一律不返乡, outsiders barred', () => {
    expect(liberty('normative', '某县疫情防控指挥部通告', '二、各村辖区内人员原则上只能出,不能进,没有返乡的一律不返乡;')).toBe(1);
    expect(liberty('normative', '某镇疫情防控通告', '一、各村实行只出不进管理。')).toBe(1);
    expect(liberty('normative', '某镇疫情防控通告', '二、在外务工人员一律不得返乡。')).toBe(1);
    expect(liberty('village.rules', '某村疫情防控公约', '外地人员、车辆一律不准进村。')).toBe(1);
    expect(liberty('normative', '某街道防控通告', '三、禁止外来人员进入本小区。')).toBe(1);
    // Traditional script, as reposts serve it.
    expect(liberty('normative', '某鎮疫情防控通告', '二、外來人員一律不得進村。')).toBe(1);
  });
  it('citizens told to stay in, save for a named case: the subject written 市民/每户家庭', () => {
    expect(liberty('normative', '某市关于加强疫情防控措施的紧急通告', '三、市民从即日起自行居家两周，每户家庭每周不超过2人次外出采购生活物资，无其他特殊情况一律不得外出。')).toBe(1);
    expect(liberty('normative', '某县紧急通告', '全体市民除就医外一律不得外出。')).toBe(1);
    expect(liberty('normative', '某县疫情防控通告', '二、每户每两天可安排1名家庭成员外出采购生活物资。')).toBe(1);
    expect(liberty('normative', '某街道疫情防控通告', '一、各小区禁止一切人员进出。')).toBe(1);
    expect(liberty('village.rules', '某村疫情防控公约', '村民严禁私自外出，不得私自离村。')).toBe(1);
    expect(liberty('normative', '某镇疫情防控通告', '三、辖区居民一律凭出入证进出小区。')).toBe(1);
    expect(liberty('normative', '某镇疫情防控通告', '三、外来人员一律不得进村，卡点执勤人员要严格检查。')).toBe(1);
  });
  it('advice, the law quoted by name, staff on duty and a news report are no finding', () => {
    expect(liberty('normative', '某县春节倡议书', '倡导在外人员就地过年，非必要不返乡。')).toBe(0);
    expect(liberty('normative', '某县春节防控提示', '建议外地人员尽量不返乡、不进村。')).toBe(0);
    expect(liberty('normative', '某县防控倡议书', '倡导每户每两天安排1名家庭成员外出采购，减少聚集。')).toBe(0);
    expect(liberty('normative', '某县通告', '依照《中华人民共和国传染病防治法》，对疫区实行封锁，外来人员一律不得进入。')).toBe(0);
    expect(liberty('normative', '某镇值班通知', '值班人员不得外出，手机保持畅通。')).toBe(0);
    expect(liberty('normative', '某镇值班通知', '值班人员不得私自外出。')).toBe(0);
    expect(liberty('normative', '某园区管理通知', '车辆凭通行证进入园区。')).toBe(0);
    expect(liberty('village.other', '记者探访封村现场', '记者在村口看到，村干部正在劝说一名外地男子返回，这名男子说自己只是路过。')).toBe(0);
  });
});

describe('a measure added after a vague reference to the law is the notice\'s own (行政强制法第10、13条)', () => {
  const coercion = (...t: string[]) => fired('normative', 'normative.sets-coercion', ...t);
  it('"依照有关法律、法规处理，并强制拆除": the reference governs 处理, not what the text adds', () => {
    expect(coercion('某区关于禁养区内养殖场清理整治的通告', '二、禁养区内养殖场应当于限期内关闭。违者依照有关法律、法规进行处理,并强制拆除或者关闭。')).toBe(1);
    expect(coercion('某区关于禁养区内养殖场清理整治的通告', '二、禁養區內養殖場應當於限期內關閉。違者依照有關法律、法規進行處理，並強制拆除。')).toBe(1);
    expect(coercion('某镇关于河道清障的通告', '三、逾期未清理的，依法处理，同时由镇政府组织强制清除。')).toBe(1);
    expect(coercion('某街道关于违章搭建的通告', '四、违者按有关规定处理，逾期不拆的，予以强制拆除。')).toBe(1);
  });
  it('a statute named for the whole sentence, or only a vague reference, is no finding', () => {
    expect(coercion('某区通告', '违者依照《畜禽规模养殖污染防治条例》第三十七条进行处理，并强制拆除。')).toBe(0);
    expect(coercion('某区通告', '违者依照有关法律、法规予以处理。')).toBe(0);
  });
});

describe('penalties a notice restates from the statute it names set nothing (行政处罚法第14条)', () => {
  const fine = (...t: string[]) => fired('normative', 'rules.sets-fine', ...t);
  it('an article copied whole: the organ named in its first branch, the later branches after "；"', () => {
    expect(fine('某市人民政府关于清明节期间森林防火的通告', '违反上述规定，未引起森林火灾的，由县级以上人民政府林业主管部门责令停止违法行为，给予警告，对个人并处二百元以上二千元以下罚款；引起森林火灾的，对个人并处二千元以上三千元以下罚款，对单位并处三万元以上五万元以下罚款。')).toBe(0);
    expect(fine('某县关于禁止露天焚烧秸秆的通告', '违者由生态环境主管部门责令改正；情节严重的，处五百元以上二千元以下罚款。')).toBe(0);
    expect(fine('某市人民政府關於森林防火的通告', '違反上述規定，由縣級以上人民政府林業主管部門責令停止違法行為，對個人並處二百元以上二千元以下罰款；引起森林火災的，對個人並處二千元以上三千元以下罰款。')).toBe(0);
  });
  it('a notice made under a statute named in its opening, whose penalty is the statute\'s scale', () => {
    expect(fine('某市关于森林防火的通告', '为保护森林资源，根据《某省森林防火条例》规定，现将有关事项通告如下：', '一、森林防火区内禁止野外用火。', '二、违反上述规定引起森林火灾的，对个人并处二千元以上三千元以下罚款。')).toBe(0);
    expect(fine('某县关于烟花爆竹燃放管理的通告', '依据《烟花爆竹安全管理条例》，特通告如下：', '在禁放区域燃放烟花爆竹的，处一百元以上五百元以下罚款。')).toBe(0);
  });
  it('the statute named as the speaker of the sentence, with or without its article', () => {
    expect(fine('某市关于森林防火的通告', '《某省森林防火条例》规定，在森林防火区野外用火的，对个人处二百元以上二千元以下罚款。')).toBe(0);
    expect(fine('某县关于禁牧的通告', '《某省草原条例》第三十条明确规定：在禁牧区放牧的，处每只羊五元以上十元以下罚款。')).toBe(0);
  });
  it('a flat sum, or a scale with no statute named anywhere, is still the notice\'s own', () => {
    expect(fine('某市关于森林防火的通告', '违反《某省森林防火条例》规定，在森林防火区野外用火的，一律罚款500元。')).toBe(1);
    expect(fine('某镇关于禁止燃放烟花爆竹的通告', '根据《某市烟花爆竹安全管理条例》，现通告如下：', '一、违者一律罚款500元。')).toBe(1);
    expect(fine('某镇关于环境卫生整治的通告', '为改善人居环境，现通告如下：', '一、乱倒垃圾的，处200元以上500元以下罚款。')).toBe(1);
  });
});

describe('a term the law fixes, stated in commentary or an excerpt, is no lease term (农村土地承包法第21条)', () => {
  const lease = (type: MatterType, ...t: string[]) => fired(type, 'lease.term-over-20y', ...t);
  it('the statute\'s span, its source named, or the terms listed per kind of land', () => {
    expect(lease('village.other', '林地承包合同的法律特征', '承包期限是法定要件，依据法律规定，林地的承包期一般为三十年至七十年，经批准可以延长。')).toBe(0);
    expect(lease('village.other', '光伏用地租赁年限问答', '土地租赁期限：耕地为三十年；草地为三十年至五十年；林地为三十年至七十年。')).toBe(0);
    expect(lease('village.other', '土地流转问答', '法律依据：《中华人民共和国农村土地承包法》第二十一条 耕地的承包期为三十年。')).toBe(0);
    expect(lease('village.other', '承包期限解读', '草原的承包期为三十年至五十年。')).toBe(0);
    expect(lease('village.other', '林地承包問答', '依據法律規定，林地的承包期一般為三十年至七十年。')).toBe(0);
  });
  it('a contract agreeing its own term still does, whatever basis it cites or dates it gives', () => {
    expect(lease('village.contract', '林地承包合同', '根据《中华人民共和国农村土地承包法》等规定，甲方将本村后山林地200亩承包给乙方，承包期限为50年。')).toBe(1);
    expect(lease('contract', '房屋租赁合同', '租赁期限为30年，自2020年至2049年。')).toBe(1);
  });
});

describe('a law or an annual plan owes no validity article (国办发〔2018〕37号: the definition leaves laws out)', () => {
  const validity = (title: string, ...t: string[]) => titled('normative', title, 'normative.no-validity-period', ...t);
  it('a statute or an excerpt of one, in either script', () => {
    expect(validity('中华人民共和国农村土地承包法（承包期条款节选）', '中華人民共和國農村土地承包法', '第二十一條 耕地的承包期為三十年。', '第二十二條 發包方應當與承包方簽訂書面承包合同。')).toBe(0);
    expect(validity('中华人民共和国村民委员会组织法（2018修正）', '第一条 为了保障农村村民实行自治，制定本法。', '第二条 村民委员会是村民自我管理的基层群众性自治组织。')).toBe(0);
    expect(fired('normative', 'normative.no-validity-period', '中华人民共和国森林法', '第一条 为了践行绿水青山就是金山银山理念，制定本法。', '第二条 在中华人民共和国领域内从事森林保护的，适用本法。')).toBe(0);
  });
  it('a judicial interpretation, or a people\'s congress\'s decision', () => {
    expect(validity('最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释', '第一条 下列涉及农村土地承包民事纠纷，人民法院应当依法受理。', '第二条 当事人达成书面仲裁协议的，人民法院应当参照本解释第一条的规定处理。')).toBe(0);
    expect(validity('全国人民代表大会常务委员会关于修改《中华人民共和国农村土地承包法》的决定', '一、将第一条修改为：……', '二、将第六条修改为：……')).toBe(0);
    expect(validity('某市人民代表大会常务委员会关于禁止燃放烟花爆竹的规定', '第一条 为了保障公共安全，制定本规定。', '第二条 本市城区禁止燃放烟花爆竹。')).toBe(0);
    expect(validity('某省人民代表大会常务委员会关于加强生态环境保护的决定', '一、各级人民政府应当落实生态环境保护责任。', '二、禁止在饮用水源保护区内新建排污口。')).toBe(0);
  });
  it('the plan a notice issues, with its year after its kind', () => {
    expect(validity('关于印发《某区草原生态保护补助奖励政策实施方案（2023年）》的通知', '一、补助对象为承包草原的牧户。', '二、补助标准按国家规定执行。')).toBe(0);
    expect(validity('某县春耕生产工作方案（2024年）', '一、各乡镇要做好农资供应。', '二、本方案由县农业农村局负责解释。')).toBe(0);
  });
  it('a notice for a named season or holiday: the season is its window', () => {
    expect(validity('某市人民政府关于确保清明节期间森林防火安全的通告', '一、森林防火区内禁止野外用火。', '二、违反规定的，依法处理。', '特此通告。')).toBe(0);
    expect(validity('关于做好2024年春节期间烟花爆竹燃放管理的通告', '一、城区禁止燃放烟花爆竹。', '二、本通告自发布之日起施行。')).toBe(0);
    expect(validity('某县人民政府关于加强中秋国庆期间道路交通安全管理的通告', '一、城区主干道禁止货车通行。', '二、违者由公安交警部门依法处理。')).toBe(0);
  });
  it('a measure made under a law, or a policy with its edition year, still owes one', () => {
    expect(validity('某县关于加强烟花爆竹管理的通告', '一、春节期间，城区禁止燃放烟花爆竹。', '二、本通告自发布之日起施行。')).toBe(1);
    expect(validity('某省实施《中华人民共和国土地管理法》办法', '第一条 根据《中华人民共和国土地管理法》，结合本省实际，制定本办法。', '第二条 本办法适用于本省行政区域。')).toBe(1);
    expect(validity('某市人民政府关于禁止燃放烟花爆竹的规定', '第一条 为了保障公共安全，制定本规定。', '第二条 本市城区禁止燃放烟花爆竹。')).toBe(1);
    expect(validity('某县人民政府关于加强耕地保护的决定', '一、各乡镇要落实耕地保护责任。', '二、严禁占用基本农田。')).toBe(1);
    expect(validity('某县促进经济发展扶持政策（2018）', '一、本政策适用于在本县登记的企业。', '二、固定资产投资补助按投资额的5%给予。')).toBe(1);
  });
});

describe('regional and repost wordings of the same categories: 清拆, 查扣, 充公 (行政强制法第9条, 行政处罚法第9条)', () => {
  it('清拆 and 查扣 a notice orders are coercive measures; a statute named or the owner\'s own duty is not', () => {
    const coercion = (...t: string[]) => fired('normative', 'normative.sets-coercion', ...t);
    expect(coercion('某区关于违章建筑的通告', '一、逾期未自行拆除的，由街道办事处予以清拆。')).toBe(1);
    expect(coercion('某區關於違章建築的通告', '二、逾期不拆的，強制清拆。')).toBe(1);
    expect(coercion('某县关于整治非法营运的通告', '四、对无证运输的车辆一律予以查扣。')).toBe(1);
    expect(coercion('某区通告', '依照《某市违法建设查处条例》第十条予以清拆。')).toBe(0);
    expect(coercion('某区通告', '业主应当于3月1日前自行清拆。')).toBe(0);
  });
  it('充公 is confiscation: in village rules and in a notice', () => {
    expect(fired('village.rules', 'rules.sets-fine', '某村村規民約', '違者物品充公。')).toBe(1);
    expect(fired('normative', 'rules.sets-fine', '某镇关于禁止电鱼的通告', '三、电鱼工具一律充公。')).toBe(1);
    expect(fired('village.rules', 'rules.sets-fine', '某村村规民约', '本村集体财产不得充公或私分。')).toBe(0);
  });
});

describe('noise on clean documents: letter-spaced labels and court papers about a contract', () => {
  it('a letter-spaced label with its value is no blank; a document number left out still is', () => {
    const blank = (type: MatterType, ...t: string[]) => fired(type, 'placeholder.blank', ...t);
    expect(blank('normative', '某区关于印发补助方案的通知', '文  号 高区财农〔2023〕45号 主题分类 生态保护')).toBe(0);
    expect(blank('contract', '房屋租赁合同', '编  号 HT-2023-017 签订日期 2023年5月1日')).toBe(0);
    expect(blank('contract', '借款合同', '日  期 2023年5月1日')).toBe(0);
    expect(blank('normative', '某区关于印发补助方案的通知', '索 引 号 010600106/2023-00071 发布机构 区政府办公室')).toBe(0);
    expect(blank('normative', '某县人民政府文件', '某政发〔2023〕  号')).toBe(1);
  });
  it('a tender or award announcement owes no contract clauses; a page carrying the contract itself still does', () => {
    const clauses = (title: string, ...t: string[]) => titled('contract', title, 'contract.missing-clause', ...t);
    expect(clauses('某医院物流传输系统项目招标公告', '项目概况', '一、项目基本情况', '项目编号：ZB-2022-316', '预算金额（元）：2099万', '二、申请人的资格要求：具有独立承担民事责任的能力。')).toBe(0);
    expect(clauses('某村集体土地出租竞租公告', '一、出租标的物情况及起始价：村集体土地120亩，起始价每亩每年800元。', '二、竞租人须缴纳保证金2万元。')).toBe(0);
    expect(clauses('某村集体土地出租竞租公告', '附：土地租赁合同', '甲方：某村股份经济合作社', '乙方：', '一、本合同租赁土地120亩。', '二、租金每亩每年800元。')).toBe(1);
  });
  it('a judgment or a case report about a contract owes no signature block; a contract still does', () => {
    const signature = (title: string, ...t: string[]) => titled('village.contract', title, 'contract.no-signature', ...t);
    expect(signature('张某与某村村民委员会农村土地承包合同纠纷一审民事判决书', '原告：张某某，男，汉族。', '被告：某村村民委员会。', '本院认为，原、被告签订的承包合同合法有效。', '判决如下：驳回原告的诉讼请求。')).toBe(0);
    expect(signature('王某诉某村七组果园承包合同纠纷案', '【类型】典型案例', '原告：王某，男，45岁。', '1995年，原告与被告签订果园承包合同，承包期5年。')).toBe(0);
    expect(signature('果园承包合同', '甲方：某村七组', '乙方：王某', '一、甲方将果园20亩承包给乙方经营。', '二、承包期限为5年。', '三、本合同一式两份。')).toBe(1);
  });
});

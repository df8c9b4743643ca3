/**
 * How real documents are drafted (issue 13): the examples the issue reports from real texts, as
 * patterns rather than one-off phrases, and the noise they must not produce.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import { analyseStructure, clauseRange, findTitle } from '../../../main/core/rules/text/structure.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, run } from './rule-probe.js';

describe('document structure', () => {
  it('finds the title inside the text, also in a table cell, past 文号 and 发文机关 lines', () => {
    const bs: TextBlock[] = [
      { index: 0, kind: 'paragraph', text: 'XX区人民政府文件' },
      { index: 1, kind: 'paragraph', text: 'X政发〔2017〕12号' },
      { index: 2, kind: 'table-cell', text: '甘井子区经济工作奖励暂行办法', cell: { table: 0, row: 0, col: 0 } },
      { index: 3, kind: 'paragraph', text: '第一条 为……制定本办法。' },
    ];
    expect(findTitle(bs)).toBe(2);
  });
  it('tells a news report from the document it reports', () => {
    expect(analyseStructure(blocks('某某村村规民约', '第一条 ……')).genre).toBe('document');
    expect(analyseStructure(blocks('村规规定男女通奸各罚1500元', '南方农村报讯 4月15日，记者发现……')).genre).toBe('report');
  });
  it('treats a lead-in ending with a colon and followed by content as a heading', () => {
    const s = analyseStructure(blocks('5、基础设施交付标准：', '甲方应保证水、电、燃气接通。', '地址：', '电话：'));
    expect([...s.headings]).toEqual([0]);
  });
  it('quotes the whole article when it fits, and a quoted clause inside a report', () => {
    const text = '第五条 违者罚款200元。';
    expect(clauseRange(text, 7, 9)).toEqual({ start: 0, end: text.length });
    const quoted = '法院认为，村规民约中“嫁出半年不办迁移的，自行脱产”的内容无效。';
    const at = quoted.indexOf('嫁出');
    const r = clauseRange(quoted, at, at + 2, 20);
    expect(quoted.slice(r.start, r.end)).toBe('“嫁出半年不办迁移的，自行脱产”');
  });
});

describe('patterns of real drafting', () => {
  it('lease terms with the counterparty between the verb and the term, and leases without end', () => {
    expect(run('contract', blocks('原告将该土地承租给被告，期限为30年。'), 'lease.term-over-20y')).toHaveLength(1);
    expect(run('contract', blocks('村委会将土地租赁给了开发区管委会，期限50年。'), 'lease.term-over-20y')).toHaveLength(1);
    expect(run('village.contract', blocks('甲方把土地流转给乙方后，永久不变。'), 'lease.term-over-20y')).toHaveLength(1);
    expect(run('contract', blocks('该房屋包含车位的永久使用权。'), 'lease.term-over-20y')).toEqual([]);
  });
  it('外嫁女 clauses by meaning: marrying out (in other words) tied to losing a right', () => {
    const women = (t: string) => run('village.rules', blocks('某村村规民约', t), 'village-rules.married-out-women');
    expect(women('女子与外乡男子结婚后，即使其丈夫和子女一同落户本村，仍不能享受本村福利。')).toHaveLength(1);
    expect(women('外嫁女不参与土地款征收分配。')).toHaveLength(1);
    expect(women('男到女家，男的不参与田土分配。')).toHaveLength(1);
    expect(women('不得以妇女结婚、离婚为由侵害其在集体经济组织中的权益。')).toEqual([]);
  });
  it('licences set as 实行许可证制度 … 领取《…许可证》, not the eligibility papers of a subsidy', () => {
    const bs = blocks('某市文化市场管理规定', '第六条 文化娱乐经营活动实行许可证制度。经营者须向文化部门申请，领取《文化娱乐经营许可证》后方可营业。');
    expect(run('normative', bs, 'normative.sets-license').length).toBeGreaterThan(0);
    const subsidy = blocks('某市首台套补助资金管理办法', '申报单位须提供相关行业主管部门颁发的生产许可证复印件。');
    expect(run('normative', subsidy, 'normative.sets-license')).toEqual([]);
  });
  it('local preference written as 我市 and by the place name', () => {
    const bs = blocks(
      '关于鼓励使用温州好产品的若干意见',
      '为加大我市企业好产品推广力度，由温州市经信委编制温州好产品目录。',
      '温州好产品应列入我市各级政府采购目录，采购时优先采用温州好产品。',
      '温州好产品目录实行动态管理。',
    );
    expect(run('normative', bs, 'fair-competition.local-preference').length).toBeGreaterThan(0);
  });
  it('validity from dates in different articles, 暂行 from the title inside the document', () => {
    const bs = blocks('甘井子区经济工作奖励暂行办法', '第五条 本办法自2017年5月1日起施行。', '第六条 本办法有效期至2020年12月31日。');
    const f = run('normative', bs, 'normative.validity-over-5y');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('2017年5月1日');
  });
});

describe('noise control', () => {
  it('a heading that ends with a colon, an anonymised name and a naming template are not blanks', () => {
    const bs = blocks(
      '商业房屋租赁合同',
      '5、基础设施交付标准：',
      '甲方应于交付前接通水、电、燃气。',
      '原告曾某某与被告某某公司。',
      '本实验室定名为“大连市XX工程实验室”。',
    );
    expect(run('contract', bs, 'placeholder.blank')).toEqual([]);
  });
  it('the signature block of an unsigned draft is one quiet finding', () => {
    const body = Array.from({ length: 8 }, (_, i) => `第${i + 1}条 双方按约履行。`);
    const bs = blocks('房屋租赁合同', ...body, '甲方（签章）：', '身份证号码：______', '联系电话：______', '乙方（签章）：', '身份证号码：______', '联系电话：______');
    const f = run('contract', bs, 'placeholder.blank');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('hint');
  });
  it('a journalist sentence is not a clause; the clause it quotes is', () => {
    const bs = blocks(
      '村规规定男女通奸各要向村委会交罚款1500元',
      '南方农村报讯 盘石村《村规民约》中，涉及罚款或收费的条款比比皆是。',
      '“无理阻碍公务人员执行公务，情节较轻者每人罚款200—300元”，记者在村民家中看到了原件。',
    );
    const f = run('village.rules', bs, 'rules.sets-fine');
    expect(f.map((x) => x.excerpt)).toEqual(['“无理阻碍公务人员执行公务，情节较轻者每人罚款200—300元”']);
  });
  it('a finding on a clause quotes the clause and marks the trigger inside it', () => {
    const bs = blocks('某村村规民约', '三、乱倒垃圾的，由村委会责令清理，并处以罚款200元。');
    const [f] = run('village.rules', bs, 'rules.sets-fine');
    expect(f?.excerpt).toBe('三、乱倒垃圾的，由村委会责令清理，并处以罚款200元。');
    expect(f?.trigger && bs[1]?.text.slice(f.trigger.start, f.trigger.end)).toMatch(/罚款|处以/);
  });
  it('村规民约 that do not mention 备案 get no finding for it (a checklist item covers filing)', () => {
    expect(run('village.rules', blocks('某村村规民约', '一、村民应当遵守本规约。'), 'village-rules.no-filing')).toEqual([]);
    const wrong = blocks('某村村规民约', '本规约经镇人民政府批准后生效。');
    expect(run('village.rules', wrong, 'village-rules.no-filing')).toHaveLength(1);
  });
});

describe('second round (issue 13): numeral forms, reported provisions, buying local', () => {
  it('reads lease terms written in financial uppercase and the total after the dates', () => {
    expect(run('village.contract', blocks('鱼塘承包合同', '一、承包期限为叁拾伍年，自2020年1月1日起算。'), 'lease.term-over-20y')).toHaveLength(1);
    const total = run('village.contract', blocks('山林承包合同', '二、承包期限：从2001年3月1日起至2031年3月1日止，共叁拾年。'), 'lease.term-over-20y');
    expect(total).toHaveLength(1);
    // Twenty years is the limit, not over it, in any numeral form.
    expect(run('village.contract', blocks('鱼塘承包合同', '二、承包期限：自签订之日起，共贰拾年。'), 'lease.term-over-20y')).toHaveLength(0);
  });
  it('counts a provision a report attributes to a named document, with or without quotation marks', () => {
    const report = (line: string) =>
      run('village.other', blocks('某村村民诉村民小组案', '本报讯 近日，某县法院审结一起案件。', line), 'village-rules.married-out-women');
    expect(report('被告辩称，该组章程早已规定，出嫁女不再参与征地款的分配。')).toHaveLength(1);
    expect(report('村组拒绝的依据是一份内部文件：嫁出本村的妇女不享受宅基地安置。')).toHaveLength(1);
    // The reporter's own account of what happened is not a provision.
    expect(report('村民小组在分配时以她已出嫁为由，没有给她分配补偿款。')).toHaveLength(0);
  });
  it('flags support that only buying inside the area earns, not the drafting office naming itself', () => {
    const rule = 'fair-competition.local-preference';
    expect(run('normative', blocks('关于支持企业发展的通知', '三、对采购市内企业生产的零部件的整车企业，按采购额的1%给予奖励。'), rule)).toHaveLength(1);
    expect(run('normative', blocks('关于支持企业发展的通知', '四、支持本地配套采购，对新增配套项目给予资金补助。'), rule)).toHaveLength(1);
    expect(run('normative', blocks('关于支持企业发展的通知', '一、为推动我市经济高质量发展，对新增规模以上企业给予奖励。'), rule)).toHaveLength(0);
    expect(run('normative', blocks('关于清理妨碍公平竞争政策的通知', '二、不得对采购本地企业产品给予补贴。'), rule)).toHaveLength(0);
  });
});

// Fourth round (s4): general fixes found by looking at the first test part's false alarms.
describe('round four: commentary, lists after a label, statutory terms, tick boxes, mixed court/arbitration', () => {
  it('a label introducing a numbered list is a heading; a party or field label before one stays a blank', () => {
    const s = analyseStructure(blocks('共设三个奖项：', '（一）重大项目奖', '丙方（控股股东）：', '1. 借款金额', '奖励对象为：', '（一）街道办事处；'));
    expect([...s.headings].sort()).toEqual([0, 4]);
  });
  it('an article analysing 外嫁女 cases is commentary, not the village rules it criticises', () => {
    const bs = blocks(
      '以集体收益分配为切入点浅析农村“外嫁女”群体权益保障困境及其成因',
      '在我国某些农村，如果妇女出嫁到外村，无论其户口是否迁出，均不能参与集体经济组收益分配。',
    );
    expect(analyseStructure(bs).genre).toBe('report');
    expect(run('village.other', bs, 'village-rules.married-out-women')).toEqual([]);
    // The same sentence as a clause of village rules still fires.
    expect(run('village.rules', blocks('某村村规民约', '第八条 妇女出嫁到外村的，不能参与集体经济收益分配。'), 'village-rules.married-out-women')).toHaveLength(1);
  });
  it('a text on a policy topic with no numbered articles and no 本办法 owes no validity period', () => {
    const page = blocks('全国统一大市场建设与公平竞争审查机制', '某市完善公平竞争审查机制，三年间累计审查文件3250件。', '被清理的条款案例：');
    expect(run('normative', page, 'normative.no-validity-period')).toEqual([]);
    // A body without a title line but drafted in articles still does.
    const body = blocks('第一条 为促进发展，制定本办法。', '第二条 本办法适用于本区。');
    expect(run('normative', body, 'normative.no-validity-period')).toHaveLength(1);
  });
  it('a household contracting term stated on the 承包经营权证 is statutory, not a lease term', () => {
    const bs = blocks(
      '某村土地承包纠纷',
      '区人民政府向陈某一家发放《农村土地承包经营权证》，承包期限为1997年1月1日至2026年12月31日止。',
      '村委会将鱼塘出租给李某，租赁期限为1997年1月1日至2026年12月31日止。',
    );
    const found = run('village.contract', bs, 'lease.term-over-20y');
    expect(found.map((f) => f.paragraph)).toEqual([2]);
  });
  it('tick-box options are a choice at signing: none or one ticked is no 或裁或诉, two ticked is', () => {
    const options = (a: string, b: string) =>
      blocks('房屋租赁合同', '第二十三条 协商不成的，可向：', `${a}深圳仲裁委员会申请仲裁；`, `${b}租赁房屋所在地的人民法院提起诉讼。`);
    expect(run('contract', options('□', '□'), 'contract.dispute-both')).toEqual([]);
    expect(run('contract', options('☑', '□'), 'contract.dispute-both')).toEqual([]);
    const both = run('contract', options('☑', '☑'), 'contract.dispute-both');
    expect(both).toHaveLength(1);
    expect(both[0]!.severity).toBe('must');
  });
  it('a court told to arbitrate mixes the two ways', () => {
    const found = run('contract', blocks('房屋租赁合同', '十二、发生争议时协商解决；协商不成，提请由当地人民法院仲裁。'), 'contract.dispute-both');
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toContain('人民法院仲裁');
  });
});

// Round five (s5): the fourth part's misses, generalised to the class of drafting each belongs to.
describe('round five: drawn blanks, report sections, statutory arbitration, consultation notices, titles, support criteria', () => {
  const titled = (type: MatterType, title: string, bs: TextBlock[], rule: string) =>
    runChecks({ blocks: bs, type, title }).filter((f) => f.rule === rule);

  it('blanks drawn with ▁/﹍ runs or □□ boxes, and dates whose digits were dropped with their underline', () => {
    const blank = (t: string) => run('contract', blocks('房屋租赁合同', t), 'placeholder.blank');
    expect(blank('该房屋坐落于▁▁▁市▁▁▁区，建筑面积▁▁平方米。')).toHaveLength(1);
    expect(blank('乙方应于﹍﹍日内付清押金。')).toHaveLength(1);
    expect(blank('出租方：□□□□有限公司')).toHaveLength(1);
    expect(blank('征地协议于2012年月日签订。')).toHaveLength(1);
    expect(blank('租赁期限自年月日起至年月日止。')).toHaveLength(1);
    // A single box before an option is a tick box; 出生年月日 is a field name, not an empty date.
    expect(blank('该房屋（□已/□未）设定抵押。')).toEqual([]);
    expect(blank('登记表应载明姓名、性别、出生年月日和住址。')).toEqual([]);
  });

  it('a section label over running prose (基本案情：, 法院认为：) is a heading; a party label over prose stays a blank', () => {
    const s = analyseStructure(
      blocks(
        '基本案情：',
        '原告李某与被告王某系姐弟，双方父母均已去世，1982年分地时该户承包人口为五人。',
        '本院认为：',
        '李某婚后户口仍在本村，应认定为本集体经济组织成员。',
        '承租方：',
        '根据《中华人民共和国民法典》，双方就房屋租赁事宜达成如下协议。',
      ),
    );
    expect([...s.headings].sort()).toEqual([0, 2]);
  });

  it('arbitration a statute sets beside the courts (land contracting, labour) is not 或裁或诉; commercial arbitration or court still is', () => {
    const rule = 'contract.dispute-both';
    const land = blocks('农村土地经营权流转合同', '第九条 因本合同发生争议的，双方协商解决；协商不成的，可以向县农村土地承包仲裁委员会申请仲裁，也可以直接向人民法院起诉。');
    expect(run('village.contract', land, rule)).toEqual([]);
    expect(run('village.contract', land, 'dispute.no-arbitration-commission')).toEqual([]);
    const labour = blocks('劳动合同', '十、双方因履行本合同发生劳动争议的，可以向劳动人事争议仲裁委员会申请仲裁；对仲裁裁决不服的，可以向人民法院提起诉讼。');
    expect(run('contract', labour, rule)).toEqual([]);
    const commercial = blocks('设备采购合同', '第十二条 争议由双方协商解决；协商不成的，可以向合肥仲裁委员会申请仲裁，也可以向甲方所在地人民法院起诉。');
    expect(run('contract', commercial, rule)).toHaveLength(1);
  });

  it('the notice asking for comments on a draft owes no validity period; the draft itself does', () => {
    const rule = 'normative.no-validity-period';
    const wrapper = blocks(
      '关于征求《某市物业管理办法（征求意见稿）》意见的公告',
      '为提高立法质量，现将《某市物业管理办法（征求意见稿）》全文公布，征求社会各界意见。',
      '一、意见反馈时间：2021年5月1日至5月30日。',
      '二、反馈方式：电子邮件。',
    );
    expect(run('normative', wrapper, rule)).toEqual([]);
    const draft = blocks('某市物业管理办法（征求意见稿）', '第一条 为规范物业管理，制定本办法。', '第二条 本办法适用于本市。');
    expect(run('normative', draft, rule)).toHaveLength(1);
    // The notice with the draft's articles after it puts the draft under review too.
    const both = blocks(
      '关于征求《某市物业管理办法（征求意见稿）》意见的公告',
      '现将全文公布。',
      '第一条 为规范物业管理，制定本办法。',
      '第二条 本办法适用于本市。',
      '第三条 物业服务企业应当……',
    );
    expect(run('normative', both, rule)).toHaveLength(1);
  });

  it('试行 counts from the matter title the app passes and from the title line inside the text', () => {
    const rule = 'normative.validity-over-5y';
    const body = blocks('第一章 总则', '第一条 为扶持企业发展，制定本办法。', '第三十条 本办法自2020年1月1日起施行，有效期三年。');
    expect(run('normative', body, rule)).toEqual([]);
    expect(titled('normative', '某区科技企业扶持办法（试行）', body, rule)).toHaveLength(1);
    expect(run('normative', blocks('某区科技企业扶持办法（试行）', ...body.map((b) => b.text)), rule)).toHaveLength(1);
  });

  it('a distribution 初案/方案 is a document, not a court case', () => {
    expect(analyseStructure(blocks('某村民小组征地补偿款分配初案', '一、分配以户籍为准。'), '某村民小组征地补偿款分配初案').genre).toBe('document');
    expect(analyseStructure(blocks('王某诉某村民委员会侵害集体经济组织成员权益纠纷案', '基本案情'), '王某诉某村民委员会侵害集体经济组织成员权益纠纷案').genre).toBe('report');
  });

  it('registration and tax ties among a support policy\'s eligibility criteria are a subsidy question, not local preference among suppliers', () => {
    const rule = 'fair-competition.local-preference';
    const criteria = blocks(
      '第二条 同时符合下列条件的企业，经认定后可以申请本办法规定的扶持：',
      '（一）工商注册、税务关系在本区；',
      '（二）上年度营业收入不低于5000万元。',
    );
    expect(run('normative', criteria, rule)).toEqual([]);
    const bid = blocks('第五条 参加本区政府投资项目投标的施工企业应当符合下列条件：', '（一）注册登记在本区；');
    expect(run('normative', bid, rule)).toHaveLength(1);
  });

  it('a fine stays a fine when a graver case is referred to the police; a report of villagers fined under the rules shows the rules set fines', () => {
    const rule = 'rules.sets-fine';
    const graver = blocks('某村村规民约', '第七条 参与赌博的，处以500元罚款；情节严重的，移送公安机关处理。');
    expect(run('village.rules', graver, rule)).toHaveLength(1);
    const graverSameSentence = blocks('某村村规民约', '第七条 参与赌博的处以500元罚款,如赌资大的送交公安机关处理。');
    expect(run('village.rules', graverSameSentence, rule)).toHaveLength(1);
    // The referral of the fine itself is not a fine the village sets.
    expect(run('village.rules', blocks('某村村规民约', '第八条 违者报公安机关依法处以罚款。'), rule)).toEqual([]);
    const news = blocks(
      '某县一村修订村规民约刹住大操大办之风',
      '本报讯（记者 张三）某县某村修订村规民约，对操办宴席作出限制。',
      '去年，村民刘某为孙子办满月酒，被罚款800元。',
    );
    expect(run('village.rules', news, rule)).toHaveLength(1);
    // A report of a fine by an authority in a story that is not about village rules is no clause.
    const traffic = blocks('某县交警整治超载', '本报讯（记者 李四）某县交警开展整治行动。', '一辆货车司机被罚款200元。');
    expect(run('village.rules', traffic, rule)).toEqual([]);
  });
});

// Round five (s5), from real pages never seen before (dev part pg-d5-*): how web pages and templates
// actually reach a reviewer.
describe('round five: traditional script, injected pinyin, dropped figures, reported provisions', () => {
  it('reads a page served in traditional characters with pinyin after each character, and quotes it as it stands', () => {
    const text = '第六條 村民參與賭博的,處(chù)以500元罰(fá)款。';
    const found = run('village.rules', blocks('某村村規(guī)民約', text), 'rules.sets-fine');
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toContain('罰(fá)款');
    const women = run('village.rules', blocks('某村村規民約', '第八條 婦女出嫁（jià）到外村的,不再享（xiǎng）受本村村民待遇。'), 'village-rules.married-out-women');
    expect(women).toHaveLength(1);
  });

  it('a report states the provision with 规定， after a clause of purpose, or across a semicolon of the same sentence', () => {
    const report = (line: string) =>
      run('village.other', blocks('某村修改村规民约案例', '本报讯 记者近日了解到一起案件。', line), 'village-rules.married-out-women');
    expect(report('2015年，村委会决定修改村规民约来控制人口，规定，已经出嫁满两年的妇女，不再享受村民待遇。')).toHaveLength(1);
    expect(report('补偿款分配方案还明确规定，此前出生并落户的村民给予分配；凡已出嫁的妇女，一律不予分配。')).toHaveLength(1);
    expect(report('依据村民小组制定的《某湾土地补偿分配方案》，排除了出嫁女按人口分配的权利。')).toHaveLength(1);
    // What the group did, told by the reporter, is still not a provision.
    expect(report('分配时，村民小组以她是出嫁女为由，没有将她列入名单。')).toEqual([]);
    // A scheme named only as the basis of what then happened to a person is the reporter's story.
    expect(report('依据该分配方案，村民王某2010年嫁到外村，户口未迁出，却不予分配补偿款。')).toEqual([]);
    expect(report('根据该组2015年制定的分配方案，出嫁女一律不予分配。')).toHaveLength(1);
  });

  it('blanks whose figure was lost with its underline, and date skeletons drawn with underscores, show what is missing', () => {
    const blank = (t: string) => run('village.contract', blocks('土地承包合同', t), 'placeholder.blank');
    expect(blank('第一条 甲方将坐落在村东的面积亩的耕地承包给乙方。')).toHaveLength(1);
    expect(blank('租金合计人民币(大写)元整，每年一次付清。')).toHaveLength(1);
    expect(blank('转包期限为 年，期满后双方另行协商。')).toHaveLength(1);
    const date = blank('承包期限三年（自___年__月__日至___年__月__日）。');
    expect(date).toHaveLength(1);
    expect(date[0]!.excerpt).toContain('___年__月__日');
    expect(blank('发包方：________乡(镇)________村民委员会')[0]!.excerpt).toContain('乡(镇)');
    // 亩均 is a ratio, not a missing figure; a web page's empty 作者: line is the site's, not a blank.
    expect(blank('第三条 按面积亩均产值计算补助。')).toEqual([]);
    expect(run('normative', blocks('某县扶持办法', '作者:', '第一条 为扶持企业，制定本办法。'), 'placeholder.blank')).toEqual([]);
  });

  it('an empty contact form (one field per line) is one finding that counts its fields', () => {
    const form = run(
      'contract',
      blocks('借款合同', '第十五条 出借人的通知送达信息如下。', '联系人：  ', '地址：  ', '手机：  ', '第十六条 本合同自签字之日起生效。'),
      'placeholder.blank',
    );
    expect(form).toHaveLength(1);
    expect(form[0]!.message).toContain('连续3栏');
  });
});

describe('round five: a share cut or a right barred on marriage, a 违约金 the village imposes', () => {
  const women = (t: string) => run('village.rules', blocks('某村村规民约', t), 'village-rules.married-out-women');
  it('cutting the share (按五成/一半/不分红) or barring a right (不得分配宅基地, 子女不得落户) is a loss of right', () => {
    expect(women('第九条 嫁往外村的妇女户口未迁出的，集体收益按60%分配。')).toHaveLength(1);
    expect(women('第十条 女儿出嫁后仍在本村居住的，只享受一半。')).toHaveLength(1);
    expect(women('第十一条 丧偶后改嫁的妇女，只分责任田，不分红。')).toHaveLength(1);
    expect(women('第十二条 入赘男子的子女不得在本村落户。')).toHaveLength(1);
    // Equal treatment stated with a percentage is no loss.
    expect(women('第十三条 出嫁女户口未迁出的，与其他村民同等按100%分配。')).toEqual([]);
  });
  it('a 违约金 the village rules impose for breaking them is a fine; a contract\'s 违约金 is not', () => {
    const fine = (t: string) => run('village.rules', blocks('某村村规民约', t), 'rules.sets-fine');
    expect(fine('第六条 在河道内倾倒垃圾的，由村委会处200元违约金。')).toHaveLength(1);
    expect(fine('第七条 毁坏公共设施的，照价赔偿并交纳违约金300元。')).toHaveLength(1);
    expect(fine('第八条 承包集体鱼塘的，按承包合同约定承担违约金。')).toEqual([]);
  });
});

describe('round five: validity ends written as 废止, list notices', () => {
  it('computes the period from "自…起施行，…废止" and asks no validity period of a notice publishing a 名录', () => {
    const over = run('normative', blocks('某县农村集体资产管理办法', '第一条 为规范管理，制定本办法。', '第三十条 本办法自2021年3月1日起施行，2031年2月28日废止。'), 'normative.validity-over-5y');
    expect(over).toHaveLength(1);
    const within = run('normative', blocks('某县农村集体资产管理办法', '第一条 为规范管理，制定本办法。', '第三十条 本办法自2021年3月1日起施行，2025年2月28日废止。'), 'normative.validity-over-5y');
    expect(within).toEqual([]);
    const list = blocks('某县人民政府关于公布第二批传统村落名录的通知', '各乡镇人民政府：', '现将第二批传统村落名录予以公布。');
    expect(run('normative', list, 'normative.no-validity-period')).toEqual([]);
  });
});

describe('round six: the fifth part\'s misses, by class', () => {
  const fine = (t: string) => run('village.rules', blocks('某村村规民约', t), 'rules.sets-fine');
  const liberty = (t: string) => run('village.rules', blocks('某村村规民约', t), 'rules.restricts-liberty');
  const blank = (type: MatterType, ...t: string[]) => run(type, blocks(...t), 'placeholder.blank');
  it('a fine written as an amount then 处罚, as 经济处罚, or as 处 + amount', () => {
    expect(fine('第八条 对乱砍滥伐的，视情节给予200元至1000元的经济处罚。')).toHaveLength(1);
    expect(fine('第九条 偷放鱼塘水的，每次处300元。')).toHaveLength(1);
    expect(fine('第十条 不按时清运垃圾的，按50元一次处罚。')).toHaveLength(1);
    // A prohibition's own sanction is not negated by the prohibition, nor by the order to clean up.
    expect(fine('第十一条 不得向河道倾倒建筑垃圾、违者处800元罚款。')).toHaveLength(1);
    expect(fine('第十二条 乱堆柴草的，责令其清理干净并处罚款100元。')).toHaveLength(1);
    // Still not a fine: a prohibition of fines, a reporter calling a fine unlawful.
    expect(fine('第十三条 村民小组不得对村民罚款。')).toEqual([]);
    expect(run('village.other', blocks('奇葩村规调查', '记者发现，一些村违法对村民实施经济处罚，引发争议。'), 'rules.sets-fine')).toEqual([]);
  });
  it('扣留 of a person who stands before the verb restricts liberty; 扣留 of property does not', () => {
    expect(liberty('第五条 外来人员未经登记擅自进入本村的，一经发现即予扣留。')).toHaveLength(1);
    expect(liberty('第六条 偷盗者被抓获后，由治保会扣留，待家属认领。')).toHaveLength(1);
    expect(liberty('第七条 乱停放的，村委会可扣留其车辆。')).toEqual([]);
    expect(liberty('第八条 对违规人员的摩托车予以扣留。')).toEqual([]);
  });
  it('a lease term written with 经营/使用 between the lease verb and 期限', () => {
    const t = (s: string) => run('village.contract', blocks('耕地承包合同', s), 'lease.term-over-20y');
    expect(t('三、该耕地承租经营期限为二十八年，自签订之日起计算。')).toHaveLength(1);
    expect(t('三、该场地租赁使用期限为25年。')).toHaveLength(1);
    expect(t('三、该耕地承租经营期限为十五年。')).toEqual([]);
  });
  it('figures written as nothing: "为元", "每亩元", a space or colon before the unit, "**年", "副主任X人"', () => {
    expect(blank('contract', '厂房建设合同', '一、本工程合同总价为元。')).toHaveLength(1);
    expect(blank('contract', '土地租赁合同', '二、租金标准为每亩元，按年支付。')).toHaveLength(1);
    expect(blank('contract', '土地租赁合同', '二、租赁土地总面积: 亩，位于村东。')).toHaveLength(1);
    expect(blank('contract', '房屋租赁合同', '2.1 租赁期限:**年，自交付之日起算。')).toHaveLength(1);
    expect(blank('village.charter', '某村村民自治章程', '第六条 村民委员会由主任1人、副主任X人、委员X人组成。')).toHaveLength(1);
    expect(blank('village.other', '选举办法（草案）', '一、村民选举委员会由 人组成，负责主持选举。')).toHaveLength(1);
    expect(blank('village.other', '------镇 村村民委员会选举办法（草案）', '一、本办法适用于本村选举。')).toHaveLength(1);
    // A currency unit, a product version and an anonymised name are not blanks.
    expect(blank('contract', '采购合同', '一、本合同金额单位为元，保留两位小数。')).toEqual([]);
    expect(blank('contract', '运维服务合同', '二、提供办公软件安装，如win7、office20xx等。')).toEqual([]);
    expect(blank('village.other', '某村土地补偿分配情况', '三、村民张*户分得补偿款2万元。')).toEqual([]);
  });
  it('party and field labels run together with nothing after their colons', () => {
    const f = blank('contract', '合作协议书 甲方: 乙方: 甲乙双方经友好协商，达成如下协议。');
    expect(f).toHaveLength(1);
    expect(f[0]?.excerpt).toBe('甲方:');
    expect(blank('contract', '技术服务合同', '受托方(单位全称): 住所地: 法定代表人: 联系电话:')).toHaveLength(1);
    // A time of day is a value, not the next label.
    expect(blank('contract', '会议服务合同', '开会时间: 9:30 地点: 本公司三楼')).toEqual([]);
  });
  it('a web page\'s disclosure line and a heading over the parties are not blanks', () => {
    expect(blank('normative', '索引号: 001-2023-01 公开方式: 主动公开 文件编号:   发布机构: 某市交通运输局', '某市出租汽车管理办法', '第一条 为规范管理，制定本办法。')).toEqual([]);
    expect(blank('contract', '房屋租赁合同', '本合同当事人:', '出租方: 张三，身份证号: 110101199001011234', '承租方: 李四，身份证号: 110101199202021234')).toEqual([]);
  });
  it('a report on the results of a review (…情况的通告) owes no validity period', () => {
    const bs = blocks('某市公平竞争审查联席会议办公室关于2023年公平竞争审查情况的通告', '按照省里要求，全市共审查文件300份，发现问题文件2件，已废止。');
    expect(run('normative', bs, 'normative.no-validity-period')).toEqual([]);
  });
  it('an excerpt missing several 470 items gets one finding that names them all', () => {
    const f = run('contract', blocks('办公家具采购合同条款', '1) 乙方负责送货上门并安装调试，质量应符合国家标准。', '2) 质保期为三年。'), 'contract.missing-clause');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/“违约责任”“解决争议的方法”/);
  });
  it('a sum of money written as nothing after its name (违约金元, 押金元)', () => {
    expect(blank('contract', '土地租赁合同', '五、乙方逾期交还土地的，应付违约金元，并赔偿损失。')).toHaveLength(1);
    expect(blank('contract', '房屋租赁合同', '三、乙方于签约时交纳押金元。')).toHaveLength(1);
  });
  it('married-out women losing membership itself (不再属于本村成员), not a court saying membership is not lost', () => {
    const women = (t: string) => run('village.other', blocks('某组分配决议', t), 'village-rules.married-out-women');
    expect(women('经组民会议决定，外嫁且已离婚的妇女，不再属于本组成员，不参加本年度分红。')).toHaveLength(1);
    expect(women('一、本村女子嫁到外村的，自结婚登记之日起丧失本村村民资格。')).toHaveLength(1);
    expect(women('法院认为，集体经济组织成员身份不因离婚而丧失。')).toEqual([]);
  });
  it('a step a normative document puts before a licence the law sets is an added licence condition', () => {
    const lic = (t: string) => run('normative', blocks('某镇村庄建设管理暂行办法', t), 'normative.sets-license');
    expect(lic('第八条 建设单位申请取得乡村建设规划许可证之前，须经村民委员会签署意见并报镇人民政府审核同意。')).toHaveLength(1);
    expect(lic('第九条 建设单位取得建设工程规划许可证后，应当按规定开工建设。')).toEqual([]);
  });
  it('a share of a sum with its figure gone is a blank; the conditional "…价款的，" is not', () => {
    expect(blank('contract', '装修工程合同', '六、质量保证金为合同总价款的，于保修期满后退还。')).toHaveLength(1);
    expect(blank('contract', '装修工程合同', '七、甲方逾期支付价款的，按日万分之五支付违约金。')).toEqual([]);
  });
  it('a site breadcrumb (您当前的位置：) is not a blank', () => {
    expect(blank('normative', '某市人民政府', '您当前的位置:', '首页 >> 政策文件', '某市促进消费若干措施')).toEqual([]);
  });
  it('a contract text that stops mid-sentence gets one quiet finding, not missing items and signature as 建议修改', () => {
    const cut = run('contract', blocks('办公家具采购合同条款', '1) 乙方负责送货上门并安装调试，质量应符合国家标准。', '2) 乙方未按照清单履行合同的，'));
    const loud = cut.filter((f) => f.severity !== 'hint');
    expect(loud).toEqual([]);
    const missing = cut.filter((f) => f.rule === 'contract.missing-clause');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toMatch(/中断.*签署栏/);
    // A whole text that ends in a full stop or a signature line still gets both, as loud as before.
    const whole = run('contract', blocks('办公家具采购合同', '1) 乙方负责送货上门并安装调试，质量应符合国家标准。', '2) 质保期为三年。'));
    expect(whole.filter((f) => f.severity === 'should').map((f) => f.rule).sort()).toEqual(['contract.missing-clause', 'contract.no-signature']);
    const signed = run('contract', blocks('办公家具采购合同', '1) 质保期为三年，总价人民币5万元。', '甲方（盖章）', '乙方（盖章）'));
    expect(signed.filter((f) => f.rule === 'contract.missing-clause')[0]?.severity).toBe('should');
    const closed = run('contract', blocks('办公家具采购合同', '1) 质保期为三年，总价人民币5万元。', '（以下无正文'));
    expect(closed.filter((f) => f.rule === 'contract.missing-clause')[0]?.severity).toBe('should');
  });
  it('probing next likely misses: the contract term of a lease, a fine paid in labour', () => {
    const term = (title: string, t: string) => run('contract', blocks(title, t), 'lease.term-over-20y');
    expect(term('厂房租赁合同', '第三条 本合同有效期为二十五年，自交付之日起计算。')).toHaveLength(1);
    expect(term('厂房租赁合同', '第三条 本合同有效期为十年。')).toEqual([]);
    // Only where the title says the contract is a lease or contracting of land: not works or services.
    expect(term('设备维护服务合同', '第三条 本合同期限为30年。')).toEqual([]);
    expect(run('village.rules', blocks('某村村规民约', '第七条 损坏公共设施的，除照价赔偿外，罚其义务劳动五天。'), 'rules.sets-fine')).toHaveLength(1);
  });
});


describe('round seven: the sixth part\'s errors, by class', () => {
  const blank = (type: MatterType, ...t: string[]) => run(type, blocks(...t), 'placeholder.blank');
  const report = (...t: string[]) => blocks('村规罚款引争议', '南方农村报讯 5月3日，记者在某县采访时发现……', ...t);
  it('a newspaper in 《》 is a reporter speaking, also in traditional script; 无权/并无 deny the power', () => {
    const fines = (bs: TextBlock[]) => run('village.rules', bs, 'rules.sets-fine');
    expect(fines(report('《南方都市報》指出，村委會向村民收取罰款侵害了村民的財產權。'))).toEqual([]);
    expect(fines(report('《新京报》指出，村组收取罚款于法无据。'))).toEqual([]);
    expect(fines(report('评论员认为，村規民約本無權設定罰款。'))).toEqual([]);
    expect(fines(report('律师说，村民小组并无收费罚款等行政权力。'))).toEqual([]);
    // The clause the report quotes is still found, and a document named in 《》 still reports a provision.
    expect(fines(report('通知写着：“未婚先孕者罚款3000元”。'))).toHaveLength(1);
    expect(fines(report('《某村村规民约》规定，乱倒垃圾的罚款200元。'))).toHaveLength(1);
    // In a village's own rules 无权 is a denial too.
    expect(run('village.rules', blocks('某村村规民约', '第十条 村民小组无权对村民罚款，违反本规约的予以批评教育。'), 'rules.sets-fine')).toEqual([]);
  });
  it('detention that happened ("扣留过") or that the speaker calls unlawful is not a provision', () => {
    const liberty = (bs: TextBlock[]) => run('village.rules', bs, 'rules.restricts-liberty');
    // Quoted, so a report would take them as the words of the rules if nothing else told them apart.
    expect(liberty(report('村干部回应称：“这几年没有扣留过人，立碑只为吓唬小偷。”'))).toEqual([]);
    expect(liberty(report('几位村民说：“大家都清楚，随意扣留他人是违法的。”'))).toEqual([]);
    expect(liberty(blocks('某村村规民约', '说明：本村从未按村规扣留任何人。'))).toEqual([]);
    expect(liberty(report('石碑上刻着“外地人夜间进村，一经发现则扣留”。'))).toHaveLength(1);
  });
  it('a penalty someone has suffered is a condition a normative document names, not one it sets', () => {
    const fine = (t: string) => run('normative', blocks('某市个体经营登记管理办法', t), 'rules.sets-fine');
    expect(fine('第六条 有下列情形之一的，不予登记：（一）营业执照被吊销未满三年的。')).toEqual([]);
    expect(fine('第七条 曾受到罚款处罚的经营者，应当作出书面承诺。')).toEqual([]);
    expect(fine('第十二条 对未按期年检的个体户，由登记机关吊销其营业执照。')).toHaveLength(1);
  });
  it('a lease term stated as the 年限/期限 of the leased land or premises', () => {
    const t = (s: string) => run('village.contract', blocks('山林租赁合同', s), 'lease.term-over-20y');
    expect(t('三、租赁的山场经营年限为四十年，自签字之日起算。')).toHaveLength(1);
    expect(t('三、承包的林地使用期限为30年。')).toHaveLength(1);
    expect(t('三、租赁的厂房使用期限为十年。')).toEqual([]);
  });
  it('money written as nothing but its signs: ¥ with no figure, 大写 with only 圆整, a per-unit price without its figure', () => {
    expect(blank('contract', '技术咨询合同', '一、咨询服务费合计:¥ (大写: 圆整)，签订后五日内支付。')).toHaveLength(1);
    expect(blank('contract', '技术咨询合同', '二、首付款为总额的40%，即￥ (大写: 元整)。')).toHaveLength(1);
    expect(blank('contract', '软件服务合同', '三、服务费按每台终端:元年收取。')).toHaveLength(1);
    // A currency unit and a filled-in amount are not blanks.
    expect(blank('contract', '采购合同', '金额单位:元', '一、合同总价¥12000.00(大写:壹万贰仟圆整)。')).toEqual([]);
  });
  it('xx after a verb is a placeholder; a number label run into the party labels has lost its value', () => {
    expect(blank('village.contract', '土地流转合同', '一、甲方通过xx方式将其承包的耕地流转给乙方经营。')).toHaveLength(1);
    expect(blank('village.rules', '某村村规民约', '本规约适用于XX村全体村民。')).toEqual([]);
    const run1 = blank('contract', '招商引资合同', '招商引资协议书 协议编号甲方乙方为促进本地产业发展经双方协商订立本协议');
    expect(run1).toHaveLength(1);
    expect(run1[0]?.excerpt).toBe('协议编号');
  });
  it('a whole page flattened to one line: its blanks are grouped by clause, not one finding for the page', () => {
    const head = `甲方: 乙方: ${'为规范土地经营权流转，维护双方合法权益，根据有关法律法规，经双方协商，'.repeat(12)}`;
    const page = `${head}订立本合同: 一、甲方采用xx方式将其承包的土地流转给乙方, 二、流转期限为十年, 三、流转费为每亩x元`;
    const f = blank('village.contract', '土地流转合同', page);
    // (Round fourteen: the excerpt drops the item's number and runs on to the phrase's end, "…流转给乙方".)
    expect(f.map((x) => x.excerpt)).toEqual(['甲方:', '甲方采用xx方式将其承包的土地流转给乙方', '流转费为每亩x元']);
    // Round nine: a short block is grouped by clause too (one finding per clause, not per paragraph).
    expect(blank('village.contract', '土地流转合同', '一、甲方采用xx方式流转; 二、流转费为每亩x元')).toHaveLength(2);
  });
  it('a party label with its bracketed note: the excerpt is the whole label, not the next field', () => {
    const f = blank('village.contract', '土地承包合同', '发包方(以下简称甲方):__________联系电话:__________');
    expect(f[0]?.excerpt).toBe('发包方(以下简称甲方):__________');
    // A unit after the blank is still its word ("____岁", "____号"), even when a field follows it.
    expect(blank('village.other', '入户登记表', '年龄:______岁性别:______')[0]?.excerpt).toBe('年龄:______岁');
  });
});

describe('round eight: the seventh part\'s errors, by class', () => {
  const normative = (rule: string, ...texts: string[]) => run('normative', blocks('某市关于加强执法监督的规定', ...texts), rule);

  it('a list defining which penalties or measures count as major is a threshold list, not a penalty the text sets', () => {
    const list = [
      '第二条 本办法所称重大行政处罚，是指行政机关作出的下列处罚决定：',
      '(一) 对个人处以 3000 元以上、对单位处以 30000 元以上罚款，或者没收违法所得；',
      '(二) 吊销许可证或者执照；',
      '第三条 本办法所称重大行政强制，包括下列措施：',
      '(一) 查封生产经营场所；',
      '(二) 扣押车辆或者设备；',
    ];
    expect(normative('rules.sets-fine', ...list)).toEqual([]);
    expect(normative('normative.sets-coercion', ...list)).toEqual([]);
    // The same items under a lead that sets them stay findings.
    expect(normative('rules.sets-fine', '第二条 违反本办法的，按下列规定处理：', '(一) 对个人处以 3000 元罚款；')).toHaveLength(1);
    expect(normative('normative.sets-coercion', '第三条 对违法经营者，可以采取下列措施：', '(一) 查封生产经营场所；')).toHaveLength(1);
  });
  it('the police applying the statute\'s penalty is not a fine the text sets; an amount of its own is', () => {
    expect(normative('rules.sets-fine', '三、在禁放区域内燃放烟花爆竹的，由公安机关责令停止燃放，并视情节给予警告、罚款的处罚。')).toEqual([]);
    expect(normative('rules.sets-fine', '三、在禁放区域内燃放烟花爆竹的，由公安机关处以500元罚款。')).toHaveLength(1);
  });
  it('licences other law requires, named to describe unlicensed business, are not a licence the text sets', () => {
    expect(normative('normative.sets-license', '3.未经许可，擅自从事依法应当取得许可证方可从事的经营活动的。')).toEqual([]);
    expect(normative('normative.sets-license', '三、从事废品收购经营的，须先取得区商务局核发的许可证。')).toHaveLength(1);
  });
});

describe('round eight: blanks', () => {
  const blank = (type: MatterType, ...texts: string[]) => run(type, blocks(...texts), 'placeholder.blank');

  it('a label heading content on the next line is no blank: numbered "3.1 期限：", a commentary\'s "评析：", "明细:??"', () => {
    expect(blank('contract', '物业服务合同', '2.1 服务期限:', '2024-01-01 至 2024-12-31', '2.2 服务地点:本市第一中学。')).toEqual([]);
    expect(blank('village.other', '承包合同纠纷案例', '评析:', '本文赞同第一种观点。', '理由如下。')).toEqual([]);
    expect(blank('contract', '采购合同', '合同标的及金额明细:??合同标的:保洁服务。金额明细:详见报价表。')).toEqual([]);
    // A field run into the next one with nothing between stays a blank.
    expect(blank('contract', '采购合同', '合同金额: 服务期限:一年。')).toHaveLength(1);
  });
  it('a term or an investment with its figure gone: "租赁期年，", "拟投资元人民币"', () => {
    expect(blank('contract', '厂房租赁合同', '二、租赁期年，租金按季支付。')).toHaveLength(1);
    expect(blank('contract', '厂房租赁合同', '二、承包期限为年。')).toHaveLength(1);
    expect(blank('contract', '厂房租赁合同', '二、租赁期年租金为每年5万元。')).toEqual([]);
    const invest = blank('contract', '投资协议', '三、乙方本项目计划投资元人民币，分两期投入。');
    expect(invest).toHaveLength(1);
    expect(invest[0]?.excerpt).toContain('投资元人民币');
  });
});

describe('round eight: lease terms', () => {
  it('a contracting verb with the counterparty before the term; a law\'s article quoting the statutory term is not one', () => {
    const term = (t: string) => run('village.other', blocks('果园承包纠纷', t), 'lease.term-over-20y');
    expect(term('2009年，村委会将其鱼塘发包给被告李某某养殖，养殖期限为二十五年。')).toHaveLength(1);
    expect(term('2009年，村委会将其鱼塘发包给被告李某某养殖，期限为五年。')).toEqual([]);
    expect(term('依照土地管理法第十四条规定，农民集体所有的土地由本集体经济组织的成员承包经营，土地承包经营期限为三十年。')).toEqual([]);
  });
});

describe('round eight: married-out women and liberty in reported text', () => {
  const women = (...texts: string[]) => run('village.other', blocks(...texts), 'village-rules.married-out-women');
  it('a quoted word is a term, not a clause; 婚嫁 is marrying out; a vote told by what it did is a provision', () => {
    expect(women('征地补偿款分配纠纷案', '2019年，村民小组召开会议，分配方案排除了几名“出嫁女”分得补偿款的權利。')).toHaveLength(1);
    expect(women('集体收益分配纠纷案', '会议记录载明：“女儿婚嫁次年起不再享受分配”。')).toHaveLength(1);
    expect(women('外嫁女权益调查', '记者了解到，在分红过程中，两个村小组通过户代表会议表决，把外嫁女及其子女排除在外。')).toHaveLength(1);
    // The reporter's own word in quotes, with no loss nearby, is nothing.
    expect(women('外嫁女权益调查', '记者走访了几位“外嫁女”，听她们讲述回乡的经历。')).toEqual([]);
    // A rule told after the quoted word, as the reporter's generalisation, is no provision of this text.
    expect(women('外嫁女权益调查', '一些地方的村规甚至直接规定，“出嫁女”不能参与集体分红。')).toEqual([]);
    // 婚嫁 as a custom in a definition is not marrying out of this village.
    expect(women('外嫁女权益调查', '“外嫁女”是因婚嫁习俗产生的概念，指户口迁出后又迁回本村的妇女。')).toEqual([]);
  });
  it('confinement ordered by a village or a notice: 不得离开村庄, 禁止离开家门, 先隔离再进村', () => {
    const liberty = (type: MatterType, ...texts: string[]) => run(type, blocks(...texts), 'rules.restricts-liberty');
    expect(liberty('village.rules', '某村防疫公约', '三、疫情期间，全体村民不得离开本村，外来人员一律劝返。')).toHaveLength(1);
    expect(liberty('normative', '某县关于疫情防控的通告', '二、除就医外，全县居民一律禁止离开家门。')).toHaveLength(1);
    expect(liberty('village.rules', '某村防疫公约', '四、外地返乡人员先隔离观察十四天后再进村。')).toHaveLength(1);
    expect(liberty('village.rules', '某村防疫公约', '四、外地返乡人员先隔离观察再进村。')).toHaveLength(1);
    expect(liberty('village.rules', '某村防疫公约', '五、村民外出务工的，离开本村前向村委会说明去向。')).toEqual([]);
  });
});

describe('round eight: coercion, licences and fines in notices and news', () => {
  const normative = (rule: string, text: string) => run('normative', blocks('某县关于整治的通告', text), rule);
  it('a bare 依法 before the measure names no law; culling on the spot is a coercive measure', () => {
    expect(normative('normative.sets-coercion', '三、违规电动车一经发现，一律依法予以暂扣。')).toHaveLength(1);
    expect(normative('normative.sets-coercion', '三、违规电动车依照《道路交通安全法》第九十五条予以扣留。')).toEqual([]);
    expect(normative('normative.sets-coercion', '四、逾期仍散养的犬只，由执法队就地扑杀。')).toHaveLength(1);
  });
  it('a filing certificate made a precondition, and a licence a local body issues, are licences the text sets', () => {
    expect(normative('normative.sets-license', '一、从事废品收购的经营者应当取得《回收网点备案证明》后方可营业。')).toHaveLength(1);
    expect(normative('normative.sets-license', '二、收购单位须依法取得营业执照和县商务局核发的《废旧物资经营许可证》。')).toHaveLength(1);
    expect(normative('normative.sets-license', '二、收购单位须依法取得营业执照。')).toEqual([]);
  });
  it('a sign quoted in the news is a provision', () => {
    const fine = (t: string) => run('village.rules', blocks('村口立牌禁止外来车辆进入引热议', '本报讯 记者了解到，' + t), 'rules.sets-fine');
    expect(fine('村口的告示牌上写着，外来车辆禁止进村，违者罚款200元。')).toHaveLength(1);
  });
});

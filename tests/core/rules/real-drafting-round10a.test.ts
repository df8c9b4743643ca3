/**
 * Round ten A (issue 13): placeholder.blank, contract.missing-clause and amount.mismatch by class, from the
 * errors of the ninth and tenth parts' one run — wordings written here for each class (not copied from the
 * corpus): a report about a contract is not a contract; figures written in words and digits side by side must
 * agree; masked (redacted) figures are not a template's blanks; a form label over its value or its sub-fields is
 * not a blank, and a value missing from a sentence is one.
 */
import { describe, expect, it } from 'vitest';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, run } from './rule-probe.js';

const missing = (type: MatterType, ...texts: string[]) => run(type, blocks(...texts), 'contract.missing-clause');

describe('contract.missing-clause: a text about a contract is not the contract', () => {
  it('news stories, interviews and notices that tell of a contract get no finding', () => {
    // A journalist's story of a lease (no 本合同, no party lines): its missing clauses are no defect.
    expect(
      missing(
        'village.contract',
        '村里的地租出去了',
        '2021-03-02 08:15',
        '据村民反映，去年村干部和一家养殖公司签订了土地租赁协议。协议规定，该村将两个组的60余亩耕地租给公司，租金每亩每年300元，租期自2019年1月1日至2048年12月31日。',
        '镇里的干部说，这份协议没有经过村民会议讨论。',
      ),
    ).toEqual([]);
    // An interview in questions and answers.
    expect(
      missing(
        'contract',
        '承包地流转调查',
        '“合同是谁签的？”“村委会和公司签的，签了三十年。”',
        '“租金多少？”“每亩八百元，一年一付。”',
      ),
    ).toEqual([]);
    // A village notice announcing a transfer contract was signed.
    expect(
      missing(
        'village.contract',
        '关于土地流转情况的公示',
        '经村民代表会议同意，村委会已与某农业公司签订土地流转合同，流转面积120亩，流转费每亩每年600元，特此公示。',
      ),
    ).toEqual([]);
  });
  it('a contract still gets its finding, whether it calls itself 本协议 or only names its parties at the head of a line', () => {
    expect(
      missing('contract', '房屋租赁协议', '甲方将其房屋出租给乙方使用，租金每月1000元。本协议一式两份。'),
    ).toHaveLength(1);
    expect(
      missing('contract', '土地租赁合同', '出租方（甲方）：张三', '承租方（乙方）：李四', '甲方将耕地10亩租给乙方，租金每年5000元。'),
    ).toHaveLength(1);
    // Clauses excerpted without their head still speak as a contract: a party bound ("乙方负责…").
    expect(missing('contract', '设备采购条款', '乙方负责送货并安装调试，质量应符合国家标准，质保期为三年。')).toHaveLength(1);
  });
});

const mismatch = (...texts: string[]) => run('contract', blocks('土地租赁合同', ...texts), 'amount.mismatch');

describe('amount.mismatch: a quantity in words and digits side by side must agree, whatever its unit', () => {
  it('rent in kind, area, a term and a count whose words and figures differ', () => {
    expect(mismatch('每年租金为肆仟(4200)市斤小麦，于每年6月底前交清。')[0]?.excerpt).toBe('肆仟(4200)');
    expect(mismatch('租赁土地面积叁拾(35)亩，四至见附图。')).toHaveLength(1);
    expect(mismatch('承包期限为二十（30）年，自2020年1月1日起。')).toHaveLength(1);
    expect(mismatch('乙方每年交纳承包费4200（大写：肆仟）元。')).toHaveLength(1);
  });
  it('agreeing pairs, list marks and numbers that are no quantity are left alone', () => {
    expect(mismatch('每年租金为肆仟贰佰(4200)市斤小麦，租赁土地面积叁拾伍(35)亩，期限三十（30）年。')).toEqual([]);
    expect(mismatch('乙方的义务如下：（一）按时交租；二（2）层为仓库。')).toEqual([]);
  });
});

const blanks = (type: MatterType, ...texts: string[]) => run(type, blocks(...texts), 'placeholder.blank');

describe('placeholder.blank: masked text is not a template placeholder', () => {
  it('masked dates of birth, phone and ID numbers and figures of a reposted notice are not blanks', () => {
    expect(
      blanks('village.other', '某某诉某村民委员会承包地纠纷一案', '原告张某，男，xxxx年xx月xx日出生，汉族，住某县某村。原告李某，女，1965年xx月xx日生，身份证号：4101021965xxxxxxxx。'),
    ).toEqual([]);
    expect(
      blanks('normative', '关于禁止焚烧秸秆的通告', '一、对擅自焚烧秸秆的，一律给予20xx元的处罚。', '举报电话：0935-77120xx，手机138xxxx5678。'),
    ).toEqual([]);
  });
  it('other maskings of the same kinds: anonymised parties, mixed birth years, hyphenated numbers, one digit shown', () => {
    expect(
      blanks('village.other', '某村民诉某村委会承包合同纠纷案', '原告王××，男，19××年×月×日出生，汉族。被告李xx，住某县某乡。身份证号码：41010219650101XXXX，电话：1390371XXXX。'),
    ).toEqual([]);
    expect(blanks('normative', '关于禁止焚烧秸秆的通告', '举报电话：0935-XXXXXXX。对举报属实的，奖励2XX元。')).toEqual([]);
    // A contract's party left as a surname and ×× is a name still to write in.
    expect(blanks('contract', '房屋租赁合同', '甲方：张××，乙方：李四。')).toHaveLength(1);
  });
  it('a template’s own placeholders stay blanks: a year to fill, a whole figure, a date to fill', () => {
    expect(blanks('contract', '房屋租赁合同', '租赁期限自20xx年xx月xx日起至20xx年xx月xx日止。')).toHaveLength(1);
    expect(blanks('contract', '房屋租赁合同', '月租金为xxxx元，押金xx元。')).toHaveLength(1);
  });
});

describe('placeholder.blank: a merge template’s numbered field tags are blanks', () => {
  it('X1…Xn holding the values of a form are fields not filled in; a lone model name is not', () => {
    const found = blanks('contract', '采购合同', '购货方：X1', '供货方：X2', '合同编号：X3', '甲方应支付货款，大写：X4 小写：X5。');
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.map((f) => f.excerpt).join(' ')).toContain('X4');
    expect(blanks('contract', '车辆租赁合同', '租赁车辆为宝马X6一辆，车牌号京A12345。甲方：张三')).toEqual([]);
  });
});

describe('placeholder.blank: what is a form label over its value, and what is an empty field', () => {
  it('a web page’s publication catalogue with a field the site left empty is not a blank of the document', () => {
    expect(blanks('normative', '某市养犬管理条例', '公布日期:2010-05-01', '施行日期:', '效力级别:地方性法规', '发文字号:', '第一章 总则', '第一条 为了加强养犬管理，制定本条例。')).toEqual([]);
    expect(blanks('contract', '办公家具采购意向公开', '采购单位:', '某市第一小学', '采购品目:', '预计采购时间:', '2024年6月')).toEqual([]);
    // A contract's own empty field is still a field to fill in.
    expect(blanks('contract', '房屋租赁合同', '甲方：张三', '乙方：李四', '房屋坐落地址:', '第一条 租赁房屋用于经营。')).toHaveLength(1);
  });
  it('a section label of a report over a short sentence is a heading; a party label over one stays empty', () => {
    expect(blanks('village.other', '某村委会与张某承包合同纠纷案', '二审判决:', '驳回上诉，维持原判。', '处理结果:', '双方达成和解。')).toEqual([]);
    expect(blanks('contract', '土地承包合同', '乙方:', '甲乙双方经友好协商，订立本合同。')).toHaveLength(1);
  });
  it('a numbered or grouping label run together with its filled sub-fields is a heading; empty fields in a row are not', () => {
    expect(blanks('contract', '医疗设备采购合同', '2.合同价款明细: 设备名称:彩色超声诊断仪 合同金额:980000.00元')).toEqual([]);
    expect(blanks('contract', '医疗设备采购合同', '3.履行期限及方式3.1 交付期限: 交货时间:合同签订后15日内 3.2 交付地点:甲方库房')).toEqual([]);
    expect(blanks('contract', '委托合同', '委托方名称: 住所地: 法定代表人: 联系电话:')).not.toEqual([]);
  });
});

describe('placeholder.blank: a value missing from a sentence', () => {
  it('one space where the object or value was: before the end of the phrase or the verb it belongs to', () => {
    expect(blanks('contract', '大米采购合同', '1、甲方向乙方采购大米，品牌为 ，规格为25公斤/袋。')[0]?.excerpt).toContain('品牌为 ');
    expect(blanks('contract', '技术咨询合同', '本合同甲方委托乙方就 进行技术咨询，并支付咨询报酬。')).toHaveLength(1);
    expect(blanks('contract', '合作协议', '双方对 达成一致意见后，另行签订补充协议。')).toHaveLength(1);
    // Figures, names and letter-spaced text are not missing objects.
    expect(blanks('contract', '技术咨询合同', '本合同甲方委托乙方就厂区规划进行技术咨询，品牌为金龙鱼，规格为5升。')).toEqual([]);
    expect(blanks('contract', '合 作 协 议', '甲 方 为 乙 方 提 供 场 地。')).toEqual([]);
  });
  it('a sum stated as "为万元人民币" (traditional script too) or with 总额/出让金 before its unit has lost its figure', () => {
    expect(blanks('contract', '投資協議書', '出讓金總額為萬元人民幣。')).toHaveLength(1);
    expect(blanks('contract', '投资协议书', '该宗土地出让金为元人民币，由乙方一次付清。')).toHaveLength(1);
    expect(blanks('contract', '投资协议书', '出让金总额为120万元人民币。')).toEqual([]);
  });
});

describe('placeholder.blank: the signing date in a contract’s head', () => {
  it('is counted with the signature block as one quiet finding, not dropped; the closing date line stays as before', () => {
    const head = blanks('contract', '食堂大米采购合同', '甲方：某中学 乙方：某粮油公司 签订时间 年 月 日 签订地点：某中学', '经甲乙双方协商，签订本合同。', '第一条 甲方向乙方采购大米，单价每公斤5元。');
    expect(head).toHaveLength(1);
    expect(head[0]?.severity).toBe('hint');
    expect(head[0]?.excerpt).toContain('年 月 日');
    const closing = blanks('contract', '食堂大米采购合同', '甲方：某中学 乙方：某粮油公司', '第一条 甲方向乙方采购大米，单价每公斤5元。', '甲方（盖章）：', '签订时间：');
    expect(closing.filter((f) => f.severity !== 'hint')).toEqual([]);
  });
});

describe('placeholder.blank: the excerpt shows the clause around the blank', () => {
  it('from the start of a long phrase before it and up to the words that say what it is for', () => {
    expect(blanks('village.contract', '土地承包合同', '（一）乙方每年每亩向甲方交纳承包金 元，于每年12月底前交清。')[0]?.excerpt).toContain('乙方每年每亩向甲方交纳承包金 元');
    expect(blanks('contract', '技术服务合同', '协商不成的，甲乙双方同意向______仲裁委员会仲裁。')[0]?.excerpt).toContain('同意向______仲裁委员会仲裁');
  });
});

describe('placeholder.blank: a model text’s addressee', () => {
  it('a place name of X’s opening its line before its unit is the naming template of a model text', () => {
    expect(blanks('village.other', '村民会议决议（样本）', 'XX县镇（乡、街道办事处）：', '经本村村民会议讨论，同意将村集体机动地对外发包。')).toEqual([]);
    expect(blanks('normative', '关于某事项的请示（范本）', '××市人民政府：', '现将有关情况报告如下。')).toEqual([]);
    // Not a blank in a sentence, nor a figure to fill at a line's start.
    expect(blanks('contract', '土地承包合同', '土地坐落于XX村，面积xx亩。')).toHaveLength(1);
  });
});

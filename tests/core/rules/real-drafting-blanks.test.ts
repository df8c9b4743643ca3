/**
 * placeholder.blank by the patterns of real drafting (issue 13, round nine A): a blank is a place where the
 * clause needs a value and has none; a label whose value stands on the next line, justified label spacing and
 * the closing lines of an unsigned draft are not blanks of the text. Wordings as real templates, land
 * contracts, procurement forms and draft notices write them (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks, run } from './rule-probe.js';

const blank = (type: MatterType, bs: TextBlock[]) => run(type, bs, 'placeholder.blank');

const contract = (...texts: string[]) => blank('contract', blocks('土地承包合同', ...texts));
const loud = (fs: ReturnType<typeof blank>) => fs.filter((f) => f.severity !== 'hint');

describe('a value the clause requires is missing', () => {
  it('a unit after a space where its figure was: money, years, area, per cent (also in traditional script)', () => {
    expect(contract('乙方每年向甲方支付承包费 元，于每年12月31日前付清。')[0]?.excerpt).toContain('承包费 元');
    expect(contract('甲方应在验收合格后向乙方支付服务费 万元。')).toHaveLength(1);
    expect(contract('本合同租賃期限為 年，自簽訂之日起計算。')).toHaveLength(1);
    expect(contract('乙方承包的荒山面积为 公顷，四至见附图。')).toHaveLength(1);
    expect(contract('乙方应于每月 日前支付当月租金。')).toHaveLength(1);
    expect(contract('违约方应依照本合同第 条的约定承担责任。')).toHaveLength(1);
    // Figures, numerals in words and a currency unit are values, not blanks.
    expect(contract('乙方每年支付承包费2000 元，合同期限为二〇二〇 年至二〇三〇年。')).toEqual([]);
    expect(contract('转让价款为人民币叁拾 万元整。')).toEqual([]);
    expect(contract('金额单位 元，下同。')).toEqual([]);
  });
  it('a per cent sign straight after a word inside a sentence', () => {
    expect(contract('甲方逾期付款的，每日按应付款金额%向乙方支付违约金。')[0]?.excerpt).toContain('金额%向乙方');
    expect(contract('逾期付款的，每日按应付款金额的0.5%支付违约金。')).toEqual([]);
    // A table's column header "增长率%" ends its cell.
    const header: TextBlock[] = [
      { index: 0, kind: 'table-cell', text: '指标', cell: { table: 0, row: 0, col: 0 } },
      { index: 1, kind: 'table-cell', text: '增长率%', cell: { table: 0, row: 0, col: 1 } },
    ];
    expect(blank('normative', header)).toEqual([]);
  });
  it('a label closed at once by the end of its clause, and uppercase brackets holding only their label', () => {
    expect(contract('第二条 合同总价款：。')[0]?.excerpt).toContain('合同总价款：');
    expect(contract('第三条 结算方式：；结算期限：每季度末。')).toHaveLength(1);
    expect(contract('乙方支付转让费人民币50000元（大写：）。')).toHaveLength(1);
    expect(contract('乙方支付转让费人民币50000元（大写：伍万元整）。')).toEqual([]);
  });
  it('the excerpt runs on to the words the blank belongs to', () => {
    expect(contract('甲方将其位于______区的房屋出租给乙方。')[0]?.excerpt).toContain('______区的房屋');
    expect(blank('normative', blocks('关于开展资产清查的通知', '根据《20__年度全县农村集体资产清查工作方案》，现通知如下。'))[0]?.excerpt).toContain('20__年度全县');
  });
});

describe('one finding per clause, showing its blanks', () => {
  it('blanks of two clauses in one paragraph are two findings; close blanks of one clause are one excerpt', () => {
    const investment = contract('1、项目固定资产投资为 万元，投资强度不低于160万元/亩。2、项目工期：自 年 月 日起至 年 月 日竣工。');
    expect(investment.map((f) => f.excerpt)).toHaveLength(2);
    expect(investment[1]?.excerpt).toContain('年 月 日起至');
    const land = contract('一、出租土地名称为： ，总面积： 亩，四至界限为： 。');
    expect(land).toHaveLength(1);
    expect(land[0]?.excerpt).toContain('总面积： 亩');
    expect(contract('月标准租金为人民币 元/㎡，按建筑面积计算。')[0]?.excerpt).toContain('元/㎡');
  });
});

describe('what is not a blank of the text', () => {
  it('a form label with its value on the next line, or in the next cell of its row', () => {
    const form = blocks('某中学课桌椅采购文件', '采购编号：', 'ZFCG-2024-017', '项目名称：', '某中学课桌椅采购', '主体材料：', '以冷轧钢板为主');
    expect(blank('contract', form)).toEqual([]);
    const row: TextBlock[] = [
      { index: 0, kind: 'paragraph', text: '设备采购合同' },
      { index: 1, kind: 'table-cell', text: '合同编号：', cell: { table: 0, row: 0, col: 0 } },
      { index: 2, kind: 'table-cell', text: 'HT-2024-03', cell: { table: 0, row: 0, col: 1 } },
    ];
    expect(blank('contract', row)).toEqual([]);
    // A news caption over its line.
    expect(blank('village.other', blocks('“外嫁女”的地该怎么分', '记者手记：', '“村里的外嫁女”', '12月初，记者来到该村。'))).toEqual([]);
    // …but labels followed by other labels, by a blank or by a clause stay blanks.
    expect(contract('甲方：', '乙方：', '第一条 甲方将土地承包给乙方经营。').length).toBeGreaterThan(0);
    expect(contract('出租方：', '地址：______', '第一条 房屋坐落于某市某路。').length).toBeGreaterThan(0);
  });
  it('letters of a label spaced out to justify it ("日    期：", a "日  期" column head) are layout', () => {
    expect(contract('第一条 乙方于签约时付清价款。', '日    期：2024年3月1日')).toEqual([]);
    const head: TextBlock[] = [
      { index: 0, kind: 'paragraph', text: '质量管理制度' },
      { index: 1, kind: 'table-cell', text: '日  期', cell: { table: 0, row: 0, col: 0 } },
      { index: 2, kind: 'table-cell', text: '2024年3月1日', cell: { table: 0, row: 0, col: 1 } },
    ];
    expect(blank('contract', head)).toEqual([]);
    // …but a date whose figures went with their underline stays a blank.
    expect(contract('租赁期自2024年1月1日起至', '年   月   日止。')).toHaveLength(1);
  });
  it('spaces after a colon with the value after them, after an item number, or closing a heading line are layout', () => {
    expect(contract('本标准由公司办负责起草。    第二版：  A', '附件数:  0')).toEqual([]);
    expect(contract('二、租金', '（二）大写：     贰仟元整。')).toEqual([]);
    expect(contract('5.7  、办公室应对接收到的各类信息进行汇总、分析，提出决策建议。')).toEqual([]);
    expect(contract('5、工作流程：  ', '5.1、信息的识别', '5.1.1、内部信息是指由公司内部各部门产生的质量信息。')).toEqual([]);
    // …but an empty field drawn with spaces, or spaces before a unit or a bracketed note, stay blanks.
    expect(contract('出租人：                         （以下简称甲方）')).toHaveLength(1);
    expect(contract('3、钥匙：      把。')).toHaveLength(1);
    expect(contract('十四、其它约定：                                        ', '十五、本合同自双方签字之日起生效。')).toHaveLength(1);
  });
  it('clean statute text: chapter and article numbers with spaces, the unit of account, names in a format rule', () => {
    const law = (...t: string[]) => blank('normative', blocks('某省人才发展促进条例', ...t));
    expect(law('第三章  人才培养与引进', '第四节  个体工商户', '第十三条 年满十八周岁的村民，有选举权和被选举权。')).toEqual([]);
    expect(law('第五条 预算收入和预算支出以人民币元为计算单位。')).toEqual([]);
    expect(law('第九条 司法建议书的标题文字为“××人民法院司法建议书”。')).toEqual([]);
    expect(law('第十条 进口经营者为担保目的而估计的金额的，应当提供担保。')).toEqual([]);
    // …but a figure to fill before a counting word stays a blank.
    expect(law('第十一条 村民委员会由主任、副主任和委员共X人组成。')).toHaveLength(1);
  });
  it('a colon with a few stray spaces after a label that names no field is as quiet as a bare colon', () => {
    const fs = contract('本合同当事人：  ', '甲方：  ', '乙方：  ', '第一条 甲方将土地出租给乙方。');
    expect(fs.length).toBeGreaterThan(0);
    expect(loud(fs)).toEqual([]);
    // …while a field with its drawn fill-in run stays loud.
    expect(loud(contract('合同编号：          ', '第一条 甲方将土地出租给乙方。'))).toHaveLength(1);
  });
  it('formats, formulas and the specimen forms a regulation annexes are not blanks of the regulation', () => {
    const reg = (...t: string[]) => blank('normative', blocks('某产品注册管理办法', '第一条 为规范注册管理，制定本办法。', ...t));
    expect(reg('第六十五条 生产许可证编号的编排方式为：X省XXXXXXXX。其中，第一位X代表省级简称，第二位到第五位X代表年份。')).toEqual([]);
    expect(reg('第一百零四条 注册证编号的编排方式为：', '×1械注×2××××3。其中：', '×1为注册审批部门所在地的简称。')).toEqual([]);
    expect(reg('第十条 加倍部分债务利息＝需执行的金钱债务×日万分之一点七五×迟延履行期间。')).toEqual([]);
    expect(reg('第八条 代表机构的名称应当为“××律师事务所驻××代表处”。')).toEqual([]);
    // An annex of specimen forms: one quiet finding for all its fields.
    const annexed = reg('第二条 本办法自发布之日起施行。', '附件：主要文书参考样式', '××××人民法院', '决定书', '（××××）最高法行决×号', '××××高级人民法院：', '××××年××月××日');
    expect(annexed).toHaveLength(1);
    expect(annexed[0]?.severity).toBe('hint');
    // …but a blank in the regulation's own text stays loud.
    expect(loud(reg('第二条 本办法自____年__月__日起施行。', '附件：主要文书参考样式', '××××人民法院'))).toHaveLength(1);
  });
  it('a draft notice closing with its issuer and an empty date: one quiet finding, as a signature block', () => {
    const draft = blocks(
      '某县人民政府关于禁止燃放烟花爆竹的通告（征求意见稿）',
      '一、本县城区全域禁止燃放烟花爆竹。',
      '二、本通告自发布之日起施行，有效期三年。',
      '特此通告。',
      '某县人民政府',
      '年 月 日',
    );
    const fs = blank('normative', draft);
    expect(fs).toHaveLength(1);
    expect(fs[0]?.severity).toBe('hint');
  });
  it('a figure missing inside a clause after a signature block is a blank of the text, not of the signature', () => {
    const page = contract(
      '第一条 甲方将门面房交乙方经营。',
      '第二条 乙方按月交纳承包费。',
      '第三条 乙方应按时交纳水电费。',
      '第四条 乙方不得转包。',
      '第五条 本合同未尽事宜，双方协商解决。',
      '第六条 本合同一式两份，双方各执一份。',
      '甲方（签章）：',
      '联系电话：',
      '承包经营合同（二）',
      '第一条 合作方式：乙方在甲方营业区域内经营。',
      '第二条 合同期限',
      '本合同期限为 年，自签订之日起算。',
    );
    expect(loud(page).map((f) => f.excerpt).join(' ')).toContain('期限为 年');
    expect(page.filter((f) => f.severity === 'hint')).toHaveLength(1);
  });
});

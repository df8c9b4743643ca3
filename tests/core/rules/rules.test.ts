import { describe, expect, it } from 'vitest';
import { RULES, RULE_INFO, guessMatterType, runChecks } from '../../../main/core/rules/index.js';
import { Finding, RuleInfo } from '../../../shared/domain/finding.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import type { CheckOptions } from '../../../shared/domain/finding.js';

type Cell = [table: number, row: number, col: number];
function blocks(...items: Array<string | [string, Cell]>): TextBlock[] {
  return items.map((it, index) =>
    typeof it === 'string'
      ? { index, kind: 'paragraph', text: it }
      : { index, kind: 'table-cell', text: it[0], cell: { table: it[1][0], row: it[1][1], col: it[1][2] } },
  );
}

function check(rule: string, type: MatterType, bs: TextBlock[], options: CheckOptions = {}, title?: string) {
  const findings = runChecks({ blocks: bs, type, options: { ...options, onlyRules: [rule] }, ...(title ? { title } : {}) });
  for (const f of findings) {
    expect(Finding.parse(f)).toEqual(f);
    const block = bs.find((b) => b.index === f.paragraph) as TextBlock;
    expect(block.text.slice(f.start, f.end)).toBe(f.excerpt);
  }
  return findings;
}

/** One finding whose excerpt contains `quote`, in the block at `paragraph`. */
function expectOne(findings: Finding[], paragraph: number, quote: string) {
  expect(findings).toHaveLength(1);
  expect(findings[0]?.paragraph).toBe(paragraph);
  expect(findings[0]?.excerpt).toContain(quote);
}

describe('rule registry', () => {
  it('has unique ids, valid metadata and the ids the issue names', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const info of RULE_INFO) RuleInfo.parse(info);
    for (const id of [
      'amount.mismatch', 'placeholder.blank', 'contract.missing-clause', 'contract.dispute-both', 'lease.term-over-20y',
      'date.invalid', 'village-rules.married-out-women', 'rules.sets-fine', 'rules.restricts-liberty',
      'normative.sets-license', 'normative.sets-coercion', 'normative.no-validity-period', 'normative.validity-over-5y',
      'fair-competition.local-preference',
    ]) expect(ids).toContain(id);
  });
  it('marks local-practice and unverified bases', () => {
    expect(RULES.find((r) => r.id === 'normative.validity-over-5y')?.basis).toContain('〔实务〕');
    expect(RULES.find((r) => r.id === 'dispute.no-arbitration-commission')?.basis).toContain('待核实');
  });
});

describe('amount.mismatch', () => {
  it('finds capitals with 零 and 整 that disagree with the figure', () => {
    const f = check('amount.mismatch', 'contract', blocks('押金人民币壹万零伍佰元整（¥10,000.00）。'));
    expectOne(f, 0, '壹万零伍佰元整');
    expect(f[0]?.excerpt).toContain('¥10,000.00');
    expect(f[0]?.severity).toBe('must');
  });
  it('accepts equal values in 万元 units, both spellings of 零 and full-width digits', () => {
    const bs = blocks(
      '合同总价100万元（大写：人民币壹佰万元整）。',
      '价款人民币壹拾万柒仟元零伍角叁分（¥107,000.53），另付人民币壹拾万零柒仟元伍角叁分（￥１０７，０００．５３）。',
    );
    expect(check('amount.mismatch', 'contract', bs)).toEqual([]);
  });
  it('pairs an uppercase amount and a figure in cells of one table row, anchored on the capitals', () => {
    const bs = blocks(['金额（大写）', [0, 0, 0]], ['人民币叁仟元整', [0, 0, 1]], ['（小写）', [0, 0, 2]], ['¥3,300', [0, 0, 3]]);
    expectOne(check('amount.mismatch', 'contract', bs), 1, '叁仟元整');
  });
  it('ignores amounts that are not written as a pair', () => {
    expect(check('amount.mismatch', 'contract', blocks('月租金2000元，年租金合计人民币贰万肆仟元整。'))).toEqual([]);
  });
});

describe('amount.style', () => {
  it('flags lowercase digits in capitals and a missing 整', () => {
    const f = check('amount.style', 'contract', blocks('租金人民币伍万三千元（¥53,000元）'));
    expectOne(f, 0, '伍万三千元');
    expect(f[0]?.severity).toBe('should');
  });
  it('accepts a well-formed amount', () => {
    expect(check('amount.style', 'contract', blocks('人民币壹万贰仟元整'))).toEqual([]);
  });
});

describe('placeholder.blank', () => {
  it('finds underscores, ×× and empty brackets, one finding per block', () => {
    const f = check('placeholder.blank', 'contract', blocks('甲方：××公司，租金____元，期限（  ）年。', '乙方：张三'));
    expectOne(f, 0, '××');
    expect(f[0]?.message).toContain('3处');
  });
  it('leaves signature lines and filled text alone', () => {
    expect(check('placeholder.blank', 'contract', blocks('甲方（盖章）：____________', '租金为5000元。'))).toEqual([]);
  });
});

describe('contract.missing-clause', () => {
  it('names every missing 470 term in one finding, anchored on the title', () => {
    const f = check('contract.missing-clause', 'contract', blocks('房屋租赁合同', '甲方：张三，住址：某市。乙方：李四，住址：某市。', '甲方将房屋出租给乙方，面积50平方米，现状完好，租金每月2000元，租赁期限一年。'));
    expect(f.map((x) => x.message)).toEqual(['未发现“违约责任”“解决争议的方法”条款（民法典第470条）']);
    expect(f[0]?.severity).toBe('should');
    expect(f.every((x) => x.paragraph === 0 && x.excerpt === '房屋租赁合同')).toBe(true);
  });
  it('is quiet for a complete contract', () => {
    const bs = blocks('房屋租赁合同', '甲方：张三，住址：某市。乙方：李四，住址：某市。', '甲方将房屋出租给乙方，面积50平方米，现状完好，租金每月2000元，租赁期限一年。', '违约方应赔偿损失。发生争议协商解决，协商不成向人民法院起诉。');
    expect(check('contract.missing-clause', 'contract', bs)).toEqual([]);
  });
});

describe('contract.no-signature', () => {
  it('flags a contract without a signature block but not one with it', () => {
    expect(check('contract.no-signature', 'contract', blocks('借款合同', '本合同经双方签字盖章后生效。'))).toHaveLength(1);
    expect(check('contract.no-signature', 'contract', blocks('借款合同', '本合同经双方签字盖章后生效。', '甲方（签字）：'))).toEqual([]);
  });
});

describe('contract.dispute-both', () => {
  it('finds 或裁或诉', () => {
    const f = check('contract.dispute-both', 'contract', blocks('争议可以向北京仲裁委员会申请仲裁，也可以向人民法院起诉。'));
    expectOne(f, 0, '仲裁');
    expect(f[0]?.severity).toBe('must');
  });
  it('finds it when the clause is split over table cells', () => {
    const bs = blocks(['争议解决', [0, 0, 0]], ['可提交杭州仲裁委员会仲裁，或向人民法院提起诉讼', [0, 0, 1]]);
    expectOne(check('contract.dispute-both', 'contract', bs), 1, '仲裁');
  });
  it('ignores an arbitration clause that mentions courts only for enforcement', () => {
    const bs = blocks('争议提交上海仲裁委员会仲裁。仲裁裁决是终局的，一方不履行的，另一方可向人民法院申请执行。');
    expect(check('contract.dispute-both', 'contract', bs)).toEqual([]);
  });
});

describe('dispute.no-arbitration-commission', () => {
  it('flags arbitration without a named commission only', () => {
    expectOne(check('dispute.no-arbitration-commission', 'contract', blocks('协商不成的，提交仲裁委员会仲裁。')), 0, '仲裁');
    expect(check('dispute.no-arbitration-commission', 'contract', blocks('协商不成的，提交南京仲裁委员会仲裁。'))).toEqual([]);
  });
});

describe('lease.term-over-20y', () => {
  it('finds a stated term in Chinese numerals', () => {
    const f = check('lease.term-over-20y', 'contract', blocks('房屋租赁合同', '租赁期限为三十年。'));
    expectOne(f, 1, '三十年');
    expect(f[0]?.severity).toBe('must');
  });
  it('finds a term given by start and end dates, in Chinese-numeral dates', () => {
    const f = check('lease.term-over-20y', 'contract', blocks('租赁期自二〇二〇年一月一日起至二〇四五年十二月三十一日止。'));
    expectOne(f, 0, '二〇四五年十二月三十一日');
  });
  it('gives only a 提示 for land contracting/transfer terms', () => {
    const f = check('lease.term-over-20y', 'village.contract', blocks('土地经营权流转合同', '流转期限为二十五年。'));
    expect(f[0]?.severity).toBe('hint');
  });
  it('accepts exactly twenty years and ignores years that are dates', () => {
    const bs = blocks('租赁期限为20年，自2024年1月1日起至2044年1月1日止，租赁期第21年起不再续租。');
    expect(check('lease.term-over-20y', 'contract', bs)).toEqual([]);
  });
});

describe('date.invalid', () => {
  it('finds non-existent dates including full-width digits and Chinese numerals', () => {
    const f = check('date.invalid', 'contract', blocks('签订日期：２０２３年２月２９日', '交付日期：二〇二四年四月三十一日'));
    expect(f.map((x) => x.excerpt)).toEqual(['２０２３年２月２９日', '二〇二四年四月三十一日']);
  });
  it('finds an end date before its start date', () => {
    expectOne(check('date.invalid', 'contract', blocks('服务期自2024年5月1日至2024年4月30日。')), 0, '2024年4月30日');
  });
  it('accepts valid dates and ranges', () => {
    expect(check('date.invalid', 'contract', blocks('自2024年2月29日起至2025年2月28日止，每年12月31日前结算。'))).toEqual([]);
  });
});

describe('village-rules.married-out-women', () => {
  it('finds clauses taking rights from married-out women and sons-in-law', () => {
    const f = check('village-rules.married-out-women', 'village.rules', blocks('外嫁女不得参与集体收益分配。', '上门女婿及其子女只享受一半待遇。'));
    expect(f.map((x) => x.paragraph)).toEqual([0, 1]);
  });
  it('ignores protective clauses', () => {
    const bs = blocks('不得以妇女结婚、离婚、丧偶为由侵害其权益，出嫁女与其他村民享有同等权利。');
    expect(check('village-rules.married-out-women', 'village.rules', bs)).toEqual([]);
  });
});

describe('rules.sets-fine', () => {
  it('finds fines in village rules (full-width digits) but not referrals to the police', () => {
    expectOne(check('rules.sets-fine', 'village.rules', blocks('乱倒垃圾的，罚款１００元。')), 0, '罚款');
    expect(check('rules.sets-fine', 'village.rules', blocks('偷盗的，报公安机关依法处罚款项另计。', '严禁罚款。'))).toEqual([]);
  });
  it('asks for the basis of a fine in a normative document', () => {
    const f = check('rules.sets-fine', 'normative', blocks('违者处以500元罚款。', '依照《食品安全法》处以罚款。'));
    expectOne(f, 0, '处以500元');
    expect(f[0]?.severity).toBe('should');
  });
});

describe('rules.restricts-liberty', () => {
  it('finds confinement and cutting water/electricity as punishment', () => {
    const f = check('rules.restricts-liberty', 'village.rules', blocks('酗酒闹事者关禁闭三天。', '拒不缴费的，停水停电。'));
    expect(f.map((x) => [x.paragraph, x.severity])).toEqual([[0, 'must'], [1, 'should']]);
  });
  it('ignores prohibitions and maintenance notices', () => {
    expect(check('rules.restricts-liberty', 'village.rules', blocks('严禁对他人搜身。', '检修线路临时停电的，应提前通知。'))).toEqual([]);
  });
});

describe('normative.sets-license / sets-coercion', () => {
  it('finds a new approval requirement and coercive measures without basis', () => {
    expectOne(check('normative.sets-license', 'normative', blocks('从事摊点经营的，须经街道办事处审批后方可经营。')), 0, '审批');
    expectOne(check('normative.sets-coercion', 'normative', blocks('对违规摊点，由街道办事处扣押其经营工具。')), 0, '扣押');
  });
  it('accepts measures that cite their legal basis', () => {
    expect(check('normative.sets-license', 'normative', blocks('从事餐饮经营的，应当依法取得食品经营许可证。'))).toEqual([]);
    expect(check('normative.sets-coercion', 'normative', blocks('依照《行政强制法》的规定查封场所。'))).toEqual([]);
  });
});

describe('normative validity', () => {
  it('flags a missing validity period, anchored on the clause that puts the text in force, else on the title', () => {
    // Round thirteen (B): the period belongs beside "自…起施行", so the finding stands there.
    const f = check('normative.no-validity-period', 'normative', blocks('关于加强管理的通知', '本通知自印发之日起施行。'));
    expectOne(f, 1, '本通知自印发之日起施行');
    const untitled = check('normative.no-validity-period', 'normative', blocks('关于加强管理的通知', '一、各单位应当加强管理。', '二、任何单位和个人不得违反本通知。'));
    expectOne(untitled, 0, '关于加强管理的通知');
    expect(check('normative.no-validity-period', 'normative', blocks('某办法', '有效期三年。'))).toEqual([]);
  });
  it('uses the configurable limit, and two years for 试行', () => {
    const bs = blocks('某市管理办法（试行）', '本办法自2024年1月1日起施行，有效期三年。');
    expectOne(check('normative.validity-over-5y', 'normative', bs), 1, '有效期三年');
    const plain = blocks('某市管理办法', '本办法有效期六年。');
    expectOne(check('normative.validity-over-5y', 'normative', plain), 1, '六年');
    expect(check('normative.validity-over-5y', 'normative', plain, { normativeMaxYears: 10 })).toEqual([]);
  });
});

describe('fair-competition.local-preference', () => {
  it('finds local preference and designated suppliers, not protective wording', () => {
    expectOne(check('fair-competition.local-preference', 'normative', blocks('政府采购优先选用本地企业产品。')), 0, '本地企业');
    expect(check('fair-competition.local-preference', 'normative', blocks('不得排斥、限制外地经营者参加本地招标投标。'))).toEqual([]);
  });
});

describe('contract terms', () => {
  it('payment.sme-terms: over 60 days with a public buyer is 建议修改', () => {
    const f = check('payment.sme-terms', 'contract', blocks('甲方：某镇人民政府', '甲方于验收合格后三个月内支付货款。'));
    expectOne(f, 1, '三个月内支付');
    expect(f[0]?.severity).toBe('should');
  });
  it('deposit.over-20-percent: by percentage and by amount', () => {
    expectOne(check('deposit.over-20-percent', 'contract', blocks('定金为合同价款的25%。')), 0, '25%');
    const bs = blocks('合同总价：人民币拾万元整（¥100,000元）。', '定金¥30,000元，签约时支付。');
    expectOne(check('deposit.over-20-percent', 'contract', bs), 1, '定金');
    expect(check('deposit.over-20-percent', 'contract', blocks('定金为合同价款的20%。'))).toEqual([]);
  });
  it('contract.exemption: injury exemption is 必须修改, carve-outs are fine', () => {
    expectOne(check('contract.exemption', 'contract', blocks('乙方在租赁期间发生人身伤害的，甲方概不负责。')), 0, '概不负责');
    expect(check('contract.exemption', 'contract', blocks('甲方不承担责任，但因甲方故意或者重大过失造成的除外。'))).toEqual([]);
  });
  it('contract.penalty-high: daily rate above the limit', () => {
    expectOne(check('contract.penalty-high', 'contract', blocks('每逾期一日按合同总价的千分之五支付违约金。')), 0, '千分之五');
    expect(check('contract.penalty-high', 'contract', blocks('每逾期一日按未付款的万分之五支付违约金。'))).toEqual([]);
  });
});

describe('minutes.vote-quorum', () => {
  it('checks attendance and votes with Chinese numerals', () => {
    const bad = blocks('村民代表会议记录', '应到代表三十五人，实到二十人。', '同意十五人。');
    expectOne(check('minutes.vote-quorum', 'village.other', bad), 1, '实到二十人');
    const ok = blocks('村民代表会议记录', '应到代表35人，实到30人，同意28人。');
    expect(check('minutes.vote-quorum', 'village.other', ok)).toEqual([]);
  });
});

describe('guessMatterType', () => {
  it.each([
    ['青山村村规民约', 'village.rules'],
    ['房屋租赁合同', 'contract'],
    ['关于印发某某管理办法的通知', 'normative'],
    ['关于某项目的法律意见书', 'opinion'],
  ])('%s → %s', (title, type) => {
    const g = guessMatterType(blocks(title), title);
    expect(g.type).toBe(type);
    expect(g.reason).toContain('标题');
  });
});

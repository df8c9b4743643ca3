/**
 * Round thirteen (A), issue 13 — precision on the thirteenth and fourteenth parts' errors, by class: masking, page
 * labels, datelines and example names are no blanks (a measure with its figure missing still is); texts that discuss
 * contracts owe no clauses and only a clause they quote can mix arbitration and a court; a regulation's own fines,
 * enforcement news, a referral to the public-security law and road-use approvals other law requires set nothing.
 * ("长期有效" is round thirteen (B)'s.) Written from the legal pattern, not copied from a corpus page; every case that
 * should change failed on the round-twelve engine.
 */
import { describe, expect, it } from 'vitest';
import { fired } from './rule-probe.js';

const blank = (type: Parameters<typeof fired>[0], ...t: string[]) => fired(type, 'placeholder.blank', ...t);

describe('masked text in court papers and reports is no blank', () => {
  it('a judgment published with its parties masked: addresses, names, dates and elisions', () => {
    const judgment = [
      '某市中级人民法院',
      '行政判决书',
      '上诉人(原审被告):某市XX区人民政府XX街道办事处。住所地:某市XX区×××××。',
      '被上诉人(原审原告):王XX,女,198X年X月X日出生,汉族,住某市XX区×××××××。',
      '上诉人某市XX区人民政府XX街道办事处(以下简称XX街道办)因与王XX集体经济组织成员资格纠纷一案,不服某区人民法院于201X年12月XX日作出的判决,提起上诉。',
      '《XX经济联合社章程》(201X年XX月X日成员大会通过)第三条规定:“下属的经济合作社全称:……”',
    ];
    expect(blank('village.other', ...judgment)).toBe(0);
    // Stars and full-width marks, as other courts' sites mask.
    expect(blank('contract', '某县人民法院', '民事判决书', '原告:李某某,男,住某县某镇＊＊＊＊＊。', '被告:张XX,住某县某乡*****村。')).toBe(0);
  });
  it('a report masks an address after a place word; a template\'s empty address field stays a blank', () => {
    expect(blank('village.other', '某村纠纷调查', '当事人张某,住某省某市某区××××××,因土地补偿与村民小组发生纠纷。')).toBe(0);
    expect(blank('contract', '房屋租赁合同', '一、房屋地址:XXXXXXX内,面积一百平方米。')).toBe(1);
    expect(blank('contract', '房屋租赁合同', '甲方:张三', '住址:____________')).toBeGreaterThan(0);
  });
});

describe('page frames, datelines and example names are no blanks', () => {
  it('a web page\'s labels and a report\'s method headings', () => {
    expect(blank('contract', '招商引资合同纠纷的可仲裁性', '发布时间:2024-03-27作者:某律师', '为促进当地经济发展,各地政府出台了招商引资政策。')).toBe(0);
    expect(blank('contract', '招商引资纠纷数据报告', '一、数据来源及研究方法', '检索方法:', '案由:合同纠纷', '关键词:招商引资')).toBe(0);
    expect(blank('normative', '某县通知', '来源: ', '作者: ', '浏览次数: ', '一、各乡镇要加强巡查。')).toBe(0);
  });
  it('a news dateline 日前 is no day to fill in; a deadline 于 日前 is', () => {
    expect(blank('normative', '某镇依法拆除养殖场', '摘要:某县某镇依法拆除禁养区内生猪养殖场 日前,某镇联合县相关部门拆除养殖场10户。')).toBe(0);
    expect(blank('contract', '借款合同', '乙方应在每期的    日前,支付利息。')).toBe(1);
    expect(blank('contract', '房屋租赁合同', '租金按月支付,乙方应在每月    日前,将租金支付给甲方。')).toBe(1);
    expect(blank('contract', '采购合同', '乙方须于 日前交货。')).toBe(1);
  });
  it('a name shown as a pattern in an explanation; a name to fill in a template stays a blank', () => {
    expect(blank('normative', '征求意见稿的格式说明', '标题:通常包含文件的主题和“征求意见稿”字样,例如《XX市公共资源交易管理办法(征求意见稿)》。')).toBe(0);
    expect(blank('normative', '公文写作说明', '标题的格式为“XX县人民政府关于某事项的通知”。')).toBe(0);
    expect(blank('contract', '委托合同', '甲方采用XX方式支付报酬。')).toBe(1);
  });
});

describe('a measure or a head count with its figure missing is a blank', () => {
  it('after a space: 全长 公里, 共有 户, 占地 平方公里 (also in traditional script)', () => {
    expect(blank('village.other', '道路修建资金申请', '我村公路全长 公里,路面破损严重。')).toBe(1);
    expect(blank('village.other', '道路修建資金申請', '學校及三個村公路全長 公里,該路修建的是沙石路面。')).toBe(1);
    expect(blank('village.other', '某村基本情况表', '本村共有 户,常住人口若干。')).toBe(1);
    expect(blank('village.other', '道路修建资金申请', '我村公路全长5公里,路面破损严重。')).toBe(0);
  });
  it('glued to its word: 全家口人, 现有住房处, 东西长米, 面积平方米', () => {
    expect(blank('village.other', '宅基地申请书', '我是本村村民,全家口人,现有住房处,因子女成家需申请新宅基地一处。')).toBe(1);
    expect(blank('village.other', '宅基地申请书', '需申请新宅基一处,东西长米,南北长米,面积平方米,请予以批准。')).toBe(1);
    expect(blank('village.other', '宅基地申请书', '我是本村村民,全家五口人,现有住房一处,面积(平方米)见附表。')).toBe(0);
    expect(blank('contract', '房屋共有协议', '本房屋为甲乙双方共有,共有人为甲方和乙方,家中人均已同意。')).toBe(0);
  });
});

describe('texts that discuss contracts owe no clauses; only a clause they quote mixes arbitration and a court', () => {
  const both = (...t: string[]) => fired('contract', 'contract.dispute-both', ...t);
  const missing = (...t: string[]) => fired('contract', 'contract.missing-clause', ...t);
  it('commentary on dispute clauses, in simplified and traditional script', () => {
    const commentary = [
      '合同纠纷解决方式的正确选择',
      '一、合同纠纷解决方式',
      '根据我国《合同法》的规定,合同争议的解决方式有和解、调解、仲裁和诉讼。',
      '仲裁指双方当事人根据有效的仲裁协议,将纠纷提交给仲裁机构进行处理的一种争议解决方式。',
      '诉讼是解决合同争议中使用得最多的方式,即使合同中没有约定诉讼,当事人仍有权就该合同争议向人民法院起诉。',
    ];
    expect(both(...commentary)).toBe(0);
    expect(missing(...commentary)).toBe(0);
    expect(both('合同糾紛解決方式的正確選擇', '一、合同糾紛解決方式', '根據我國《合同法》的規定,仲裁指雙方當事人根據有效的仲裁協議,將糾紛提交給仲裁機構進行處理。', '即使合同中沒有約定訴訟,當事人仍有權就該合同爭議向人民法院起訴。')).toBe(0);
    expect(missing('招商引资协议的性质与效力', '一、招商引资协议概念及性质', '招商引资协议尚无法律上的明确定义,实践中通常是指政府方与投资方签订的协议。', '(二)协议的效力', '我国现行法对此没有规定。')).toBe(0);
  });
  it('a statute quoted on 或裁或诉 is the law\'s words, not a clause', () => {
    expect(both('仲裁与诉讼只能选其一', '当事人可以选择仲裁,也可以选择诉讼,但两者不能同时约定。《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》第七条规定:“当事人约定争议可以向仲裁机构申请仲裁也可以向人民法院起诉的,仲裁协议无效。”')).toBe(0);
  });
  it('a ruling: the court outside the quoted clause, a named commission with the word 诉讼', () => {
    expect(both('某市中级人民法院民事裁定书', '上诉人称,双方签订的《采购合同》约定:“协商解决不成,则通过以下途径解决纠纷:提请仲裁”。本院认为,该仲裁条款未约定仲裁机构,上诉人可向被上诉人所在地人民法院提起诉讼。')).toBe(0);
    expect(both('约定向仲裁委员会提起诉讼的效力(案例评析)', '申请人主张《合作协议》第十一条约定了争议解决方式,内容为:“协商不成的,双方可向某市仲裁委员会提起诉讼”,法院认为该约定体现了明确的仲裁意思表示。')).toBe(0);
  });
  it('but a quoted clause that names both still fires — "可交…仲裁…若仲裁无果，可向当地法院提起诉讼"', () => {
    expect(both('“仲裁无果可诉讼”条款效力案例分析', '某市中级人民法院经审查认为:本案上诉人与被上诉人签订的施工合同中明确约定:“若双方发生争执,可交乙方注册地仲裁部门仲裁,若仲裁无果,可向当地法院提起诉讼。”乙方住所地没有仲裁机构,属约定不明。')).toBe(1);
    expect(both('某区人民法院民事裁定书', '本院认为,双方合同约定:“因本合同发生的争议,由双方协商解决,协商不成的,提交某市仲裁委员会仲裁,仲裁不成的可向买受方所在地人民法院起诉。”')).toBe(1);
    // A contract's own clause is unchanged.
    expect(both('买卖合同', '第十条 争议解决:双方协商不成的,可交甲方所在地仲裁机构仲裁,也可向当地法院提起诉讼。')).toBe(1);
  });
});

describe('fines, detention and licences another text or act sets are none of the notice\'s own', () => {
  const fine = (...t: string[]) => fired('normative', 'rules.sets-fine', ...t);
  it('a local regulation\'s own fine articles (地方性法规 may set fines, 行政处罚法第12条)', () => {
    const regulation = ['某省草原条例', '第五十条 违反本条例第二十条规定,超过核定载畜量的,由县级人民政府责令限期改正;逾期未改正的,按照下列规定进行处罚:', '(一)超过载畜量百分之十至百分之三十的,每个超载羊单位罚款一百元;', '(二)超过载畜量百分之三十以上的,每个超载羊单位罚款二百元。'];
    expect(fine(...regulation)).toBe(0);
    expect(fine('某市养犬管理条例(2020修正)', '(2010年8月20日某市人民代表大会常务委员会第十九次会议通过)', '第三十条 携犬出户未束犬链的,处五十元罚款。', '第三十一条 本条例自2011年1月1日起施行。')).toBe(0);
    // A notice ABOUT a regulation, or a government's own notice, still sets what it sets.
    expect(fine('某县人民政府关于贯彻《某省草原条例》的通告', '一、超过载畜量的,每个羊单位罚款一百元。')).toBe(1);
  });
  it('a penalty decision told as news applies the law to one person', () => {
    expect(fine('某镇开出首张秸秆禁烧罚单', '然而再次巡察时,发现其不听劝阻,仍在焚烧秸秆,镇政府联合相关部门对其作出罚款500元的行政处罚决定。')).toBe(0);
    expect(fine('某县执法动态', '执法人员检查时发现某商户占道经营,当场开出200元罚单。')).toBe(0);
    expect(fine('某镇关于禁止焚烧秸秆的通告', '三、在禁烧区内焚烧秸秆的,一律罚款500元。')).toBe(1);
    // A rule for whoever breaks the ban, told in a news story, is still the town's own fine.
    expect(fine('某镇禁燃工作动态', '镇党委政府明确了属地管理责任。对违反禁令的由镇城管队对其进行罚款。')).toBe(1);
  });
  it('detention left to the public-security law is no detention the notice sets', () => {
    const liberty = (...t: string[]) => fired('normative', 'rules.restricts-liberty', ...t);
    expect(liberty('某区关于禁止燃放烟花爆竹的通告', '四、违反本通告、构成违反治安管理行为的,由公安部门依法给予治安管理处罚,处五日以上十五日以下拘留;构成犯罪的,依法追究刑事责任。')).toBe(0);
    expect(liberty('某镇关于禁止燃放烟花爆竹的通告', '四、违反本通告的,由派出所处五日以下拘留。')).toBe(1);
  });
  it('approvals other law requires for using a road or a street are no licence the notice sets', () => {
    const license = (...t: string[]) => fired('normative', 'normative.sets-license', ...t);
    expect(license('某县关于集镇市场秩序整治的通告', '二、任何单位和个人未经审批不得利用集镇道路设施摆摊设点占道经营。')).toBe(0);
    expect(license('某县关于集镇市场秩序整治的通告', '三、取缔未经依法审批的各类占道亭棚。')).toBe(0);
    expect(license('某镇关于规范生猪经营的通告', '二、从事生猪收购的,须经镇人民政府审批后方可经营。')).toBe(1);
  });
});

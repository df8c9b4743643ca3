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
    expect(coercion('某县关于规范停车收费的通告', '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。')).toBe(1);
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

import { lexiconExtension } from './lexicon-extension.js';

/**
 * Round fourteen, issue 13: compulsion against vehicles in the words parking and road-campaign notices use — a vehicle
 * seized ("一经发现，强制扣车", "当场扣车"), seized things disposed of without compensation ("无偿处置", "无偿拆解"),
 * wheels locked ("用专用锁锁车", "对违停车辆上锁", "安装车轮锁"). 扣押 and 暂扣 are already in the coercion lexicon; these
 * are the shorter words. 行政强制法第9、10条: only a law or a regulation may set them (道路交通安全法 lets the traffic
 * police 扣留 a vehicle; a township or a campaign headquarters has no such power). A vehicle locked or seized only
 * against a breach — an owner told to lock his car ("离开时应锁好车门") is no measure. Confiscation (没收车辆) is a
 * penalty and stays with rules.sets-fine.
 */
const WORDS =
  '(强制|一律|予以|当场|立即|现场|暂)?扣车(?!位|库)|(无偿|無償)(处置|處置|拆解|销毁|收缴)|(专用锁|车轮锁|锁具)[^。;,，\\n]{0,4}?锁(车|住)|(予以|一律|强制|当场|现场)(上锁|锁车|锁住)|(对|将|给)[^。;,，\\n]{0,10}?(车辆|车轮|轮胎)[^。;,，\\n]{0,4}?(上锁|加锁|锁住|锁定)|(安装|加装|使用)[^。;,，\\n]{0,2}?车轮锁';

/** The breach the measure answers: without one, a lock or a seizure is no compulsion. */
const BREACH_RE = /违|非法|乱停|乱放|拒|不听|抗拒|逾期|一经发现|一经查获|擅自|私自|无证|未经|屡教/;

/** A coercion lexicon with the vehicle forms added. */
export const withVehicleMeasures = lexiconExtension(WORDS);

const VEHICLE_RE = new RegExp(`^(?:${WORDS})$`);

/** One of these forms (checked like the direct measures: only a law named is a basis). */
export function isVehicleMeasure(match: string): boolean {
  return VEHICLE_RE.test(match);
}

/** A vehicle form with no breach in its sentence or the item's lead ("3.情节严重。不听劝导…，用专用锁锁车"). */
export function vehicleMeasureExcused(match: string, lead: string): boolean {
  return isVehicleMeasure(match) && !BREACH_RE.test(lead);
}

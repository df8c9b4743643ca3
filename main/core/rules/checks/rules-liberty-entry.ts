/**
 * Round twelve (B), issue 13: movement banned by a lockdown notice in the words such notices use — nobody may come in
 * ("只能出，不能进", "只出不进", "外来人员一律不得进村", "禁止外地人员进入本村"), nobody may come home ("没有返乡的一律不返乡",
 * "一律不得返乡", "严禁返村"), nobody may go out except for a named case ("无特殊情况一律不得外出", GO_OUT_RE's case with
 * citizens named as 市民/每户/家庭), nobody in or out at all ("禁止一切人员进出"), outings rationed per household ("每户每两天
 * 可安排1名家庭成员外出采购"), going out on one's own forbidden ("严禁私自外出"), a pass to go in or out ("村民一律凭出入证
 * 进出"). Only the law (传染病防治法第42、43条, by the organs it names) may close a place or bar
 * a person's way home (立法法第11条). Advice (倡导/建议/尽量 …非必要不返乡) and the law quoted by name are not the notice's
 * own order. Kept apart from rules-liberty.ts so the lexicon of the older module stays as it was.
 */

/** A statute named in 《》 (依照/根据《传染病防治法》…): the measure is the statute's, recited. */
export const STATUTE_NAME_RE = /(依照|依据|根据|按照|依)\s*《[^《》]{2,40}(法|条例)》/;
/**
 * The people a lockdown clause is about when the sentence names them only as citizens or households ("市民从即日起
 * 自行居家两周，每户家庭…"), beside the village words rules-liberty.ts already knows.
 */
export const CITIZEN_RE = /市民|县民|镇民|乡民|民众|公众|全民|每户|各户|家庭|全体|所有人/;

/** Entry or return barred by the notice itself. */
export const ENTRY_BAN_RE =
  /(只能|只准|只许|一律只)出[,，、]?\s*(不能|不准|不许|不得|禁止)进|只出不进|只进不出|(一律不|一律|严禁|禁止|不得|不准|不许|一律不准|一律不得|一律禁止)(返乡|返村|回乡|回村|返回本[村地市县镇乡区]|返[市县镇乡区])|(外来|外地|外乡|外村|外省|外市|外县|非本[村组地市县镇乡区社](区)?(籍)?|陌生)(人员|人|车辆|人车)[^。;,，\n]{0,8}?(一律|严禁|禁止|不得|不准|不许|谢绝|拒绝)[^。;,，\n]{0,4}?(进村|入村|进入|进出|进组|入组|进小区|入内|通行)|(禁止|严禁|不准|不许|谢绝|拒绝)(外来|外地|外乡|外村|非本[村组地市县镇乡区]籍?|陌生)(人员|人|车辆)[^。;,，\n]{0,6}?(进村|入村|进入|进出|入内|通行)|(禁止|严禁|不准|不许|不得)(一切|所有|任何)(人员|人|车辆|人车)[^。;,，\n]{0,4}?(进出|出入|进入|外出)|每户[^。;\n]{0,12}?(只能|仅限|限|只准|只允许|不超过|最多|可)[^。;\n]{0,12}?(1|一|2|两|二)\s*(名|人|个人)[^。;\n]{0,10}?(外出|出门|出村|出小区)|(严禁|禁止|不得|不准|不许)(私自|随便|自行|私下)(外出|出村|出门|离村|离家|出户)|(村民|居民|群众|住户|人员|市民|所有人|一律)[^。;,，\n]{0,10}?凭[^。;,，\n]{0,8}?(出入证|通行证|通行卡|出入卡|出门证)[^。;,，\n]{0,6}?(出入|进出|外出|出门|出村)/g;

/** "倡导…非必要不返乡", "建议暂缓返乡", "尽量不外出": advice, not an order. */
export const ADVICE_RE = /(倡导|建议|提倡|呼吁|鼓励|尽量|尽可能|劝导|号召|提醒)[^。;\n]{0,16}$/;

/** Staff told where to work ("值班人员不得私自外出") are not confined. */
const DUTY_RE = /值班|岗位|工作人员|干部|职工|员工|上班|工作时间|学生|在校|驾驶员|司机|卡点人员|执勤/;

/**
 * Not the notice's own confinement: advice just before the match, the law quoted in the sentence, or staff on duty named
 * in the match's own clause.
 */
export function excused(text: string, index: number, end: number, sentence: string): boolean {
  if (ADVICE_RE.test(text.slice(Math.max(0, index - 20), index)) || STATUTE_NAME_RE.test(sentence)) return true;
  let from = index;
  while (from > 0 && !'。;；,，\n'.includes(text[from - 1] as string)) from--;
  return DUTY_RE.test(text.slice(from, end));
}

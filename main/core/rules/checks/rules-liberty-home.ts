/**
 * Round fourteen, issue 13: two more ways a village rule or a notice confines people, in the words real drafting uses —
 * - home isolation ordered without a day count: "无症状的按要求居家自我隔离", "返乡人员一律在家隔离", "须自行隔离14天",
 *   "居家自我隔离" (the isolation is the order; only the government under 传染病防治法第39–43条 may order it);
 * - going out made conditional on the village's leave: "与村委签订合同，并领取《…证明》方能外出", "凭村委会开具的证明方可
 *   外出", "须经村两委批准后才能离村" — a village or a notice may not make leaving subject to its permission (宪法第37条,
 *   立法法第11条).
 * Both run through rules-liberty.ts's lockdown checks (advice, the statute named, staff on duty, animals excused). Persons
 * under a court's or the law's own restriction (社区矫正, 取保候审, 监视居住) are excused here: their leave is the law's.
 */

/** Home isolation ordered: a duty or manner word before it, or 自我/自行 isolation. */
export const HOME_ISOLATION_RE =
  /(按要求|按照要求|按规定|必须|须|需|需要|应|应当|一律|均|要|主动|自觉)(进行|实行|实施|接受)?(居家|在家)(自我)?(隔离|隔離)(?!人员|者|期间|家庭|对象|政策)|(居家|在家)自我(隔离|隔離)(?!人员|者|期间|家庭|对象)|自行(居家)?(隔离|隔離)[^。;,，\n]{0,4}?[\d一二三四五六七八九十]+\s*(天|日)/g;

/** Going out only on a condition the text sets ("…方能外出", "凭…方可出村", "经…批准后才能离村"). */
export const CONDITIONAL_OUT_RE =
  /(方能|方可|才能|才可以?|方准|才准|才允许|方允许|方得)(外出|出村|出门|离村|离家|出行|出户|離村|離家|出門|離開村莊|离开本村|离开村庄|离开居住地)/g;

/** Restrictions the law itself sets on a person (criminal procedure, community correction): recited, not set. */
export const LAW_BOUND_PERSON_RE = /矫正|服刑|取保候审|监视居住|犯罪嫌疑人|被告人|罪犯|假释|缓刑|戒毒/;

/** "解除居家隔离", "结束自我隔离": what ends the measure is no order of it. */
export function lifted(text: string, index: number): boolean {
  return /(解除|结束|终止|已经|已)$/.test(text.slice(Math.max(0, index - 4), index));
}

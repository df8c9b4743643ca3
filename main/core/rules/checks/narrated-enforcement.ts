/**
 * Round fourteen, issue 13: enforcement told as news — "8月14日，镇政府组织两违办、派出所…前往…村，依法强制拆除违建猪圈，
 * 此次拆除面积共1390平方米", "10月30日上午，城管、公安等部门…组成了一支近200人的执法队伍，对…违章建筑进行强制拆除". A
 * report of what an authority did on a day sets no measure (the coercion counterpart of law-set-measures.ts's penalty
 * decision told as news). The mark is a day the action happened at the sentence's head with a team sent out or a tally
 * of the result; a rule for whoever breaks a ban ("违者", "一律", "逾期未…的") or an action announced for later
 * ("定于…", "将于…") stays a measure the text sets.
 */
const DAY_HEAD_RE = /^\s*(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(上午|下午|晚上|凌晨|早上|中午|晚)?\s*[,，]?/;
const EVENT_RE = /组成了|抽调|出动|带队|前往|此次|本次|(进行|实施|开展)了|共计?(拆除|清理|清除|扣押|查扣|暂扣|查封)|据了解|记者/;
const RULE_RE = /违者|一律|凡|逾期未|拒不|一经发现|定于|将于|拟于|自.{0,12}起/;

export function narratedEnforcement(sentence: string): boolean {
  return DAY_HEAD_RE.test(sentence) && EVENT_RE.test(sentence) && !RULE_RE.test(sentence);
}

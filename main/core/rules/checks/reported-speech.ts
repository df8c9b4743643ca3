/**
 * Round seventeen, issue 13: reported speech read by WHAT it reports. A text that reports may report a rule's CONTENT
 * — "村里的公约写明外嫁女户口必须迁出，否则不享受分红", "该村村规民约规定出嫁女不得参与分配" — and that content is a
 * clause the reviewer needs flagged, whatever page carries it; or it may report ACTIONS taken — "本周共清理占道经营211
 * 处，暂扣电子秤8台，罚款4550元", "当晚…出动执法管理人员40余人…依法取缔占道经营2处、依法暂扣…物品60余件" — and a tally of
 * what was done sets no fine, no seizure and no licence, whatever kind of page it stands in (a work report registered
 * under a notice-like title reads as an instrument). Both tests are read by helpers.clauseInReport, the one place the
 * "sets" rules ask whether a sentence is a clause (document-kind.ts decides the page's kind; this decides the
 * sentence's). Round fourteen's narrated-enforcement.ts (a day at the head, a team sent) and round thirteen's
 * narratedDecision (one penalty decision told) stay as they were: they are special cases of the tally read here.
 */

/** An act of enforcement, then its count: "清理…211处", "暂扣电子秤8台", "罚款4550元", "批评教育10余人". */
const TALLY_RE =
  /(清理|拆除|取缔|查处|查扣|暂扣|扣押|扣留|收缴|没收|罚款|处罚|劝离|清除|整治|规范|纠正|疏导|处理|教育|查获|捣毁|关停|封堵|劝导|查封|拖移|拖离)[^。;；，,]{0,16}?\d+(\.\d+)?\s*(余|多)?\s*(处|起|人次|名|人|辆|台|件|家|个|条|块|户|次|宗|元|吨|平方米|只|头|艘|套|张|份|车)/;
/** The words of an account of what was done: a total, a period already over, a completed action. */
const DONE_RE = /(?<![公总])共(?!和国|同|享|建|治|识|有|性|用|产|青|济)计?|累计|合计|先后|此次|本次|当晚|当天|当日|本周|上周|本月|截至|截止|目前|已经|(进行|开展|实施|组织)了|[清拆取查扣收没罚处劝整规纠疏]\S?了/;
/** A rule for whoever acts, or an action announced: the sentence sets what it says. */
const RULE_RE = /违者|一律|凡|逾期未|逾期不|拒不|一经发现|一经查实|将于|将对|拟于|定于|应当|必须|须|不得|禁止|严禁|[^目]的\s*[,，]/;

/** The sentence tells enforcement already done, with its tally: it reports actions and sets nothing. */
export function reportsActionsDone(sentence: string): boolean {
  return TALLY_RE.test(sentence) && DONE_RE.test(sentence) && !RULE_RE.test(sentence);
}

/**
 * A named document, then the verb that reports its content, then the content itself with no punctuation between
 * ("公约写明外嫁女户口必须迁出", "村规民约规定出嫁女不得…", "方案中明确规定已出嫁满三年的不予分配"). Not the document as the
 * ground of an act ("违反村规民约规定…", "按照村规民约规定…": narratesUnder and the tally above read those) and not a
 * noun phrase ("村规民约规定的程序").
 */
const CONTENT_RE =
  /(?<!违反|违背|按照|依照|根据|依据|按|依)(村规民约|村规|民约|公约|规约|章程|决议|方案|细则|告示|协议)(中|里|上|也|还|就|都|则|更|里面)*(明确|明文|专门)?(规定|写明|写着|约定|载明|明确)(了)?(?=[\u4e00-\u9fa5“"「])(?![的之])/;

/** The sentence reports a named document's content as its own words or in paraphrase. */
export function reportsRuleContent(sentence: string): boolean {
  return CONTENT_RE.test(sentence);
}

/**
 * Round twelve (B), issue 13: the period in the title of the document a notice issues. "关于印发《…实施方案（2023年）》的
 * 通知", "关于转发《…工作要点（2024年度）》的通知": the notice issues (印发/转发/颁发) the quoted document, which is the text
 * under review, so its period is this text's own — unlike a document only carried out ("贯彻《…规划（2014-2020年）》").
 * An annual plan's year written after its kind ("实施方案（2023年）", "工作计划(2024年度)") is its period as much as a
 * leading "2024年…方案" is; a policy's or a measure's edition year ("扶持政策（2018）", "办法（2023年修订）") is not.
 */
const ISSUED_RE = /(印发|颁发|转发|发布|公布)\s*《([^《》]{4,80})》/;
const YEAR_AFTER_KIND_RE =
  /(方案|计划|要点|安排)\s*[(（]\s*\d{4}\s*(年度|年)\s*[)）]$|[(（]\s*\d{4}\s*[—–\-－~至到]+\s*\d{4}\s*年?\s*[)）]$|\d{4}\s*(年度|年)\s*[^《》]{0,40}(方案|计划|要点|安排)$|^\d{4}\s*[—–\-－~至到]+\s*\d{4}\s*年/;

/**
 * A notice for a named season or holiday ("关于确保清明节期间森林防火安全的通告", "2024年春节期间烟花爆竹燃放管理的通告",
 * "关于做好汛期安全工作的通知"): the season is its window, as a campaign's dates are (round eleven) — it owes no
 * validity article of its own. A standing rule merely mentioning a season in its body is not read here.
 */
const SEASON_RE =
  /(春节|春运|元旦|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|中秋国庆|两节|元宵节?|寒假|暑假|暑期|汛期|主汛期|防汛期|森林防火期|防火期|秋冬季?|冬春季?|禁渔期|休渔期|农忙|三夏|三秋|两会|会议)期间/;

/** Only a title line: the season must stand in the name of a notice, not in a first line of the body. */
const TITLE_KIND_RE = /(通告|通知|公告|通令|规定|办法|意见|方案|决定|命令|令)([(（][^()（）]{0,20}[)）])?$/;

/** The title (normalised) gives the period of the document it issues or names (see above). */
export function titleGivesPeriod(title: string): boolean {
  // The caller's title and the one inside the text, joined by a space: either may give it.
  return title.split(/\s+/).some(periodInPiece);
}

function periodInPiece(t: string): boolean {
  const issued = ISSUED_RE.exec(t);
  const own = issued ? (issued[2] as string) : t.replace(/《[^》]*》/g, '');
  return YEAR_AFTER_KIND_RE.test(own) || (SEASON_RE.test(own) && TITLE_KIND_RE.test(own));
}

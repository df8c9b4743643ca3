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

/** The title (normalised) gives the period of the document it issues or names (see above). */
export function titleGivesPeriod(title: string): boolean {
  // The caller's title and the one inside the text, joined by a space: either may give it.
  return title.split(/\s+/).some(periodInPiece);
}

function periodInPiece(t: string): boolean {
  const issued = ISSUED_RE.exec(t);
  return YEAR_AFTER_KIND_RE.test(issued ? (issued[2] as string) : t.replace(/《[^》]*》/g, ''));
}

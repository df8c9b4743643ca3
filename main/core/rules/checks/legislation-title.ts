/**
 * Round twelve (B), issue 13: a law and an excerpt of it ("中华人民共和国农村土地承包法" with its 第二十条, "民法典 合同编",
 * "村民委员会组织法（2018修正）") is legislation, not an administrative normative document: it owes no validity period
 * (国办发〔2018〕37号's definition leaves laws out) and sets what it sets by its own authority. Read from the title the
 * way statute pages and excerpts are titled: the state's name before a 法, a 法典, or the names statutes end with.
 * Not 办法/方法/做法/执法/司法 (a 管理办法 is a normative document; "关于严格执法的通知" is a notice).
 */
const NOTES_RE = /\s*([(（][^()（）]{0,24}[)）]|全文|节选|摘录|原文|条文|最新版|修正|修订|\d{4}年?(修正|修订)?)\s*$/;
const LAW_TITLE_RE =
  /^(《)?(中华人民共和国[^，,。:：《》]{1,30}法|[^，,。:：《》]{0,24}(民法典|宪法|刑法|民法|组织法|管理法|保护法|防治法|促进法|承包法|处罚法|许可法|强制法|复议法|诉讼法|程序法|继承法|婚姻法|物权法|合同法|担保法|立法法|监督法|选举法|代表法|公务员法|劳动法|土地管理法|森林法|草原法|水法|渔业法|畜牧法|种子法|农业法))(》)?$/;
const NOT_LAW_RE = /(办|方|做|执|司|立|说|看|写|用|算|守|违|合|非|依|取|效|章|技|手|想|兵)法$/;

/**
 * Also what the definition leaves out besides laws: a judicial interpretation, rule or reply of the Supreme People's
 * Court or Procuratorate ("最高人民法院关于审理…案件适用法律问题的解释"), and a decision of a people's congress or its
 * standing committee ("全国人民代表大会常务委员会关于修改《…》的决定", "某市人大常委会关于…的规定") — by their issuer in the
 * title.
 */
const NOT_ADMINISTRATIVE_ISSUER_RE =
  /^(最高人民法院|最高人民检察院)(、最高人民(法院|检察院))?[^《》]{0,4}关于[^\s]{2,90}(解释|规定|批复|决定|答复|意见)$|^(全国|[^\s]{0,12}(省|自治区|直辖市|市|州|县|区))?人民代表大会(常务委员会)?关于[^\s]{2,90}(决定|决议|规定|办法)$|^[^\s]{0,12}人大常委会关于[^\s]{2,90}(决定|决议|规定|办法)$/;

/** The title (normalised) names a statute, not a document made under one. */
export function isLawTitle(title: string): boolean {
  // The title the caller gives and the one inside the text are joined by a space: either may name the statute.
  return title.split(/\s+/).some((p) => isLawName(p) || NOT_ADMINISTRATIVE_ISSUER_RE.test(p.replace(/[(（][^()（）]{0,24}[)）]$/, '')));
}

function isLawName(piece: string): boolean {
  let t = piece;
  for (let k = 0; k < 3; k++) t = t.replace(NOTES_RE, '');
  if (!LAW_TITLE_RE.test(t)) return false;
  // "立法法" is itself a law; other endings in NOT_LAW_RE are methods, practice or notices.
  return /立法法$|民法$|刑法$|宪法$/.test(t) || !NOT_LAW_RE.test(t.replace(/》$/, ''));
}

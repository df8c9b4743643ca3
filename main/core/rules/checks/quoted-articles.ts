/**
 * Another text's articles quoted, not set (issue 13). Round fourteen: pages that explain another text rather than
 * being one —
 * - a question for a title ("请问国家禁牧是怎么规定的？", "村委会能否收回农户承包地", "…可以罚款吗") heads a Q&A or an
 *   explainer: it is no normative document and owes no validity period (round fifteen: the test lives with the
 *   document's kind, document-kind.ts questionTitle);
 * - a regulation restated article by article ("根据《辽宁省封山禁牧规定》第一条规定…", "第八条规定违反本规定，…按照下列规定
 *   处理：（一）…给予警告…罚款"): the fines of those articles and of their items are the quoted text's (a 规章 may set
 *   warnings and fines, 行政处罚法第14条), not the page's. The mark is the article's number followed by 规定/明确 at the
 *   head of a line ("第八条规定…"), or the text named with its article ("《…办法》第二十条："); a document's own article
 *   reads "第八条 违反本规定…".
 */
import type { TextUnit } from '../text/units.js';
import type { CheckContext } from '../types.js';

const NUM = '[一二三四五六七八九十百零〇\\d]+';
/** A line that reports another text's article: "第八条规定…", "根据《…》第一条规定…", "《…办法》第二十条：". */
const REPORTED_ARTICLE_RE = new RegExp(`^\\s*((根据|依据|按照)?\\s*《[^《》]{2,40}》\\s*第${NUM}条|第${NUM}条(规定|明确|指出)(?!的))`);
const ARTICLE_HEAD_RE = new RegExp(`^\\s*((根据|依据|按照)?\\s*《[^《》]{2,40}》\\s*)?第${NUM}条`);
/** How many units back an article's items may reach. */
const ITEMS = 12;

/**
 * The unit restates an article of another text: it is such an article, or one of its items under it, and the page
 * reports at least two articles this way (one reported article could be a cross-reference).
 */
export function inQuotedArticle(ctx: CheckContext, unit: TextUnit): boolean {
  let reported = 0;
  for (const u of ctx.units) if (REPORTED_ARTICLE_RE.test(u.text) && ++reported >= 2) break;
  if (reported < 2) return false;
  for (let i = unit.id; i >= 0 && i >= unit.id - ITEMS; i--) {
    const t = ctx.units[i]?.text ?? '';
    if (ARTICLE_HEAD_RE.test(t)) return REPORTED_ARTICLE_RE.test(t);
  }
  return false;
}

/*
 * Round sixteen: a paragraph that opens with a named law's or regulation's article is that article quoted —
 * "《中华人民共和国治安管理处罚法》第五十条 有下列行为之一的，处警告或者二百元以下罚款；情节严重的，处五日以上十日以下
 * 拘留…". Publicity notices (森林防火十不准, 禁养通告) print the statute's article after their own bans; its fines,
 * detention and seizures are the statute's (a law may set them, 行政处罚法第10–12条, 立法法第11条), not the notice's.
 * Only a 法 or a 条例 counts (a notice is neither); "违反《…》第X条…" does not open with the title, and a reported
 * article in the writer's sentence ("《…条例》第八条规定，…") is restated-penalty.ts's and helpers.citesBasis's case.
 * A notice that quotes an article and then adds its own sanction in another paragraph still has that one checked.
 */
/** The paragraph's head: an optional item number or 根据/依据, the statute in 《》, its article (and paragraph). */
const HEAD_RE = new RegExp(
  `^\\s*([一二三四五六七八九十]{1,3}[、.．]|\\(?[一二三四五六七八九十\\d]{1,3}[)）.．、])?\\s*((根据|依据|按照|依照)\\s*)?(国务院)?《[^《》]{2,40}((?<!办)法|条例)》\\s*第${NUM}条(第${NUM}款)?(?!的规定|之规定)`,
);

/** The unit's text is a law's or a regulation's article quoted from its head. */
export function statuteArticleParagraph(text: string): boolean {
  return HEAD_RE.test(text);
}

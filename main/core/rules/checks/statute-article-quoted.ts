/**
 * Round sixteen, issue 13: a paragraph that opens with a named law's or regulation's article is that article quoted —
 * "《中华人民共和国治安管理处罚法》第五十条 有下列行为之一的，处警告或者二百元以下罚款；情节严重的，处五日以上十日以下
 * 拘留…". Publicity notices (森林防火十不准, 禁养通告) print the statute's article after their own bans; its fines,
 * detention and seizures are the statute's (a law may set them, 行政处罚法第10–12条, 立法法第11条), not the notice's.
 * Only a 法 or a 条例 counts (a notice is neither); "违反《…》第X条…" does not open with the title, and a reported
 * article in the writer's sentence ("《…条例》第八条规定，…") is restated-penalty.ts's and helpers.citesBasis's case.
 * A notice that quotes an article and then adds its own sanction in another paragraph still has that one checked.
 */

const NUM = '[一二三四五六七八九十百零〇\\d]+';
/** The paragraph's head: an optional item number or 根据/依据, the statute in 《》, its article (and paragraph). */
const HEAD_RE = new RegExp(
  `^\\s*([一二三四五六七八九十]{1,3}[、.．]|\\(?[一二三四五六七八九十\\d]{1,3}[)）.．、])?\\s*((根据|依据|按照|依照)\\s*)?(国务院)?《[^《》]{2,40}((?<!办)法|条例)》\\s*第${NUM}条(第${NUM}款)?(?!的规定|之规定)`,
);

/** The unit's text is a law's or a regulation's article quoted from its head. */
export function statuteArticleParagraph(text: string): boolean {
  return HEAD_RE.test(text);
}

/**
 * Round seventeen, issue 13: a sanction linked to the statute the clause cites. A notice or 办法 that repeats a law's
 * fine, detention, seizure or licence usually cites it — "依据《中华人民共和国治安管理处罚法》第五十条，…处五日以上十日
 * 以下拘留", "违者由林业主管部门依照《森林防火条例》的规定予以处罚", "…须取得许可证（《城乡规划法》第四十条）". Whether that
 * clause sets anything is a question the statute library answers, not the clause's wording: the cited article (or,
 * when no article is named, the cited law as a whole) either carries the same kind of sanction — then the clause
 * restates it and sets nothing (行政处罚法第14条, 行政许可法第16条, 行政强制法第11条 let a lower text only restate and
 * specify) — or it does not, and the clause is judged as before. A law the shipped library does not hold changes
 * nothing. The library is resources/statutes/sanctions.json, derived from the shipped snapshot
 * (statutes/sanction-index.ts).
 */
import { ARTICLE_NUMERAL, articleNumbers, parseArticleNumeral } from '../../checklists/article-number.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext } from '../types.js';
import { lawKey, statuteSanctions, type LawSanctions } from '../statutes/sanction-index.js';

/** The numerals parseArticleNumeral reads, so every number matched here can be looked up. */
const NUM = ARTICLE_NUMERAL;
/** 《title》, then optionally its articles: 第五十条, 第十七条之一, 第10、11条, 第五十条第一款第（二）项, 第五十条和第五十一条. */
const CITE_RE = new RegExp(
  `《([^《》]{2,60})》((?:(?:[、,，和及与或]|以及)?第${NUM}条(?:之${NUM})?(?:第${NUM}款)?(?:第?[（(]${NUM}[)）]项)?(?:[—–~至到-]第?${NUM}条)?)*)`,
  'g',
);
/** The law named as the basis without an article: 依照/依据/根据/按照《…》, or 《…》的(有关)规定. */
const BASIS_BEFORE_RE = /(依照|依据|根据|按照|遵照|依)\s*$/;
const BASIS_AFTER_RE = /^\s*(的|之)?\s*(有关|相关)?\s*(规定|要求)/;
/** "违反《…》的规定": the law broken, not the basis of the sanction (an article named there is still read). */
const BREACH_BEFORE_RE = /(违反|违背|不符合|不按|未按)\s*$/;
/** A version note or a year in the title ("（2018年修正）", "2021年修订") is no part of the name. */
const VERSION_NOTE_RE = /[（(][^（）()]{0,12}(修正|修订|修改|年)[^（）()]{0,4}[）)]$|^\d{4}年/;

function lookup(title: string): LawSanctions | undefined {
  const index = statuteSanctions();
  if (index.size === 0) return undefined;
  return index.get(lawKey(title)) ?? index.get(lawKey(title.replace(VERSION_NOTE_RE, '')));
}

/** The classes the articles named in `articles` ("第五十条第一款", "第10、11条") carry in `law`. */
function articleClasses(law: LawSanctions, articles: string): number {
  let mask = 0;
  for (const m of articles.matchAll(new RegExp(`第(${NUM})条之(${NUM})`, 'g'))) {
    const n = parseArticleNumeral(m[1] as string);
    const s = parseArticleNumeral(m[2] as string);
    if (n !== undefined && s !== undefined) mask |= law.sub[`${n}-${s}`] ?? 0;
  }
  // 款 and 项 numbers are no articles: drop them before reading the article numbers.
  const plain = articles.replace(new RegExp(`条之${NUM}`, 'g'), '条').replace(new RegExp(`第${NUM}款|第?[（(]${NUM}[)）]项`, 'g'), '');
  for (const n of articleNumbers(plain.replace(/(和|及|与|或|以及)第/g, '、第').replace(/条[、,，]第/g, '、'))) mask |= law.articles[n - 1] ?? 0;
  return mask;
}

/**
 * The classes the statutes cited in `text` carry for what they are cited for: the articles named, or — unless
 * `articlesOnly` — the law as a whole when it is named as the basis without an article.
 */
export function citedStatuteClasses(text: string, articlesOnly = false): number {
  if (!text.includes('《')) return 0;
  let mask = 0;
  for (const m of text.matchAll(CITE_RE)) {
    const law = lookup(m[1] as string);
    if (!law) continue;
    const at = m.index ?? 0;
    const articles = m[2] ?? '';
    const before = text.slice(Math.max(0, at - 4), at);
    if (articles !== '') mask |= articleClasses(law, articles);
    else if (articlesOnly || BREACH_BEFORE_RE.test(before)) continue;
    else if (BASIS_BEFORE_RE.test(before) || BASIS_AFTER_RE.test(text.slice(at + m[0].length, at + m[0].length + 8))) mask |= law.all;
  }
  return mask;
}

/** A short lead ending in a colon ("根据《治安管理处罚法》第二十三条规定：") introduces the paragraph under it. */
const LEAD_RE = /[:：]\s*$/;
const LEAD_MAX = 80;
/** A line that is only a citation: "《中华人民共和国治安管理处罚法》第二十五条", "依据《…条例》第十条规定". */
const CITATION_LINE_RE = new RegExp(`^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）])?\\s*((根据|依据|依照|按照)\\s*)?《[^《》]{2,60}》\\s*第${NUM}条(之${NUM})?(第${NUM}款)?\\s*(的)?(规定)?\\s*[:：]?$`);

/** What may follow a citation that closes its sentence ("…，依照《…》第N条的规定执行。"): no further measure. */
const CLOSING_RE = new RegExp(`^(第${NUM}条)?\\s*(的|之)?\\s*(有关|相关)?\\s*(规定)?\\s*(执行|办理|处理|处罚|予以处罚)?\\s*[)）]?\\s*[。.]?\\s*$`);

/**
 * The text a clause's citation may stand in: its sentence up to the trigger (the branches after "；" share the article
 * the sentence opened with), a lead ending in a colon before it in the same paragraph or in the paragraph above, and a
 * citation that closes the sentence after it ("…处罚款，依照《…法》第N条的规定执行。", "…处罚款。（《…法》第N条）").
 * A basis that opens a later clause governs what follows it, not the measure before it (round sixteen's
 * penalty-basis-scope.ts): "采取扣留车辆的行政强制措施，依据《…》相关规定，对驾驶人给予罚款" covers the fine only.
 */
function citationScope(ctx: CheckContext, unit: TextUnit, index: number): string {
  const text = unit.text;
  let s = index;
  while (s > 0 && !'。!?\n'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'。!?\n'.includes(text[e] as string)) e++;
  let scope = text.slice(s, index);
  const tail = text.slice(index, Math.min(text.length, e + 90));
  for (const m of tail.matchAll(CITE_RE)) {
    const rest = tail.slice((m.index ?? 0) + m[0].length);
    const end = rest.search(/[。\n]/);
    if (CLOSING_RE.test(end < 0 ? rest : rest.slice(0, end + 1))) scope += ` ${tail.slice(Math.max(0, (m.index ?? 0) - 4), (m.index ?? 0) + m[0].length + 8)}`;
  }
  const head = text.slice(0, s);
  const lead = head.slice(head.lastIndexOf('。') + 1);
  if (LEAD_RE.test(lead)) scope = lead + scope;
  else if (s === 0 || head.trim() === '') {
    // The paragraph above introduces this one: a lead ending in a colon, or a citation alone on its line (a
    // publicity page printing "《中华人民共和国治安管理处罚法》第二十五条" over the article's text).
    const prev = ctx.units[unit.id - 1]?.text.trim() ?? '';
    if (prev.length <= LEAD_MAX && (LEAD_RE.test(prev) || CITATION_LINE_RE.test(prev))) scope = `${prev}${scope}`;
  }
  return scope;
}

/**
 * The sanction of class `classes` (sanction-classes.ts bits) at `index` of `unit` restates a statute the clause cites:
 * the cited article, or the law cited as a whole as the basis, carries that class in the shipped library.
 * `articlesOnly`: only an article named counts (the text's own ban punished "under the law" in general terms is the
 * text's, round sixteen's own-ban-detention.ts).
 */
export function restatesCitedStatute(ctx: CheckContext, unit: TextUnit, index: number, classes: number, articlesOnly = false): boolean {
  const scope = citationScope(ctx, unit, index);
  if (!scope.includes('《')) return false;
  return (citedStatuteClasses(scope, articlesOnly) & classes) !== 0;
}

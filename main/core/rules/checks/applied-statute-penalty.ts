/**
 * Round sixteen, issue 13: a notice that quotes a statute's article and then applies that article's sanction to the
 * same conduct — "二、根据《城市市容和环境卫生管理条例》第三十五条 饲养家畜家禽影响市容和环境卫生的，由…责令其限期处理或者
 * 予以没收…" then "四、…对城区范围内未自行处理到位的家禽家畜予以没收" — sets no sanction of its own: the confiscation is
 * the regulation's (行政处罚法第12条 lets a regulation set it), applied as the notice announces its enforcement. The
 * sanction must be the same kind the quoted article names, the conduct must be the article's (a word of it in common),
 * and the notice may add nothing of its own: a sum ("予以没收并罚款500元") or "一律" keeps it the notice's.
 */
import type { TextUnit } from '../text/units.js';
import type { CheckContext } from '../types.js';
import { statuteArticleParagraph } from './quoted-articles.js';

const KIND_RE = /罚款|没收|吊销|暂扣|警告|通报批评|停产停业|责令关闭|拘留/;
const OWN_RE = /\d\s*元|[一二两三四五六七八九十百千万]\s*元|一律/;
/** Two-character words too common to tie a clause to an article. */
const COMMON = new Set(['予以', '以罚', '处以', '责令', '规定', '违反', '部门', '有关', '相关', '单位', '个人', '或者', '并可', '可以', '进行', '限期', '没收', '罚款', '行政', '人民', '政府', '管理', '城市', '依法', '对于']);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fa5]{2,}/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const w = run.slice(i, i + 2);
      if (!COMMON.has(w)) out.add(w);
    }
  }
  return out;
}

/** The units that quote a statute's article from their head, found once per document. */
const ARTICLES = new WeakMap<CheckContext, TextUnit[]>();
function quotedArticles(ctx: CheckContext): TextUnit[] {
  let list = ARTICLES.get(ctx);
  if (!list) ARTICLES.set(ctx, (list = ctx.units.filter((u) => statuteArticleParagraph(u.text))));
  return list;
}

/** The sanction `word` in `sentence` of `unit` applies the one a statute's article quoted earlier in the text sets. */
export function appliesQuotedStatuteSanction(ctx: CheckContext, unit: TextUnit, word: string, sentence: string): boolean {
  const kind = KIND_RE.exec(word)?.[0];
  if (!kind || OWN_RE.test(sentence)) return false;
  let own: Set<string> | null = null;
  for (const article of quotedArticles(ctx)) {
    if (article.id >= unit.id) break;
    const t = article.text;
    if (!t.includes(kind)) continue;
    own ??= contentWords(sentence.replace(word, ''));
    for (const w of contentWords(t)) if (own.has(w)) return true;
  }
  return false;
}

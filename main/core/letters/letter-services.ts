/**
 * What letters need from outside the store: the law names the legal-basis library knows (for full
 * and short citation names), the library entries, and — the seam for the statute store (issue 18) —
 * an optional provider of article text.
 */
import type { LegalBasisEntry } from '../../../shared/domain/checklist.js';
import type { Core } from '../core.js';
import { effectiveLegalBasis } from '../review/library-service.js';
import { resolveArticle } from '../statutes/citation.js';
import { readyStatuteDb, statutesReady } from '../statutes/statute-store.js';
import { knownAmendments } from '../statutes/known-amendments.js';
import { lawNamesFrom, type LawNames } from './citations.js';

/** One article (款/项 when known) of a law, as a letter cites it. */
export interface ArticleQuery {
  /** Full law name without 《》, e.g. 中华人民共和国行政处罚法. */
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** The legal-basis library entry the opinion was written from, when there was one. */
  basisId?: string | null;
  /** The letter's date (YYYY-MM-DD): the version in force that day is quoted. */
  date?: string;
}

/**
 * Article text for a citation, or null when the statute is not known. The statute store plugs in
 * here; until then the library's entries whose summary is literal statute text are used.
 */
export type QuoteArticle = (query: ArticleQuery) => string | null;

export interface LetterServices {
  lawNames: LawNames;
  basisEntry(id: string): LegalBasisEntry | undefined;
  quoteArticle?: QuoteArticle;
}

export const NO_SERVICES: LetterServices = { lawNames: new Map(), basisEntry: () => undefined };

/** Quotes an article only when the library entry says its summary is the statute's own words (verbatim). */
export function libraryQuoter(entries: readonly LegalBasisEntry[]): QuoteArticle {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (q) => {
    const entry = q.basisId ? byId.get(q.basisId) : undefined;
    if (!entry || !entry.verbatim || entry.certainty !== 'verbatim' || entry.law !== q.law) return null;
    const m = /^第(\d+)条$/.exec(entry.article);
    return m && Number(m[1]) === q.article && q.paragraph === undefined ? entry.summary : null;
  };
}

/**
 * Quotes from the statute store: the article (or the cited 款/项) of the version in force on the letter's
 * date, verbatim, its 款 run together as one quotation. Nothing when the store is not built yet, does not hold the article, or a newer version known to be in force that day is not
 * in the store (resources/statutes/known-amendments.json) — an outdated text is never quoted as the law.
 */
export function statuteQuoter(core: Core): QuoteArticle {
  return (q) => {
    const ref = `第${q.article}条${q.paragraph ? `第${q.paragraph}款` : ''}${q.item ? `第（${q.item}）项` : ''}`;
    // Never starts the (≈10 s) build itself: the desktop app and `serve` start it at launch, 法规库 on open.
    if (!statutesReady(core.dataDir)) return null;
    const r = resolveArticle(readyStatuteDb(core.dataDir), q.law, ref, q.date);
    if (!r) return null;
    const date = q.date ?? '9999-12-31';
    if (knownAmendments().some((a) => a.law === r.law && a.publish > r.versionDate && a.effective <= date)) return null;
    const text = q.paragraph || q.item ? r.paragraphText : r.text;
    return text ? text.split('\n').join('') : null;
  };
}

/**
 * Services from the core's legal-basis library and statute store; `quoteArticle` replaces the default
 * quoter (the statute store, then the library's verbatim entries while the store is not built).
 */
export function letterServicesFor(core: Core, quoteArticle?: QuoteArticle): LetterServices {
  const entries = effectiveLegalBasis(core).entries;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const statute = statuteQuoter(core);
  const library = libraryQuoter(entries);
  return {
    lawNames: lawNamesFrom(entries.map((e) => e.law)),
    basisEntry: (id) => byId.get(id),
    quoteArticle: quoteArticle ?? ((q) => statute(q) ?? library(q)),
  };
}

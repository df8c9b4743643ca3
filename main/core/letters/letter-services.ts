/**
 * What letters need from outside the store: the law names the legal-basis library knows (for full
 * and short citation names), the library entries, and — the seam for the statute store (issue 18) —
 * an optional provider of article text.
 */
import type { LegalBasisEntry } from '../../../shared/domain/checklist.js';
import type { Core } from '../core.js';
import { effectiveLegalBasis } from '../review/library-service.js';
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

/** Services from the core's legal-basis library; `quoteArticle` overrides the library quoter (statute store). */
export function letterServicesFor(core: Core, quoteArticle?: QuoteArticle): LetterServices {
  const entries = effectiveLegalBasis(core).entries;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    lawNames: lawNamesFrom(entries.map((e) => e.law)),
    basisEntry: (id) => byId.get(id),
    quoteArticle: quoteArticle ?? libraryQuoter(entries),
  };
}

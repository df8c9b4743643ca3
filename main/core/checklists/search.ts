import type { LegalBasisEntry, LegalBasisLibrary, Phrase, PhraseLibrary } from '../../../shared/domain/checklist.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { articleNumbers, citedArticleNumbers, normalizeForSearch, parseQuery } from './article-number.js';

/**
 * Substring search for Chinese text (no tokenizer needed at this size: a few hundred entries).
 * Every term and every article number in the query must match; results are ranked, ties keep library order.
 */

export interface SearchOptions {
  limit?: number;
}

function ranked<T>(scored: { value: T; score: number; index: number }[], limit?: number): T[] {
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit ?? scored.length).map((entry) => entry.value);
}

/** Searches law (and its short names), article and summary; 第二十七条, 第27条 and 27 all find article 27. */
export function searchLegalBasis(
  library: LegalBasisLibrary,
  query: string,
  options: SearchOptions = {},
): LegalBasisEntry[] {
  const { articles, terms } = parseQuery(query);
  const scored: { value: LegalBasisEntry; score: number; index: number }[] = [];
  library.entries.forEach((entry, index) => {
    const numbers = articleNumbers(entry.article);
    if (!articles.every((n) => numbers.includes(n))) return;
    const aliases = (entry.aliases ?? []).map(normalizeForSearch);
    const law = normalizeForSearch([entry.law, ...(entry.aliases ?? [])].join(' '));
    const article = normalizeForSearch(entry.article);
    const rest = normalizeForSearch([entry.summary, entry.version ?? '', entry.id, entry.note ?? ''].join(' '));
    let score = articles.length * 10;
    for (const term of terms) {
      // A short name typed exactly (组织法) beats a longer name that merely contains it (农村集体经济组织法).
      if (aliases.includes(term)) score += 8;
      else if (law.includes(term)) score += 5;
      else if (article.includes(term)) score += 3;
      else if (rest.includes(term)) score += 1;
      else return;
    }
    scored.push({ value: entry, score, index });
  });
  return ranked(scored, options.limit);
}

export interface PhraseSearchOptions extends SearchOptions {
  /** Only phrases suited to this matter type (phrases listing no type suit all). */
  matterType?: MatterType;
  /** Only phrases tagged with this checklist item. */
  itemId?: string;
}

/** Searches phrase text, tags and item ids; article numbers match the articles the text cites. */
export function searchPhrases(library: PhraseLibrary, query: string, options: PhraseSearchOptions = {}): Phrase[] {
  const { matterType, itemId } = options;
  const { articles, terms } = parseQuery(query);
  const scored: { value: Phrase; score: number; index: number }[] = [];
  library.phrases.forEach((phrase, index) => {
    if (matterType && phrase.matterTypes.length > 0 && !phrase.matterTypes.includes(matterType)) return;
    if (itemId && !phrase.itemIds.includes(itemId)) return;
    const cited = citedArticleNumbers(phrase.text);
    if (!articles.every((n) => cited.includes(n))) return;
    const tags = normalizeForSearch([...phrase.tags, ...phrase.itemIds].join(' '));
    const text = normalizeForSearch([phrase.text, phrase.id].join(' '));
    let score = articles.length * 3;
    for (const term of terms) {
      if (tags.includes(term)) score += 3;
      else if (text.includes(term)) score += 1;
      else return;
    }
    scored.push({ value: phrase, score, index });
  });
  return ranked(scored, options.limit);
}

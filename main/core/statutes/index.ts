/**
 * The statute library as the rest of the core sees it. Letters and reviews call `resolveCitation`
 * to get the verbatim article of the version in force and its date.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core.js';
import { resolveArticle, type ResolvedCitation } from './citation.js';
import { statuteDb } from './statute-store.js';

export { formatCitation, parseCitationRef, resolveArticle, type ResolvedCitation } from './citation.js';
export { closeStatutes, statutesReady } from './statute-store.js';

/** The statute store of the core's data folder, built from the shipped snapshot on first use. */
export function statutesFor(core: Core): Database.Database {
  return statuteDb(core.dataDir);
}

/**
 * The article `article` (第17条, 第十七条之一, 17, 第10条第4款) of `lawName` (full or short name) in the
 * version in force on `date` (YYYY-MM-DD; default: the newest version) — verbatim text, version date,
 * standard citation form — or null when the store does not hold it.
 */
export function resolveCitation(core: Core, lawName: string, article: string, date?: string): ResolvedCitation | null {
  return resolveArticle(statutesFor(core), lawName, article, date);
}

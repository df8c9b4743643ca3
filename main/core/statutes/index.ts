/**
 * The statute library as the rest of the core sees it. Letters and reviews call `resolveCitation`
 * to get the verbatim article of the version in force and its date.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core.js';
import { buildState, startBuild } from './build-pool.js';
import { resolveArticle, type ResolvedCitation } from './citation.js';
import { readyStatuteDb, statuteDb, statutesReady } from './statute-store.js';

export { formatCitation, parseCitationRef, resolveArticle, type ResolvedCitation } from './citation.js';
export { statutesReady } from './statute-store.js';
export { closeStatutes } from './open-stores.js';

/** The statute store of the core's data folder, built from the shipped snapshot on first use. */
export function statutesFor(core: Core): Database.Database {
  return statuteDb(core.dataDir);
}

/**
 * The article `article` (第17条, 第十七条之一, 17, 第10条第4款) of `lawName` (full or short name) in the
 * version in force on `date` (YYYY-MM-DD; default: the newest version) — verbatim text (`text`, and the
 * cited 款/项 in `paragraphText`), `versionDate`, `textHash`, the standard form in `citation` — or null
 * when the store does not hold it. Never blocks: while the store is not built yet it starts building it
 * in a worker and returns null (callers then print the citation without quoting the article).
 */
export function resolveCitation(core: Core, lawName: string, article: string, date?: string): ResolvedCitation | null {
  if (!statutesReady(core.dataDir)) {
    if (!buildState(core.dataDir)?.building) startBuild(core.dataDir);
    return null;
  }
  return resolveArticle(readyStatuteDb(core.dataDir), lawName, article, date);
}

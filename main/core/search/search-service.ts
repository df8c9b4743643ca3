import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { DocumentRole } from '../../../shared/contract/documents.js';
import type { SearchHit, SearchInput, SearchResult } from '../../../shared/contract/search.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { prepared } from '../store/statements.js';
import { flushPendingMatters } from './search-index.js';
import { sourceMatch } from './search-text.js';
import { makeSnippet } from './snippet.js';
import { documentOccurrences, occurrencesIn } from './occurrences.js';
import { searchLetters, searchOpinions } from './archive-search.js';
import { rebuildStatus } from './search-rebuild.js';

/** Matches are counted up to this many. */
export const COUNT_CAP = 1000;

interface HitRow {
  kind: 'matter' | 'document';
  matter_id: number;
  document_id: number | null;
  serial: string;
  title: string;
  type: MatterType;
  submitting_unit: string;
  received_on: string;
  file_name: string | null;
  role: DocumentRole | null;
  version: number | null;
}

/** The first block of a document containing the query, by the index's rule (ASCII case folded). */
function firstMatchingBlock(db: Database.Database, documentId: number, query: string): { idx: number; text: string } | null {
  // Without ASCII letters there is nothing to fold, and instr on the raw text is much cheaper.
  const sql = /[A-Za-z]/.test(query)
    ? 'SELECT idx, text FROM document_blocks WHERE document_id = ? AND instr(lower(text), lower(?)) > 0 ORDER BY idx LIMIT 1'
    : 'SELECT idx, text FROM document_blocks WHERE document_id = ? AND instr(text, ?) > 0 ORDER BY idx LIMIT 1';
  const row = prepared(db, sql).get(documentId, query) as { idx: number; text: string } | undefined;
  return row ?? null;
}

/**
 * Full-text search over matter titles and document text: every source containing the query as a
 * substring (see search-text.ts), newest first, with filters on the matter's type, unit and year.
 */
export function searchQuery(db: Database.Database, input: z.output<typeof SearchInput>): SearchResult {
  flushPendingMatters(db);
  // One character: the per-source character sets (no positions needed); longer: the bigram phrase.
  const { table, match } = sourceMatch(input.query);
  const where = [`${table} MATCH @match`];
  const params: Record<string, unknown> = { match };
  if (input.type) {
    where.push('m.type = @type');
    params.type = input.type;
  }
  if (input.unit) {
    where.push('instr(m.submitting_unit, @unit) > 0');
    params.unit = input.unit;
  }
  if (input.year) {
    where.push('m.received_on >= @yearFrom AND m.received_on < @yearTo');
    params.yearFrom = `${input.year}-01-01`;
    params.yearTo = `${input.year + 1}-01-01`;
  }
  // Clauses come from the fixed list above, never from input. A large document is indexed in several
  // parts (one FTS row each): rows are read newest first and each source is kept once. Parts of an import
  // still in progress have no matter yet, so the join with matters leaves them out.
  const matches = prepared(
    db,
    `SELECT s.kind, s.ref_id, s.matter_id, s.document_id, m.serial, m.title, m.type, m.submitting_unit, m.received_on,
            d.file_name, d.role, d.version
     FROM ${table} i
     JOIN search_sources s ON s.id = i.rowid
     JOIN matters m ON m.id = s.matter_id
     LEFT JOIN documents d ON d.id = s.document_id
     WHERE ${where.join(' AND ')}
     ORDER BY i.rowid DESC`,
  );
  const rows: HitRow[] = [];
  const seen = new Set<string>();
  // Counting every match of a very common phrase costs more than finding the first page, and nobody
  // reads past a thousand hits: the count stops there and says so.
  for (const row of matches.iterate(params) as IterableIterator<HitRow & { ref_id: number }>) {
    const key = `${row.kind}:${row.ref_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > input.offset && rows.length < input.limit) rows.push(row);
    if (seen.size > COUNT_CAP && seen.size >= input.offset + input.limit) break;
  }
  const counted = seen.size;
  const hits = rows.map((row): SearchHit => {
    const block = row.document_id === null ? null : firstMatchingBlock(db, row.document_id, input.query);
    const found = row.document_id === null ? null : documentOccurrences(db, row.document_id, input.query);
    return {
      kind: row.kind,
      matterId: row.matter_id,
      serial: row.serial,
      title: row.title,
      matterType: row.type,
      submittingUnit: row.submitting_unit,
      receivedOn: row.received_on,
      documentId: row.document_id,
      fileName: row.file_name,
      role: row.role,
      version: row.version,
      blockIndex: block?.idx ?? null,
      snippet: makeSnippet(block?.text ?? row.title, input.query),
      matchCount: found ? found.count : occurrencesIn(row.title, input.query).length,
      occurrences: found ? found.occurrences : [],
    };
  });
  // Opinions and letters are listed with the first page only (they are not paged with the sources).
  const archive = input.offset === 0 ? { query: input.query, type: input.type, unit: input.unit, year: input.year } : null;
  return {
    hits,
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
    opinions: archive ? searchOpinions(db, archive) : [],
    letters: archive ? searchLetters(db, archive) : [],
    // After an upgrade the desktop app and the server rebuild the index in the background (search-rebuild.ts).
    indexing: rebuildStatus(db),
  };
}

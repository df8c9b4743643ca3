import { foldAscii, matchExpression } from './search-text.js';

/**
 * The SQL condition "this source contains the query as a substring" over `search_index i` joined with
 * `search_sources s`, for the search screen and the ledger's text filter.
 *
 * The index keeps no positions (detail=none, migration 0210), so it answers one- and two-character
 * queries exactly (one token or one prefix) but a longer query only as "every bigram of it occurs in
 * the source". Those candidates are confirmed against the stored text: a document's paragraphs (one
 * paragraph must hold the whole query, as the index never matched across paragraphs) or the matter's
 * title. SQLite checks candidates in the order it reads them, so a first page stops after its rows.
 * ASCII letters compare folded, as the index and LIKE do; lower() folds ASCII only.
 */
export function sourceContains(query: string): { sql: string; params: { match: string; needle?: string } } {
  const match = matchExpression(query);
  if (Array.from(query).length < 3) return { sql: 'search_index MATCH @match', params: { match } };
  const folded = /[A-Za-z]/.test(query);
  const text = (column: string) => (folded ? `lower(${column})` : column);
  const sql = `search_index MATCH @match AND CASE s.kind
      WHEN 'document' THEN EXISTS (SELECT 1 FROM document_blocks b WHERE b.document_id = s.document_id AND instr(${text('b.text')}, @needle) > 0)
      WHEN 'matter' THEN EXISTS (SELECT 1 FROM matters t WHERE t.id = s.ref_id AND instr(${text('t.title')}, @needle) > 0)
      ELSE 0 END`;
  return { sql, params: { match, needle: folded ? foldAscii(query) : query } };
}

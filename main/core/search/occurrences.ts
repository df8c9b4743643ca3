/**
 * Every occurrence of a query in a text and in a document's blocks (ASCII case folded, like the index),
 * so a result says how often a document matches and lets the reader jump to each place.
 */
import type Database from 'better-sqlite3';
import { escapeHtml } from '../documents/escape-html.js';
import { prepared } from '../store/statements.js';
import { foldAscii } from './search-text.js';

/** Occurrences listed per source; the count goes on past it. */
export const OCCURRENCE_CAP = 100;

/** Start offsets of non-overlapping occurrences of `query` in `text`. */
export function occurrencesIn(text: string, query: string): number[] {
  const hay = foldAscii(text);
  const needle = foldAscii(query);
  const out: number[] = [];
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** The text around the occurrence at `at`, escaped, with the occurrence in <mark>. */
export function snippetAt(text: string, query: string, at: number, context = 30): string {
  const end = at + query.length;
  const from = Math.max(0, at - context);
  const to = Math.min(text.length, end + context);
  return (
    (from > 0 ? '…' : '') +
    escapeHtml(text.slice(from, at)) +
    `<mark>${escapeHtml(text.slice(at, end))}</mark>` +
    escapeHtml(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}

export interface Occurrence {
  blockIndex: number;
  snippet: string;
}

/** Every occurrence in a document, in reading order: the total and the first OCCURRENCE_CAP places. */
export function documentOccurrences(db: Database.Database, documentId: number, query: string): { count: number; occurrences: Occurrence[] } {
  const sql = /[A-Za-z]/.test(query)
    ? 'SELECT idx, text FROM document_blocks WHERE document_id = ? AND instr(lower(text), lower(?)) > 0 ORDER BY idx'
    : 'SELECT idx, text FROM document_blocks WHERE document_id = ? AND instr(text, ?) > 0 ORDER BY idx';
  const blocks = prepared(db, sql).all(documentId, query) as { idx: number; text: string }[];
  let count = 0;
  const occurrences: Occurrence[] = [];
  for (const b of blocks) {
    for (const at of occurrencesIn(b.text, query)) {
      count++;
      if (occurrences.length < OCCURRENCE_CAP) occurrences.push({ blockIndex: b.idx, snippet: snippetAt(b.text, query, at) });
    }
  }
  return { count, occurrences };
}

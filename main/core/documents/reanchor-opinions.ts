import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';

/** Where `quote` occurs in `text` nearest to `near`, or -1. */
export function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Inside the correcting transaction: opinions anchored in a corrected block follow their quote. When the
 * quote is still in the block (a correction elsewhere in the paragraph moved it), the range moves to its
 * nearest occurrence; when the correction changed the quoted words themselves, the opinion keeps its
 * quote and range as written on the earlier text (the reading view then shows it as "quoted from an
 * earlier text version" instead of marking the wrong words).
 */
export function reanchorOpinions(db: Database.Database, documentId: number, corrected: Map<number, string>): { reanchored: number; detached: number } {
  const rows = prepared(db, 'SELECT id, paragraph, range_start, range_end, quote FROM opinions WHERE document_id = ? AND quote IS NOT NULL').all(documentId) as {
    id: number; paragraph: number; range_start: number; range_end: number; quote: string;
  }[];
  const move = prepared(db, 'UPDATE opinions SET range_start = ?, range_end = ? WHERE id = ?');
  let reanchored = 0;
  let detached = 0;
  for (const row of rows) {
    const text = corrected.get(row.paragraph);
    if (text === undefined || text.slice(row.range_start, row.range_end) === row.quote) continue;
    const at = row.quote === '' ? -1 : nearestOccurrence(text, row.quote, row.range_start);
    if (at < 0) {
      detached++;
      continue;
    }
    move.run(at, at + row.quote.length, row.id);
    reanchored++;
  }
  return { reanchored, detached };
}

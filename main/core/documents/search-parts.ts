import type { TextBlock } from '../../../shared/domain/document-text.js';
import { encodeBlocks } from '../search/search-text.js';

/**
 * How a document's blocks are cut into search-index parts. Apart from prepare-work.ts (which also runs
 * the pre-checks) so that opening an archive, whose index rebuild needs only this, does not load the
 * rules engine (issue 17: a command's start-up loads what it needs).
 */

/**
 * A document's blocks are indexed and written in parts of at most this many blocks / characters. Each part
 * is one FTS row and, for a large document, one short write transaction (staged-import.ts): ~2,000
 * paragraphs take some tens of milliseconds to insert, so the write lock is never held for long.
 */
export const PART_MAX_BLOCKS = 2000;
export const PART_MAX_CHARS = 200_000;

/** Blocks [from, to) of a document and their search-index text. */
export interface SearchPart {
  from: number;
  to: number;
  body: string;
}

/** Splits the blocks into parts (at least one, possibly empty) and encodes each part's search text. */
export function splitParts(blocks: readonly Pick<TextBlock, 'text'>[]): SearchPart[] {
  const parts: SearchPart[] = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    chars += blocks[i]!.text.length;
    if (i + 1 - from >= PART_MAX_BLOCKS || chars >= PART_MAX_CHARS) {
      parts.push(part(blocks, from, i + 1));
      from = i + 1;
      chars = 0;
    }
  }
  if (from < blocks.length || parts.length === 0) parts.push(part(blocks, from, blocks.length));
  return parts;
}

function part(blocks: readonly Pick<TextBlock, 'text'>[], from: number, to: number): SearchPart {
  return { from, to, body: encodeBlocks(blocks.slice(from, to).map((b) => b.text)) };
}

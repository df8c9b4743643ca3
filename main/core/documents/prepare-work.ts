import type { CheckOptions, Finding } from '../../../shared/domain/finding.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { runChecks } from '../rules/engine.js';
import { encodeBlocks } from '../search/search-text.js';
import type { ExtractedDocument } from './extract.js';

/**
 * The CPU work of an import after extraction — search tokens and the pre-checks — as a pure function,
 * so the extraction worker does it too and the main thread only writes rows.
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

/** Who the pre-checks run for: they depend on the matter's type and title and the office's rule settings. */
export interface CheckTarget {
  type: MatterType;
  title: string;
  options: CheckOptions;
}

export interface PreparedWork {
  parts: SearchPart[];
  /** The pre-checks' findings for `checkedFor`; null when no target was given. */
  findings: Finding[] | null;
  checkedFor: CheckTarget | null;
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

export function prepareWork(extracted: ExtractedDocument, check: CheckTarget | null): PreparedWork {
  const findings = check ? runChecks({ blocks: extracted.blocks, type: check.type, title: check.title, options: check.options }) : null;
  return { parts: splitParts(extracted.blocks), findings, checkedFor: check };
}

/** Whether findings computed for `done` apply to a matter now known to be `want` (same inputs to the checks). */
export function sameCheckTarget(done: CheckTarget | null, want: CheckTarget): boolean {
  return done !== null && done.type === want.type && done.title === want.title && JSON.stringify(done.options) === JSON.stringify(want.options);
}

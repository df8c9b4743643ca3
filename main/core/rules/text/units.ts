/**
 * Text units: what the rules search. A unit is either one ordinary block, or one whole table row
 * (all cells of the row, cells joined by U+001F, paragraphs of a cell by '\n'), so that a clause
 * split over cells ("租赁期限" | "自2024年1月1日起…") is seen together. Every unit keeps, for each of its
 * normalised characters, the block it came from and the offsets in that block's ORIGINAL text.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import { int32Array, normalize } from './normalize.js';

/** Separator between cells of a row inside a unit's text. Not matched by \s. */
export const CELL_SEP = '\u001f';

export interface TextUnit {
  /** Position of the unit in the unit list. */
  id: number;
  /** Positions (in the input block array) of the blocks in this unit. */
  blockPositions: number[];
  /** Normalised text, whitespace kept as single spaces per space character. */
  text: string;
  /** For each char of `text`: block position, or -1 for a separator. */
  charBlock: Int32Array;
  charStart: Int32Array;
  charEnd: Int32Array;
}

export interface BlockRange {
  blockPosition: number;
  start: number;
  end: number;
}

function rowKey(b: TextBlock): string | null {
  return b.cell ? `${b.cell.table}:${b.cell.row}` : null;
}

/** Group blocks into units: consecutive cells of the same table row form one unit. */
export function buildUnits(blocks: readonly TextBlock[]): TextUnit[] {
  const groups: number[][] = [];
  let currentKey: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const key = rowKey(blocks[i] as TextBlock);
    const last = groups[groups.length - 1];
    if (key !== null && key === currentKey && last) last.push(i);
    else groups.push([i]);
    currentKey = key;
  }
  return groups.map((positions, id) => joinBlocks(blocks, positions, id));
}

function joinBlocks(blocks: readonly TextBlock[], positions: number[], id: number): TextUnit {
  const norms = positions.map((pos) => normalize((blocks[pos] as TextBlock).text));
  if (norms.length === 1) {
    // The common case (one paragraph): the normalised offsets are the unit's offsets.
    const norm = norms[0] as ReturnType<typeof normalize>;
    return {
      id,
      blockPositions: positions,
      text: norm.text,
      charBlock: int32Array(norm.text.length).fill(positions[0] as number),
      charStart: norm.origStart,
      charEnd: norm.origEnd,
    };
  }
  const length = norms.reduce((n, x) => n + x.text.length, 0) + norms.length - 1;
  const cb = new Int32Array(length);
  const cs = new Int32Array(length);
  const ce = new Int32Array(length);
  const parts: string[] = [];
  let at = 0;
  let prevCell: number | null = null;
  for (const [k, pos] of positions.entries()) {
    const block = blocks[pos] as TextBlock;
    const norm = norms[k] as ReturnType<typeof normalize>;
    if (k > 0) {
      parts.push(block.cell && prevCell === block.cell.col ? '\n' : CELL_SEP);
      const prevEnd = at > 0 ? (ce[at - 1] as number) : 0;
      cb[at] = -1;
      cs[at] = prevEnd;
      ce[at] = prevEnd;
      at++;
    }
    prevCell = block.cell ? block.cell.col : null;
    parts.push(norm.text);
    cb.fill(pos, at, at + norm.text.length);
    cs.set(norm.origStart, at);
    ce.set(norm.origEnd, at);
    at += norm.text.length;
  }
  return { id, blockPositions: positions, text: parts.join(''), charBlock: cb, charStart: cs, charEnd: ce };
}

/**
 * Map a range of a unit's text to a range of one block's original text. A range that spans
 * several blocks is clipped to the block where it starts (its first real character).
 */
export function locate(unit: TextUnit, start: number, end: number): BlockRange | null {
  const n = unit.text.length;
  let s = Math.max(0, start);
  while (s < n && s < end && (unit.charBlock[s] as number) < 0) s++;
  if (s >= n || s >= end) return null;
  const blockPosition = unit.charBlock[s] as number;
  let e = Math.min(end, n) - 1;
  while (e > s && unit.charBlock[e] !== blockPosition) e--;
  return {
    blockPosition,
    start: unit.charStart[s] as number,
    end: unit.charEnd[e] as number,
  };
}

/** Sentence-like spans of a unit: split on 。；;！!？? and line breaks (cells stay together). */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === ';' || c === '!' || c === '?' || c === '\n') {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

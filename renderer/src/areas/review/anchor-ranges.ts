/**
 * Pure helpers between a document's text blocks and opinion anchors: cutting a block's text into
 * highlighted segments, and turning a raw selection range into the exact anchor the server re-checks.
 * No imports on purpose: tests under tests/renderer run these in Node.
 */

/** The longest quote an anchor may carry (the contract's limit). */
export const MAX_QUOTE_CHARS = 2000;

export interface RangeMark {
  /** What the range belongs to (an opinion id, later a finding id). */
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** Ids of every mark covering this segment, in the order given; empty for plain text. */
  ids: number[];
}

/** Splits `text` at every mark boundary so overlapping marks each keep their own extent. */
export function highlightSegments(text: string, marks: RangeMark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.id);
    segments.push({ text: text.slice(start, end), start, ids });
  }
  return segments;
}

export interface BlockSelection {
  paragraph: number;
  start: number;
  end: number;
}

export interface AnchorRange extends BlockSelection {
  quote: string;
}

const SPACE = /\s/;

/**
 * The anchor for a selection inside one block: surrounding whitespace trimmed (a drag often takes a
 * trailing space), clamped to the block and to the quote limit; null when nothing but space is left.
 */
export function anchorFromSelection(text: string, selection: BlockSelection): AnchorRange | null {
  let start = Math.max(0, Math.min(selection.start, selection.end));
  let end = Math.min(text.length, Math.max(selection.start, selection.end));
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end - start > MAX_QUOTE_CHARS) end = start + MAX_QUOTE_CHARS;
  // Never cut a surrogate pair in half: the quote must stay valid text.
  if (end < text.length && end > start && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { paragraph: selection.paragraph, start, end, quote: text.slice(start, end) };
}

/**
 * True when an anchor still quotes its block exactly. A document's original never changes, but its OCR text
 * can be corrected (a new text version): an opinion whose quoted words were corrected keeps its quote and
 * is not marked on the new text.
 */
export function anchorMatches(text: string | undefined, anchor: { start: number; end: number; quote: string }): boolean {
  return text !== undefined && text.slice(anchor.start, anchor.end) === anchor.quote;
}

export interface BlockLike {
  index: number;
  kind: string;
  text: string;
  cell?: { table: number; row: number; col: number };
}

export type Section<B extends BlockLike> =
  | { kind: 'block'; block: B }
  | { kind: 'table'; table: number; rows: { row: number; cells: { col: number; blocks: B[] }[] }[] };

/**
 * Groups a document's blocks for display: consecutive cells of one table become one table section,
 * with the paragraphs of each cell kept together in row and column order.
 */
export function groupBlocks<B extends BlockLike>(blocks: B[]): Section<B>[] {
  const sections: Section<B>[] = [];
  for (const block of blocks) {
    const cell = block.kind === 'table-cell' ? block.cell : undefined;
    if (!cell) {
      sections.push({ kind: 'block', block });
      continue;
    }
    let table = sections.at(-1);
    if (!table || table.kind !== 'table' || table.table !== cell.table) {
      table = { kind: 'table', table: cell.table, rows: [] };
      sections.push(table);
    }
    let row = table.rows.find((r) => r.row === cell.row);
    if (!row) {
      row = { row: cell.row, cells: [] };
      table.rows.push(row);
    }
    let target = row.cells.find((c) => c.col === cell.col);
    if (!target) {
      target = { col: cell.col, blocks: [] };
      row.cells.push(target);
    }
    target.blocks.push(block);
  }
  for (const section of sections) {
    if (section.kind !== 'table') continue;
    section.rows.sort((a, b) => a.row - b.row);
    for (const row of section.rows) row.cells.sort((a, b) => a.col - b.col);
  }
  return sections;
}

/** Moves the element at `from` to `to` and returns a new array (for reordering opinions). */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

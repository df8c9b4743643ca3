import type Database from 'better-sqlite3';
import { diffArrays } from 'diff';
import type { CompareResult, DiffPart, ParagraphDiff } from '../../../shared/contract/documents.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { readBlocks, requireDocument } from './document-store.js';

/** Word segmentation that understands Chinese (ICU dictionary), so inline changes read as words. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function words(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Inline differences cost O(n·d); past this edit length a paragraph is shown as replaced outright. */
const MAX_INLINE_EDITS = 2000;
/** Below this share of unchanged text two paragraphs are a removal and an addition, not an edit. */
const MIN_SIMILARITY = 0.4;

function inlineParts(a: string, b: string): DiffPart[] | null {
  const changes = diffArrays(words(a), words(b), { maxEditLength: MAX_INLINE_EDITS });
  if (!changes) return null;
  return changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') }));
}

function similarity(parts: DiffPart[], a: string, b: string): number {
  const same = parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.length, 0);
  return (2 * same) / Math.max(1, a.length + b.length);
}

/**
 * Pairs a run of removed paragraphs with the run of added ones that replaced it: in order, as
 * 'changed' when they are similar enough, otherwise as a removal and an addition.
 */
function pairRuns(removed: TextBlock[], added: TextBlock[], out: ParagraphDiff[]): void {
  let i = 0;
  let j = 0;
  while (i < removed.length || j < added.length) {
    const a = removed[i];
    const b = added[j];
    if (a && b) {
      const parts = inlineParts(a.text, b.text);
      if (parts && similarity(parts, a.text, b.text) >= MIN_SIMILARITY) {
        out.push({ op: 'changed', aIndex: a.index, a: a.text, bIndex: b.index, b: b.text, parts });
        i++;
        j++;
        continue;
      }
    }
    // Not a pair: emit whichever side is further behind.
    if (a && (!b || removed.length - i >= added.length - j)) {
      out.push({ op: 'removed', aIndex: a.index, a: a.text });
      i++;
    } else if (b) {
      out.push({ op: 'added', bIndex: b.index, b: b.text });
      j++;
    }
  }
}

/** Paragraph-level comparison of two block lists (older first), with word-level detail for edits. */
export function diffBlocks(aBlocks: TextBlock[], bBlocks: TextBlock[]): ParagraphDiff[] {
  const changes = diffArrays(aBlocks, bBlocks, { comparator: (x, y) => x.text === y.text });
  const out: ParagraphDiff[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  let ai = 0;
  let bi = 0;
  const flush = () => {
    pairRuns(removed, added, out);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...aBlocks.slice(ai, ai + change.count));
      ai += change.count;
    } else if (change.added) {
      added.push(...bBlocks.slice(bi, bi + change.count));
      bi += change.count;
    } else {
      flush();
      for (let k = 0; k < change.count; k++) {
        const a = aBlocks[ai + k]!;
        const b = bBlocks[bi + k]!;
        out.push({ op: 'same', aIndex: a.index, a: a.text, bIndex: b.index, b: b.text });
      }
      ai += change.count;
      bi += change.count;
    }
  }
  flush();
  return out;
}

/** Compares two documents (e.g. 送审稿 and 修改稿) paragraph by paragraph; `aId` is the older one. */
export function compareVersions(db: Database.Database, aId: number, bId: number): CompareResult {
  const a = requireDocument(db, aId);
  const b = requireDocument(db, bId);
  const paragraphs = diffBlocks(readBlocks(db, aId), readBlocks(db, bId));
  const counts = { same: 0, added: 0, removed: 0, changed: 0 };
  for (const p of paragraphs) counts[p.op]++;
  return { a, b, paragraphs, counts };
}

import { describe, expect, it } from 'vitest';
import {
  anchorFromSelection,
  anchorMatches,
  groupBlocks,
  highlightSegments,
  MAX_QUOTE_CHARS,
  moveInList,
} from '../../../renderer/src/areas/review/anchor-ranges.js';

const TEXT = '除双方另有约定外，乙方不得随意改变房屋用途。乙方不得利用承租房屋进行非法活动，否则甲方可以终止合同，收回房屋。';

describe('highlight segments', () => {
  it('cuts a block at every mark boundary and keeps the text whole', () => {
    const segments = highlightSegments(TEXT, [
      { id: 1, start: 22, end: TEXT.length },
      { id: 2, start: 30, end: 40 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.map((s) => [s.start, s.ids])).toEqual([
      [0, []],
      [22, [1]],
      [30, [1, 2]],
      [40, [1]],
    ]);
    expect(segments[1]!.text).toBe(TEXT.slice(22, 30));
  });

  it('ignores marks that do not fit the block', () => {
    const segments = highlightSegments('短文', [
      { id: 1, start: 1, end: 9 },
      { id: 2, start: 1, end: 1 },
    ]);
    expect(segments).toEqual([{ text: '短文', start: 0, ids: [] }]);
  });
});

describe('anchor from a selection', () => {
  it('quotes exactly the selected characters of the block', () => {
    const anchor = anchorFromSelection(TEXT, { paragraph: 8, start: 22, end: TEXT.length });
    expect(anchor).toEqual({ paragraph: 8, start: 22, end: TEXT.length, quote: '乙方不得利用承租房屋进行非法活动，否则甲方可以终止合同，收回房屋。' });
    expect(TEXT.slice(anchor!.start, anchor!.end)).toBe(anchor!.quote);
  });

  it('trims surrounding whitespace (full-width too) and reorders a backwards range', () => {
    const text = '甲方将坐落在  \u3000 的房屋，出租给乙方使用。 ';
    const anchor = anchorFromSelection(text, { paragraph: 5, start: text.length, end: 6 });
    expect(anchor!.quote).toBe('的房屋，出租给乙方使用。');
    expect(text.slice(anchor!.start, anchor!.end)).toBe(anchor!.quote);
  });

  it('refuses a selection of only spaces and clamps to the block', () => {
    expect(anchorFromSelection('年   月', { paragraph: 0, start: 1, end: 4 })).toBeNull();
    expect(anchorFromSelection('abc', { paragraph: 0, start: 1, end: 99 })).toEqual({ paragraph: 0, start: 1, end: 3, quote: 'bc' });
  });

  it('keeps quotes within the contract limit without splitting a surrogate pair', () => {
    const long = 'x'.repeat(MAX_QUOTE_CHARS - 1) + '𠀀' + 'y';
    const anchor = anchorFromSelection(long, { paragraph: 0, start: 0, end: long.length });
    expect(anchor!.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(anchor!.quote).toBe('x'.repeat(MAX_QUOTE_CHARS - 1));
  });

  it('checks that an anchor still quotes its block', () => {
    expect(anchorMatches(TEXT, { start: 0, end: 3, quote: '除双方' })).toBe(true);
    expect(anchorMatches(TEXT, { start: 1, end: 4, quote: '除双方' })).toBe(false);
    expect(anchorMatches(undefined, { start: 0, end: 3, quote: '除双方' })).toBe(false);
  });
});

describe('grouping blocks for display', () => {
  it('puts consecutive cells of a table together by row and column, paragraphs of a cell in order', () => {
    const cell = (index: number, row: number, col: number, table = 0) => ({ index, kind: 'table-cell', text: `c${index}`, cell: { table, row, col } });
    const sections = groupBlocks([
      { index: 0, kind: 'heading', text: '标题' },
      cell(1, 0, 0),
      cell(2, 0, 1),
      cell(3, 0, 1),
      cell(4, 1, 0),
      { index: 5, kind: 'paragraph', text: '正文' },
      cell(6, 0, 0, 1),
    ]);
    expect(sections.map((s) => s.kind)).toEqual(['block', 'table', 'block', 'table']);
    const table = sections[1]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows.map((r) => r.cells.map((c) => c.blocks.map((b) => b.index)))).toEqual([[[1], [2, 3]], [[4]]]);
  });
});

describe('moving an opinion', () => {
  it('moves one element and leaves the rest in order', () => {
    expect(moveInList([1, 2, 3, 4], 3, 0)).toEqual([4, 1, 2, 3]);
    expect(moveInList([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveInList([1, 2], 5, 0)).toEqual([1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../renderer/src/areas/review/finding-excerpt.js';

const TEXT = '第五条 外嫁女及其子女不享受本村集体收益分配。';

describe('finding excerpt with the trigger marked', () => {
  it('cuts the clause around the block range of the trigger', () => {
    const start = 4;
    const excerpt = TEXT.slice(start);
    const parts = excerptParts({ start, end: TEXT.length, excerpt, trigger: { start: 4, end: 15 } });
    expect(parts).toEqual({ before: '', trigger: TEXT.slice(4, 15), after: TEXT.slice(15) });
    expect(parts!.before + parts!.trigger + parts!.after).toBe(excerpt);
  });

  it('shows the excerpt plain without a trigger, or with one that does not fit', () => {
    expect(excerptParts({ start: 0, end: TEXT.length, excerpt: TEXT })).toBeNull();
    expect(excerptParts({ start: 4, end: TEXT.length, excerpt: TEXT.slice(4), trigger: { start: 2, end: 6 } })).toBeNull();
    expect(excerptParts({ start: 4, end: TEXT.length, excerpt: TEXT.slice(4), trigger: { start: 6, end: 40 } })).toBeNull();
  });
});

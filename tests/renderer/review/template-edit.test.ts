import { describe, expect, it } from 'vitest';
import { moveItem, nextVersion, removeItem, suggestCopyId, upsertItem } from '../../../renderer/src/areas/templates/template-edit.js';

describe('template edits in the editor', () => {
  it('raises versions the way the server requires', () => {
    expect(nextVersion(1)).toBe(2);
    expect(nextVersion('1.0.0')).toBe('1.0.1');
    expect(nextVersion('2.3.9')).toBe('2.3.10');
  });

  it('adds, replaces, removes and moves items by id', () => {
    const items = [{ id: 'A' }, { id: 'B' }, { id: 'C' }];
    expect(upsertItem(items, { id: 'D' }, null)).toEqual([{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }]);
    expect(upsertItem(items, { id: 'B' }, null)).toBeNull();
    expect(upsertItem(items, { id: 'C' }, 'B')).toBeNull();
    expect(upsertItem(items, { id: 'B', x: 1 } as { id: string }, 'B')).toEqual([{ id: 'A' }, { id: 'B', x: 1 }, { id: 'C' }]);
    expect(removeItem(items, 'B')).toEqual([{ id: 'A' }, { id: 'C' }]);
    expect(moveItem(items, 2, -1).map((i) => i.id)).toEqual(['A', 'C', 'B']);
    expect(moveItem(items, 0, -1).map((i) => i.id)).toEqual(['A', 'B', 'C']);
  });

  it('suggests a free id for an office copy', () => {
    expect(suggestCopyId('builtin.village.rules', [])).toBe('office.village.rules');
    expect(suggestCopyId('builtin.village.rules', ['office.village.rules'])).toBe('office.village.rules-2');
    expect(suggestCopyId('office.village.rules', ['office.office.village.rules'])).toBe('office.office.village.rules-2');
  });
});

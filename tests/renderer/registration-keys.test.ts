import { describe, expect, it } from 'vitest';
import { enterAction, offeredTypes, typeOptionMatches } from '../../renderer/src/areas/matter/registration-keys.js';
import { MATTER_TYPE_ZH } from '../../shared/domain/labels-zh.js';
import { MATTER_TYPES } from '../../shared/domain/matter.js';

/* Issue 20: the two slips that registered wrong matters, as the form handles them now. */

// The list as renderer/src/areas/matter/type-options.ts builds it: flat, in MATTER_TYPES order.
const options = MATTER_TYPES.map((v) => ({ value: v, label: MATTER_TYPE_ZH[v] }));

describe('the type list of the registration form', () => {
  it('typing 重大 + Enter picks 重大行政决策, not a village type', () => {
    const offered = offeredTypes(options, '重大');
    expect(offered[0]).toBe('decision');
    expect(offered).not.toContain('village.charter');
  });

  it('matches names, never a group label', () => {
    expect(typeOptionMatches('村级', { label: '村级重大事项', options: [{ label: '村规民约' }] })).toBe(false);
    expect(offeredTypes(options, '村规')).toEqual(['village.rules']);
    expect(offeredTypes(options, '').length).toBe(9);
  });
});

describe('Enter in the registration form', () => {
  const key = (over: Partial<Parameters<typeof enterAction>[0]>) =>
    enterAction({ key: 'Enter', ctrlKey: false, metaKey: false, isComposing: false, tagName: 'INPUT', role: null, ...over });

  it('moves to the next field from a text box instead of submitting', () => {
    expect(key({})).toBe('next-field');
  });
  it('submits only with Ctrl or ⌘', () => {
    expect(key({ ctrlKey: true })).toBe('submit');
    expect(key({ metaKey: true, tagName: 'TEXTAREA' })).toBe('submit');
  });
  it('leaves Enter to the type list (it picks the option), to the note (new line) and to an input method', () => {
    expect(key({ role: 'combobox' })).toBe('keep-in-widget');
    expect(key({ tagName: 'TEXTAREA' })).toBe('default');
    expect(key({ isComposing: true })).toBe('default');
    expect(key({ key: 'a' })).toBe('default');
  });
});

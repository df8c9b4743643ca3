import { describe, expect, it } from 'vitest';
import { formPathOf, reasonMissing, rowLabel } from '../../renderer/src/areas/workflow/feedback-form.js';

/* Issue 20: feedback rows use the letter's numbering and a missing reason outlines the right row. */

describe('the feedback form', () => {
  it('names rows by the letter numbering, falling back to the position', () => {
    expect(rowLabel({ letterLabel: '（二）1', position: 6 })).toBe('（二）1');
    expect(rowLabel({ letterLabel: null, position: 6 })).toBe('6.');
  });

  it('asks for a reason for 部分采纳 and 未采纳 only', () => {
    expect(reasonMissing('not-adopted', '  ')).toBe(true);
    expect(reasonMissing('partly-adopted', null)).toBe(true);
    expect(reasonMissing('not-adopted', '与上位法一致，无需修改')).toBe(false);
    expect(reasonMissing('adopted', '')).toBe(false);
    expect(reasonMissing(null, '')).toBe(false);
  });

  it('points a server error at the row of the opinion it concerns, not the n-th row', () => {
    // Only opinions 31 and 47 were sent: adoptions.1.reason is opinion 47's reason.
    expect(formPathOf('adoptions.1.reason', [31, 47])).toEqual(['adoptions', '47', 'reason']);
    expect(formPathOf('reply', [31, 47])).toEqual(['reply']);
  });
});

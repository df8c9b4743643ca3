import { describe, expect, it } from 'vitest';
import { MATTER_TYPES } from '../../../shared/domain/matter.js';
import {
  ClockPause,
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_REVIEW_LIMITS,
  DeadlineSettings,
  OfficeReviewLimits,
  ReviewTimeLimit,
  StatusChange,
  StatusChangeRequest,
  reviewLimitFor,
} from '../../../shared/domain/workflow.js';

const change = {
  matterId: 12,
  from: 'in-review',
  to: 'awaiting-signoff',
  effectiveOn: '2025-02-07',
  at: '2025-02-07T09:30:00+08:00',
  actor: 'zhang',
  reason: null,
};

describe('StatusChange record', () => {
  it('accepts a complete record', () => {
    expect(StatusChange.parse(change)).toEqual(change);
  });

  it('rejects a move to the same status, bad dates and a missing actor', () => {
    expect(StatusChange.safeParse({ ...change, to: 'in-review' }).success).toBe(false);
    expect(StatusChange.safeParse({ ...change, effectiveOn: '2025-02-30' }).success).toBe(false);
    expect(StatusChange.safeParse({ ...change, at: '2025-02-07 09:30' }).success).toBe(false);
    expect(StatusChange.safeParse({ ...change, actor: '  ' }).success).toBe(false);
    expect(StatusChange.safeParse({ ...change, to: 'finished' }).success).toBe(false);
  });

  it('requires a reason for a return, a withdrawal and a sign-off sent back', () => {
    for (const [from, to] of [
      ['in-review', 'returned'],
      ['registered', 'withdrawn'],
      ['awaiting-signoff', 'in-review'],
    ]) {
      const without = StatusChange.safeParse({ ...change, from, to, reason: null });
      expect(without.success, `${from}>${to}`).toBe(false);
      expect(without.error?.issues[0]?.path).toEqual(['reason']);
      expect(StatusChange.safeParse({ ...change, from, to, reason: '缺少村民代表会议决议' }).success).toBe(true);
    }
  });

  it('request: an empty reason becomes null', () => {
    expect(StatusChangeRequest.parse({ matterId: 3, to: 'in-review', reason: '' })).toEqual({
      matterId: 3,
      to: 'in-review',
      reason: null,
    });
  });
});

describe('limits and settings', () => {
  it('every matter type has a valid default limit', () => {
    for (const type of MATTER_TYPES) {
      expect(ReviewTimeLimit.safeParse(DEFAULT_REVIEW_LIMITS[type]).success, type).toBe(true);
    }
  });

  it('decisions: at least 7 working days (713号令第26条, verified); normative: 5–15 (115号, unverified)', () => {
    expect(DEFAULT_REVIEW_LIMITS.decision).toMatchObject({ minWorkingDays: 7, certainty: 'verified' });
    expect(DEFAULT_REVIEW_LIMITS.decision.basisZh).toContain('第713号');
    expect(DEFAULT_REVIEW_LIMITS.normative).toMatchObject({ minWorkingDays: 5, maxWorkingDays: 15, certainty: 'unverified' });
    expect(DEFAULT_REVIEW_LIMITS.normative.noteZh).toContain('核实');
    for (const type of MATTER_TYPES.filter((t) => t.startsWith('village.'))) {
      expect(DEFAULT_REVIEW_LIMITS[type].certainty, type).toBe('practice');
    }
  });

  it('an office limit wins over the default and is validated', () => {
    const office = OfficeReviewLimits.parse({ contract: { ...DEFAULT_REVIEW_LIMITS.contract, workingDays: 10 } });
    expect(reviewLimitFor('contract', office).workingDays).toBe(10);
    expect(reviewLimitFor('decision', office)).toBe(DEFAULT_REVIEW_LIMITS.decision);
    const tooShort = { decision: { ...DEFAULT_REVIEW_LIMITS.decision, workingDays: 5 } };
    expect(OfficeReviewLimits.safeParse(tooShort).success).toBe(false);
    const tooLong = { normative: { ...DEFAULT_REVIEW_LIMITS.normative, workingDays: 20 } };
    expect(OfficeReviewLimits.safeParse(tooLong).success).toBe(false);
  });

  it('deadline settings default to the reference §4.2 rule', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({
      countStartDay: false,
      pauseMode: 'resume',
      countAdjustedWorkdays: true,
      soonDays: 3,
      extraOffDays: [],
      extraWorkdays: [],
    });
    expect(DeadlineSettings.safeParse({ pauseMode: 'sometimes' }).success).toBe(false);
    expect(ClockPause.safeParse({ from: '2025-02-06', to: '2025-01-22' }).success).toBe(false);
  });
});

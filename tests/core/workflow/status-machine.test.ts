import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import { pausesFromHistory, replayHistory } from '../../../main/core/workflow/history.js';
import {
  STATUS_TRANSITIONS,
  allowedMoves,
  assertMove,
  canMove,
  clockStopped,
  isTerminal,
} from '../../../main/core/workflow/status-machine.js';
import { computeDueDate } from '../../../main/core/workflow/working-days.js';
import { MATTER_STATUSES, type MatterStatus } from '../../../shared/domain/matter.js';
import { MATTER_STATUS_ZH } from '../../../shared/domain/labels-zh.js';
import { ALLOWED_MOVES } from './expected-moves.js';

const ALLOWED = ALLOWED_MOVES;

const pairs: Array<[MatterStatus, MatterStatus]> = MATTER_STATUSES.flatMap((from) =>
  MATTER_STATUSES.map((to): [MatterStatus, MatterStatus] => [from, to]),
);

describe('status machine', () => {
  it('has a row for every status and only known statuses in it', () => {
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...MATTER_STATUSES].sort());
    for (const targets of Object.values(STATUS_TRANSITIONS)) {
      for (const t of targets) expect(MATTER_STATUSES).toContain(t);
    }
  });

  it.each(pairs.filter(([f, t]) => ALLOWED.has(`${f}>${t}`)))('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(() => assertMove(from, to)).not.toThrow();
    expect(allowedMoves(from)).toContain(to);
  });

  it.each(pairs.filter(([f, t]) => !ALLOWED.has(`${f}>${t}`)))('forbids %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(allowedMoves(from)).not.toContain(to);
    let error: unknown;
    try {
      assertMove(from, to);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('status.forbidden');
    expect(appError.message).toContain(`“${MATTER_STATUS_ZH[from]}”`);
    expect(appError.message).toContain(`“${MATTER_STATUS_ZH[to]}”`);
  });

  it('covers all 64 pairs: 15 allowed, 49 forbidden', () => {
    expect(pairs.filter(([f, t]) => canMove(f, t)).length).toBe(ALLOWED.size);
    expect(pairs.length).toBe(64);
  });

  it('knows the terminal statuses and when the clock is stopped', () => {
    expect(MATTER_STATUSES.filter(isTerminal)).toEqual(['closed', 'withdrawn']);
    expect(MATTER_STATUSES.filter(clockStopped)).toEqual(['returned']);
    expect(() => assertMove('closed', 'in-review')).toThrow(/最终状态/);
  });
});

describe('history', () => {
  const full = [
    { from: 'registered', to: 'in-review', effectiveOn: '2025-01-20' },
    { from: 'in-review', to: 'returned', effectiveOn: '2025-01-22' },
    { from: 'returned', to: 'in-review', effectiveOn: '2025-02-06' },
    { from: 'in-review', to: 'awaiting-signoff', effectiveOn: '2025-02-07' },
    { from: 'awaiting-signoff', to: 'in-review', effectiveOn: '2025-02-08' },
    { from: 'in-review', to: 'awaiting-signoff', effectiveOn: '2025-02-10' },
    { from: 'awaiting-signoff', to: 'opinion-issued', effectiveOn: '2025-02-11' },
    { from: 'opinion-issued', to: 'awaiting-feedback', effectiveOn: '2025-02-11' },
    { from: 'awaiting-feedback', to: 'closed', effectiveOn: '2025-03-03' },
  ] as const;

  it('replays a complete flow to its final status', () => {
    expect(replayHistory(full)).toBe('closed');
    expect(replayHistory(full.slice(0, 3))).toBe('in-review');
    expect(replayHistory([])).toBe('registered');
  });

  it('rejects a gap, a forbidden step and dates going back', () => {
    const gap = [full[0], full[4]]; // in-review, then a step starting from awaiting-signoff
    expect(() => replayHistory(gap)).toThrow(expect.objectContaining({ code: 'status.history-broken' }));
    const forbidden = [full[0], { from: 'in-review', to: 'closed', effectiveOn: '2025-01-21' }] as const;
    expect(() => replayHistory(forbidden)).toThrow(expect.objectContaining({ code: 'status.forbidden' }));
    const backwards = [full[0], { ...full[1], effectiveOn: '2025-01-19' }];
    expect(() => replayHistory(backwards)).toThrow(expect.objectContaining({ code: 'status.history-broken' }));
  });

  it('derives the 退回补正 pauses, open or closed, and feeds them to the due date', () => {
    expect(pausesFromHistory(full)).toEqual([{ from: '2025-01-22', to: '2025-02-06' }]);
    expect(pausesFromHistory(full.slice(0, 2))).toEqual([{ from: '2025-01-22', to: null }]);
    const due = computeDueDate({ receivedOn: '2025-01-20', workingDays: 7, pauses: pausesFromHistory(full) });
    expect(due).toMatchObject({ dueOn: '2025-02-12' });
  });
});

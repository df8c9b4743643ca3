import type { MatterStatus } from '../../../shared/domain/matter.js';
import type { ClockPause } from '../../../shared/domain/workflow.js';
import { AppError } from '../errors.js';
import { toDayNumber } from './iso-date.js';
import { assertMove } from './status-machine.js';

/** The part of a status-change record the checks below need. */
export interface HistoryStep {
  from: MatterStatus;
  to: MatterStatus;
  effectiveOn: string;
}

/**
 * Checks that a matter's recorded moves form one unbroken, allowed chain from `initial` with
 * effective dates that never go back, and returns the status it ends in.
 */
export function replayHistory(steps: readonly HistoryStep[], initial: MatterStatus = 'registered'): MatterStatus {
  let status = initial;
  let lastDay = -Infinity;
  steps.forEach((step, i) => {
    if (step.from !== status) {
      throw new AppError('status.history-broken', `流转记录不连续：第${i + 1}条记录的原状态与上一条的新状态不一致`, {
        index: i,
      });
    }
    assertMove(step.from, step.to);
    const day = toDayNumber(step.effectiveOn);
    if (day < lastDay) {
      throw new AppError('status.history-broken', `流转记录日期倒序：第${i + 1}条记录早于上一条`, { index: i });
    }
    lastDay = day;
    status = step.to;
  });
  return status;
}

/** The 退回补正 pauses a history implies: each move into 'returned' opens one, the move out closes it. */
export function pausesFromHistory(steps: readonly HistoryStep[]): ClockPause[] {
  const pauses: ClockPause[] = [];
  for (const step of steps) {
    if (step.from === 'returned') {
      const open = pauses[pauses.length - 1];
      if (open && open.to === null) open.to = step.effectiveOn;
    }
    if (step.to === 'returned') pauses.push({ from: step.effectiveOn, to: null });
  }
  return pauses;
}

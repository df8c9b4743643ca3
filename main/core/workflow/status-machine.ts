import type { MatterStatus } from '../../../shared/domain/matter.js';
import { MATTER_STATUS_ZH } from '../../../shared/domain/labels-zh.js';
import { moveNeedsReason } from '../../../shared/domain/workflow-defaults.js';
import { AppError } from '../errors.js';

export { moveNeedsReason };

/**
 * The allowed status moves (流转). The main line is 已登记 → 审查中 → 待签批 → 已出具意见 → 待反馈 → 已办结.
 * Besides it:
 * - 退回补正 (returned) from intake or review; when the materials come the matter goes back to
 *   审查中, or to 已登记 when intake has to start over. The clock is stopped meanwhile.
 * - 撤回 (withdrawn) until an opinion is issued; after that the opinion stands and the matter is closed.
 * - The approver may send a review back from 待签批 to 审查中.
 * - 已出具意见 may close directly when nothing needs feedback (e.g. 合法 with no opinions to adopt).
 * 已办结 and 撤回 are terminal. Skipping sign-off is not allowed: two-person review is the norm.
 */
export const STATUS_TRANSITIONS: Readonly<Record<MatterStatus, readonly MatterStatus[]>> = {
  registered: ['in-review', 'returned', 'withdrawn'],
  'in-review': ['awaiting-signoff', 'returned', 'withdrawn'],
  'awaiting-signoff': ['opinion-issued', 'in-review', 'withdrawn'],
  'opinion-issued': ['awaiting-feedback', 'closed'],
  'awaiting-feedback': ['closed'],
  closed: [],
  returned: ['in-review', 'registered', 'withdrawn'],
  withdrawn: [],
};

/** Whether a matter may move from one status to another. */
export function canMove(from: MatterStatus, to: MatterStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses a matter in `from` may move to, in the table's order. */
export function allowedMoves(from: MatterStatus): readonly MatterStatus[] {
  return STATUS_TRANSITIONS[from];
}

/** Throws AppError('status.forbidden') with a Chinese message naming both statuses. */
export function assertMove(from: MatterStatus, to: MatterStatus): void {
  if (canMove(from, to)) return;
  const fromZh = MATTER_STATUS_ZH[from];
  const toZh = MATTER_STATUS_ZH[to];
  const allowed = allowedMoves(from).map((s) => `“${MATTER_STATUS_ZH[s]}”`);
  const hint = allowed.length > 0 ? `；可改为：${allowed.join('、')}` : `；“${fromZh}”是最终状态`;
  throw new AppError('status.forbidden', `不能从“${fromZh}”改为“${toZh}”${hint}`, { from, to });
}

/** Statuses with no way out. */
export function isTerminal(status: MatterStatus): boolean {
  return STATUS_TRANSITIONS[status].length === 0;
}

/** Statuses in which the review clock is stopped. */
export function clockStopped(status: MatterStatus): boolean {
  return status === 'returned';
}

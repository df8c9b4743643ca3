import type { MatterStatus } from './matter.js';

/*
 * The review's life (issue 20: the workspace's modes are an explicit state machine). One table says
 * which action is allowed in which phase and where it leads; the core refuses with it
 * (main/core/review) and the workspace asks it which buttons to offer, so the two cannot disagree.
 *
 *   未开始 --start--> 审查中(open) --submit--> 待签批(submitted) --approve--> 签批通过(approved)
 *                         ^  edit                     |
 *                         |                        return
 *                    退回修改(returned) <-------------+      (edit and submit again)
 *
 * After 签批通过 the letter is issued (the matter's own flow: 待签批 → 已出具意见 → 待反馈 → 已办结,
 * STATUS_TRANSITIONS in main/core/workflow/status-machine.ts); the review itself no longer changes.
 * The table is about phases only; guards on content (submit needs a conclusion, and a reason while
 * required items are open; the approver must be another account) stay in main/core/review.
 */

export const REVIEW_PHASES = ['not-started', 'open', 'submitted', 'returned', 'approved'] as const;
export type ReviewPhase = (typeof REVIEW_PHASES)[number];

/** `edit` is any change of the review's content: answers, opinions, conclusion, accepting a finding. */
export const REVIEW_ACTIONS = ['start', 'edit', 'submit', 'approve', 'return'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Where each allowed action leads; an action missing from a phase is refused. */
export const REVIEW_FLOW: Readonly<Record<ReviewPhase, Readonly<Partial<Record<ReviewAction, ReviewPhase>>>>> = {
  'not-started': { start: 'open' },
  open: { edit: 'open', submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  returned: { edit: 'returned', submit: 'submitted' },
  approved: {},
};

/**
 * The matter status an action moves the matter to, when the matter's own flow allows it (`from`
 * limits the move to matters still in that status: starting a returned matter's review leaves it 退回补正).
 */
export const REVIEW_MATTER_MOVES: Readonly<Partial<Record<ReviewAction, { from?: MatterStatus; to: MatterStatus }>>> = {
  start: { from: 'registered', to: 'in-review' },
  submit: { to: 'awaiting-signoff' },
  return: { to: 'in-review' },
};

/** Why an action is refused: a stable code (the core's AppError code) and the reason shown to the user. */
export interface ReviewRefusal {
  code: 'review.not-started' | 'review.locked' | 'review.not-open' | 'review.not-submitted' | 'review.already-started';
  /** Which phase made it refuse, so the renderer can pick its own translation. */
  phase: ReviewPhase;
  messageZh: string;
}

const NOT_STARTED = '该事项尚未开始审查。';
const LOCKED_SUBMITTED = '审查已提交签批，签批人退回后才能修改。';
const LOCKED_APPROVED = '审查已签批通过，不能再修改；如需更正请出具更正意见书。';

/** The phase of a stored review (null: not started). */
export function reviewPhase(state: Exclude<ReviewPhase, 'not-started'> | null | undefined): ReviewPhase {
  return state ?? 'not-started';
}

/** The phase an action leads to, or null when the action is refused in this phase. */
export function nextPhase(phase: ReviewPhase, action: ReviewAction): ReviewPhase | null {
  return REVIEW_FLOW[phase][action] ?? null;
}

/** The actions allowed in a phase, in REVIEW_ACTIONS order. */
export function allowedReviewActions(phase: ReviewPhase): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => nextPhase(phase, a) !== null);
}

/** Null when the action is allowed, else why not (the same words the server answers with). */
export function reviewRefusal(phase: ReviewPhase, action: ReviewAction): ReviewRefusal | null {
  if (nextPhase(phase, action) !== null) return null;
  if (action === 'start') return { code: 'review.already-started', phase, messageZh: '该事项已开始审查。' };
  if (phase === 'not-started') return { code: 'review.not-started', phase, messageZh: NOT_STARTED };
  if (action === 'edit') return { code: 'review.locked', phase, messageZh: phase === 'approved' ? LOCKED_APPROVED : LOCKED_SUBMITTED };
  if (action === 'submit') return { code: 'review.not-open', phase, messageZh: '该审查已提交签批或已签批通过。' };
  return { code: 'review.not-submitted', phase, messageZh: '该审查尚未提交签批。' };
}

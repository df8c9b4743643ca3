import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import type { Method, MethodInput } from '../../../shared/contract/index.js';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import {
  REVIEW_ACTIONS,
  REVIEW_MATTER_MOVES,
  REVIEW_PHASES,
  allowedReviewActions,
  nextPhase,
  reviewPhase,
  reviewRefusal,
  type ReviewAction,
  type ReviewPhase,
} from '../../../shared/domain/review-flow.js';
import { contextAs } from '../../support/accounts.js';
import { tempCore } from '../../support/core.js';

/*
 * The review's state machine (shared/domain/review-flow.ts) against the core: every action in every
 * phase, tried on a real matter in a real SQLite archive. Where the table allows the action the core
 * does it and the review lands in the phase the table names (and the matter in the status the table
 * moves it to); where the table refuses, the core refuses with the same code and the same words the
 * workspace shows. One matter per (phase, action): 25 small cases on one archive.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

const REVIEWER = '王审查';
const APPROVER = '李所长';

async function attempt(method: Method, input: unknown, login: string) {
  return dispatch(method, input, await contextAs(env.core, login));
}
async function must(method: Method, input: unknown, login = REVIEWER) {
  const r = await attempt(method, input, login);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

let serial = 0;
/** A matter whose review is in `phase`, reached through the API as people reach it. */
async function matterIn(phase: ReviewPhase): Promise<number> {
  const matter = (await must('matters.create', {
    type: 'normative',
    title: `状态机测试 ${++serial}`,
    submittingUnit: '县司法局',
    receivedOn: '2026-03-02',
  } satisfies MethodInput<'matters.create'>)) as { id: number };
  const matterId = matter.id;
  if (phase === 'not-started') return matterId;
  await must('review.start', { matterId });
  // Submitting also needs a conclusion (a guard on content, not on the phase): every started review here has one.
  await must('review.conclude', { matterId, result: 'lawful', summary: null });
  if (phase === 'open') return matterId;
  await must('review.submit', { matterId, overrideReason: '测试：必查要点另行说明。' });
  if (phase === 'submitted') return matterId;
  if (phase === 'approved') await must('review.approve', { matterId }, APPROVER);
  else await must('review.return', { matterId, comment: '请补充意见。' }, APPROVER);
  return matterId;
}

/** The method that performs an action, with who performs it. */
function request(action: ReviewAction, matterId: number): { method: Method; input: unknown; login: string } {
  switch (action) {
    case 'start':
      return { method: 'review.start', input: { matterId }, login: REVIEWER };
    case 'edit':
      return { method: 'review.conclude', input: { matterId, result: 'lawful-after-revision', summary: '修改后合法。' }, login: REVIEWER };
    case 'submit':
      return { method: 'review.submit', input: { matterId, overrideReason: '测试：必查要点另行说明。' }, login: REVIEWER };
    case 'approve':
      return { method: 'review.approve', input: { matterId }, login: APPROVER };
    case 'return':
      return { method: 'review.return', input: { matterId, comment: '请补充意见。' }, login: APPROVER };
  }
}

async function phaseNow(matterId: number): Promise<ReviewPhase> {
  const review = (await must('review.find', { matterId })) as { state: Exclude<ReviewPhase, 'not-started'> } | null;
  return reviewPhase(review?.state);
}
async function statusNow(matterId: number): Promise<MatterStatus> {
  return ((await must('matters.get', { id: matterId })) as { status: MatterStatus }).status;
}

describe('the review flow table is what the core does', () => {
  const cases = REVIEW_PHASES.flatMap((phase) => REVIEW_ACTIONS.map((action) => [phase, action] as const));

  it.each(cases)('in phase %s, %s', async (phase, action) => {
    const matterId = await matterIn(phase);
    expect(await phaseNow(matterId)).toBe(phase);
    const statusBefore = await statusNow(matterId);
    const { method, input, login } = request(action, matterId);
    const result = await attempt(method, input, login);
    const next = nextPhase(phase, action);

    if (next !== null) {
      expect(result.ok, result.ok ? '' : `${result.error.code} ${result.error.message}`).toBe(true);
      expect(await phaseNow(matterId)).toBe(next);
      const move = REVIEW_MATTER_MOVES[action];
      const expected = move && (move.from === undefined || move.from === statusBefore) ? move.to : statusBefore;
      expect(await statusNow(matterId)).toBe(expected);
      expect(reviewRefusal(phase, action)).toBeNull();
      return;
    }
    const refusal = reviewRefusal(phase, action)!;
    expect(refusal).not.toBeNull();
    if (action === 'start') {
      // 开始审查 on a started review changes nothing and answers with the review as it is (the
      // workspace never offers it then: it shows 开始审查 only while the review is missing).
      expect(result.ok).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect({ code: result.error.code, message: result.error.message }).toEqual({ code: refusal.code, message: refusal.messageZh });
    }
    expect(await phaseNow(matterId)).toBe(phase);
    expect(await statusNow(matterId)).toBe(statusBefore);
  });

  it('offers each phase exactly the actions that lead somewhere', () => {
    expect(Object.fromEntries(REVIEW_PHASES.map((p) => [p, allowedReviewActions(p)]))).toEqual({
      'not-started': ['start'],
      open: ['edit', 'submit'],
      submitted: ['approve', 'return'],
      returned: ['edit', 'submit'],
      approved: [],
    });
  });

  it('refuses opinions, answers and accepted findings with the edit refusal once submitted', async () => {
    const matterId = await matterIn('submitted');
    const refusal = reviewRefusal('submitted', 'edit')!;
    const items = ((await must('review.get', { matterId })) as { template: { items: { id: string }[] } }).template.items;
    const tries: [Method, unknown][] = [
      ['opinions.add', { matterId, text: '补充意见。', severity: 'should', basis: null, checklistItemId: null }],
      ['review.answer', { matterId, itemId: items[0]!.id, status: 'pass', note: null }],
    ];
    for (const [method, input] of tries) {
      const result = await attempt(method, input, REVIEWER);
      expect(result.ok ? null : { code: result.error.code, message: result.error.message }).toEqual({ code: refusal.code, message: refusal.messageZh });
    }
  });
});

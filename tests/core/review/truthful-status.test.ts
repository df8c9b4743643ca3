import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../../../main/api/context.js';
import { dispatch } from '../../../main/api/router.js';
import { clockIn, dateInZone } from '../../../main/core/clock.js';
import { todayIso } from '../../../main/core/workflow/office-settings.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { shownStatus } from '../../../shared/domain/matter.js';
import { SHOWN_STATUS_ZH } from '../../../shared/domain/labels-zh.js';
import { approvedMatter } from '../../support/approved-matter.js';
import { contextAs, ensureAccount } from '../../support/accounts.js';
import { tableCounts, tempCore } from '../../support/core.js';

/*
 * Issue 20, "statuses that tell the truth": opening the review writes nothing (starting it is an
 * action), 签批通过 shows as such, and issuing the letter moves the matter to 待反馈. And "one clock":
 * today follows the office's time zone, whatever the machine's zone is.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
  await call('office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => env.dispose());

async function call<M extends Method>(method: M, input: MethodInput<M>, actor = '王审查'): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, await contextAs(env.core, actor));
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

describe('statuses that tell the truth', () => {
  it('opening the review tab writes nothing; starting the review is an action that moves 已登记 → 审查中', async () => {
    const matter = await call('matters.create', { type: 'contract', title: '物业服务合同', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
    const before = tableCounts(env.core);
    const opened = await dispatch('review.get', { matterId: matter.id }, await contextAs(env.core, '王审查'));
    expect(opened).toMatchObject({ ok: false, error: { code: 'review.not-started' } });
    expect(await call('review.find', { matterId: matter.id })).toBeNull();
    expect(tableCounts(env.core)).toEqual(before);
    expect((await call('matters.get', { id: matter.id })).status).toBe('registered');

    const started = await call('review.start', { matterId: matter.id });
    expect(started.review.progress.answered).toBe(0);
    expect((await call('matters.get', { id: matter.id })).status).toBe('in-review');
    expect((await call('workflow.history', { matterId: matter.id })).map((h) => h.to)).toEqual(['in-review']);
    // Starting twice neither fails nor logs a second move; reading afterwards writes nothing.
    await call('review.start', { matterId: matter.id });
    const after = tableCounts(env.core);
    await call('review.get', { matterId: matter.id });
    expect(tableCounts(env.core)).toEqual(after);
    expect((await call('workflow.history', { matterId: matter.id })).length).toBe(1);
  });

  it('shows 已签批待出具 after sign-off and moves to 待反馈 when the letter goes out', async () => {
    const { matter } = await approvedMatter(env.core, '租赁合同（签批后）');
    const signed = await call('matters.get', { id: matter.id });
    expect(signed.status).toBe('awaiting-signoff');
    expect(signed.signedOffOn).toBe(todayIso());
    expect(SHOWN_STATUS_ZH[shownStatus(signed)]).toBe('已签批待出具');
    const queueBefore = await call('workflow.queue', { limit: 500 });

    await call('letters.issue', { matterId: matter.id, kind: 'legality-opinion' });
    const issued = await call('matters.get', { id: matter.id });
    expect(issued.status).toBe('awaiting-feedback');
    expect(SHOWN_STATUS_ZH[shownStatus(issued)]).toBe('待反馈');
    const history = await call('workflow.history', { matterId: matter.id });
    expect(history.slice(-2).map((h) => [h.from, h.to])).toEqual([
      ['awaiting-signoff', 'opinion-issued'],
      ['opinion-issued', 'awaiting-feedback'],
    ]);
    const queue = await call('workflow.queue', { limit: 500 });
    expect(queue.counts.awaitingFeedback).toBe(queueBefore.counts.awaitingFeedback + 1);
    // The feedback form numbers the opinions as the letter printed them: （一）必须修改 1, （二）建议修改 1.
    const feedback = await call('feedback.list', { matterId: matter.id });
    expect(feedback.opinions.map((o) => [o.severity, o.letterLabel])).toEqual([
      ['must', '（一）1'],
      ['should', '（二）1'],
    ]);
  });

  it('a returned sign-off clears the signed-off mark', async () => {
    const matter = await call('matters.create', { type: 'contract', title: '退回签批的合同', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await call('review.submit', { matterId: matter.id });
    await call('review.return', { matterId: matter.id, comment: '请补充依据' }, '李所长');
    const back = await call('matters.get', { id: matter.id });
    expect([back.status, back.signedOffOn]).toEqual(['in-review', null]);
  });
});

describe('checklist and opinions agree', () => {
  it('有问题 asks for an opinion or a note; an item with a 必须修改 opinion cannot be 通过', async () => {
    const matter = await call('matters.create', { type: 'contract', title: '清单与意见', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
    const review = await call('review.start', { matterId: matter.id });
    const [first, second] = review.template.items;
    const bare = await dispatch('review.answer', { matterId: matter.id, itemId: first!.id, status: 'problem' }, await contextAs(env.core, '王审查'));
    expect(bare).toMatchObject({ ok: false, error: { code: 'review.problem-needs-opinion' } });
    await call('review.answer', { matterId: matter.id, itemId: first!.id, status: 'problem', note: '缺少主体资格证明' });

    // A 必须修改 opinion on the second item marks it 有问题, and 通过 is then refused.
    await call('review.answer', { matterId: matter.id, itemId: second!.id, status: 'pass' });
    await call('opinions.add', { matterId: matter.id, text: '违约金过高，应予调整。', severity: 'must', basis: null, checklistItemId: second!.id });
    const marked = await call('review.get', { matterId: matter.id });
    expect(marked.answers.find((a) => a.itemId === second!.id)?.status).toBe('problem');
    const pass = await dispatch('review.answer', { matterId: matter.id, itemId: second!.id, status: 'pass' }, await contextAs(env.core, '王审查'));
    expect(pass).toMatchObject({ ok: false, error: { code: 'review.pass-with-must' } });
    // 有问题 without a note is fine once the item has its opinion.
    await call('review.answer', { matterId: matter.id, itemId: second!.id, status: 'problem' });
  });
});

describe('one clock', () => {
  // 2026-12-31 17:30 UTC is already 2027-01-01 in China and still 2026-12-31 in Los Angeles or London.
  const instant = new Date('2026-12-31T17:30:00Z');

  it("counts today in the office's zone, not the machine's", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Europe/London', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(todayIso(instant)).toBe('2027-01-01');
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(dateInZone(instant, 'Asia/Shanghai')).toBe('2027-01-01');
    expect(dateInZone(instant, 'Europe/London')).toBe('2026-12-31');
  });

  it('the request context carries today from the office clock, and services use it', async () => {
    const account = await ensureAccount(env.core, '王审查');
    const ctx = contextFor(env.core, 'http', account, { clock: clockIn('Asia/Shanghai', () => instant) });
    expect(ctx.today).toBe('2027-01-01');
    const queue = await dispatch('workflow.queue', { limit: 1 }, ctx);
    expect(queue).toMatchObject({ ok: true, value: { today: '2027-01-01' } });
    const london = contextFor(env.core, 'http', account, { clock: clockIn('Europe/London', () => instant) });
    expect(london.today).toBe('2026-12-31');
  });

  it('the office time zone is a setting; an unknown zone is refused', async () => {
    const set = await dispatch('system.clock.set', { timeZone: 'Asia/Urumqi' }, await contextAs(env.core, 'admin1', ['admin']));
    expect(set).toMatchObject({ ok: true, value: { timeZone: 'Asia/Urumqi' } });
    const ctx = await contextAs(env.core, '王审查');
    expect(ctx.clock.timeZone).toBe('Asia/Urumqi');
    const clock = await dispatch('system.clock', {}, ctx);
    expect(clock).toMatchObject({ ok: true, value: { timeZone: 'Asia/Urumqi', today: ctx.today } });
    const bad = await dispatch('system.clock.set', { timeZone: 'Mars/Olympus' }, await contextAs(env.core, 'admin1', ['admin']));
    expect(bad).toMatchObject({ ok: false, error: { code: 'clock.zone' } });
    await dispatch('system.clock.set', { timeZone: 'Asia/Shanghai' }, await contextAs(env.core, 'admin1', ['admin']));
  });
});

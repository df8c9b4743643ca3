import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { SHOWN_STATUSES, shownStatus, type ShownStatus } from '../../../shared/domain/matter.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { tempCore } from '../../support/core.js';

/*
 * Issue 20: the status filters offer what the 状态 column shows — 已签批待出具 and 作废 included — and
 * what a filter lists agrees with the column and with the queue's counts. One matter in each of the
 * interesting states, made through the API; the oracle is shownStatus() over the unfiltered list.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
const call = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(env.core, '王审查', method, input);

beforeAll(async () => {
  env = await tempCore();
  await call('office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  await call('matters.create', { type: 'contract', title: '已登记的合同', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
  const started = await call('matters.create', { type: 'contract', title: '审查中的合同', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
  await call('review.start', { matterId: started.id });
  await approvedMatter(env.core, '签批后待出具的租赁合同');
  const { matter: issued } = await approvedMatter(env.core, '已出具意见书的租赁合同');
  await call('letters.issue', { matterId: issued.id, kind: 'legality-opinion' });
  const voided = await call('matters.create', { type: 'contract', title: '重复登记的合同', submittingUnit: '县住建局', receivedOn: '2026-03-02' });
  await call('matters.void', { id: voided.id, reason: '重复登记' });
});
afterAll(() => env.dispose());

describe('status filters tell the truth', () => {
  it('each shown status filters the matters list and the ledger to exactly the rows the column shows so', async () => {
    const all = await call('matters.list', { limit: 500 });
    const expected = (s: ShownStatus) => all.items.filter((m) => shownStatus(m) === s).map((m) => m.id).sort();
    // The set-up made one of each of these; the filter must separate them.
    for (const s of ['registered', 'in-review', 'signed-off', 'awaiting-feedback', 'voided'] as const) expect(expected(s), s).toHaveLength(1);
    for (const s of SHOWN_STATUSES) {
      const listed = await call('matters.list', { status: s, limit: 500 });
      expect(listed.items.map((m) => m.id).sort(), `matters.list ${s}`).toEqual(expected(s));
      expect(listed.total, `matters.list total ${s}`).toBe(expected(s).length);
      const ledger = await call('ledger.query', { filter: { statuses: [s] } });
      expect(ledger.rows.map((r) => r.id).sort(), `ledger ${s}`).toEqual(expected(s));
    }
    // 待签批 no longer lists the signed-off matter; 作废 is apart from the flow statuses.
    expect((await call('matters.list', { status: 'awaiting-signoff', limit: 500 })).total).toBe(0);
    const both = await call('ledger.query', { filter: { statuses: ['signed-off', 'voided'] } });
    expect(both.rows.map((r) => r.id).sort()).toEqual([...expected('signed-off'), ...expected('voided')].sort());
  });

  it("the queue's 待反馈 count is what the 待反馈 filter lists", async () => {
    const queue = await call('workflow.queue', { limit: 500 });
    const awaiting = await call('matters.list', { status: 'awaiting-feedback', limit: 500 });
    expect(queue.counts.awaitingFeedback).toBe(1);
    expect(awaiting.total).toBe(queue.counts.awaitingFeedback);
    // Every queue row's shown status is one the filter offers and lists it.
    for (const item of queue.items) {
      const s = shownStatus({ ...item, voided: null });
      const listed = await call('matters.list', { status: s, limit: 500 });
      expect(listed.items.map((m) => m.id), `${item.serial} ${s}`).toContain(item.id);
    }
  });
});

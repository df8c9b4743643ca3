import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { UNIT_PLACEHOLDER, shownStatus } from '../../../shared/domain/matter.js';
import { contextAs } from '../../support/accounts.js';
import { tableCounts, tempCore } from '../../support/core.js';

/*
 * Issue 20, "records you can correct": a registered matter's fields can be corrected with the change
 * recorded, a matter can be voided (作废) and then leaves the queue and the statistics, imported
 * matters with missing fields can be listed and completed in bulk, and link fields find a matter by
 * serial or title.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

async function call<M extends Method>(method: M, input: MethodInput<M>, actor = '王审查'): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, await contextAs(env.core, actor));
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}
async function fails(method: Method, input: unknown, actor = '王审查') {
  const result = await dispatch(method, input, await contextAs(env.core, actor));
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

const register = (over: Partial<MethodInput<'matters.create'>> = {}) =>
  call('matters.create', { type: 'village.rules', title: '东风村村规民约（修订）', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02', ...over });

describe('correcting a registered matter', () => {
  it('changes a field, records who, when, old → new and why, and shows it on the matter', async () => {
    const matter = await register({ type: 'village.charter' });
    const fixed = await call('matters.update', {
      id: matter.id,
      changes: { type: 'village.rules', township: '红旗镇', title: matter.title },
      reason: '登记时误选事项类型',
    });
    expect(fixed).toMatchObject({ type: 'village.rules', township: '红旗镇', serial: matter.serial });
    const log = await call('matters.corrections', { matterId: matter.id });
    // The unchanged title is not recorded; the type shows by its Chinese name.
    expect(log.map((c) => [c.field, c.oldValue, c.newValue, c.reason, c.actor])).toEqual([
      ['type', '村（居）民自治章程', '村规民约/居民公约', '登记时误选事项类型', '王审查'],
      ['township', null, '红旗镇', '登记时误选事项类型', '王审查'],
    ]);
    expect(log[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a correction without a reason or without a change, and changes nothing', async () => {
    const matter = await register();
    const before = tableCounts(env.core);
    expect(await fails('matters.update', { id: matter.id, changes: { title: '新标题' }, reason: ' ' })).toMatchObject({
      code: 'input.invalid',
      message: expect.stringContaining('更正原因不能为空'),
    });
    expect(await fails('matters.update', { id: matter.id, changes: { title: matter.title }, reason: '核对' })).toMatchObject({ code: 'matter.no-change' });
    expect(await fails('matters.update', { id: matter.id, changes: { dueOn: '2026-01-01' }, reason: '核对' })).toMatchObject({
      code: 'matter.due-before-received',
    });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('recomputes a computed due date when the type or receipt day is corrected', async () => {
    const matter = await register({ type: 'village.rules', receivedOn: '2026-03-02' });
    const moved = await call('matters.update', { id: matter.id, changes: { receivedOn: '2026-03-09' }, reason: '收件日期录错' });
    expect(moved.dueOn).not.toBe(matter.dueOn);
    expect(moved.dueOn! > matter.dueOn!).toBe(true);
    const fields = (await call('matters.corrections', { matterId: matter.id })).map((c) => c.field);
    expect(fields).toEqual(['receivedOn', 'dueOn']);
  });

  it('voids a matter: keeps its serial, leaves the queue, counted apart in the statistics', async () => {
    const keep = await register({ title: '保留的事项', receivedOn: '2026-05-06' });
    const slip = await register({ title: '误登记的事项', receivedOn: '2026-05-06' });
    const queueBefore = await call('workflow.queue', { limit: 500 });
    expect(queueBefore.items.map((i) => i.id)).toContain(slip.id);
    const statsBefore = await call('stats.get', { from: '2026-05-01', to: '2026-05-31' });

    const voided = await call('matters.void', { id: slip.id, reason: '重复登记（与保留的事项相同）' });
    expect(voided.serial).toBe(slip.serial);
    expect(voided.voided).toMatchObject({ by: '王审查', reason: '重复登记（与保留的事项相同）' });
    expect(shownStatus(voided)).toBe('voided');

    const queue = await call('workflow.queue', { limit: 500 });
    expect(queue.items.map((i) => i.id)).not.toContain(slip.id);
    expect(queue.items.map((i) => i.id)).toContain(keep.id);
    const stats = await call('stats.get', { from: '2026-05-01', to: '2026-05-31' });
    expect(stats.total).toBe(statsBefore.total - 1);
    expect(stats.voided).toBe(statsBefore.voided + 1);
    // The ledger still lists it, marked, so the numbering has no gap.
    const ledger = await call('ledger.query', { filter: { query: '误登记的事项' } });
    expect(ledger.rows.map((r) => [r.serial, r.voided])).toEqual([[slip.serial, true]]);
    // A voided matter cannot be edited or voided again.
    expect(await fails('matters.update', { id: slip.id, changes: { title: 'x' }, reason: 'y' })).toMatchObject({ code: 'matter.voided' });
    expect(await fails('matters.void', { id: slip.id, reason: 'y' })).toMatchObject({ code: 'matter.voided' });
    expect((await call('matters.corrections', { matterId: slip.id })).map((c) => c.field)).toEqual(['voided']);
  });

  it('lists imported matters with missing fields and completes them in bulk', async () => {
    const a = await register({ title: '批量导入甲', submittingUnit: UNIT_PLACEHOLDER });
    const b = await register({ title: '批量导入乙', submittingUnit: UNIT_PLACEHOLDER, township: '红旗镇' });
    const complete = await register({ title: '已完整', township: '红旗镇' });
    const list = await call('matters.incomplete', {});
    const byId = new Map(list.items.map((i) => [i.matter.id, i.missing]));
    expect(byId.get(a.id)).toEqual(['submittingUnit', 'township']);
    expect(byId.get(b.id)).toEqual(['submittingUnit']);
    expect(byId.has(complete.id)).toBe(false);

    const done = await call('matters.bulkUpdate', {
      ids: [a.id, b.id],
      changes: { submittingUnit: '向阳村民委员会', township: '红旗镇', type: 'village.contract' },
      reason: '补录批量导入的送审单位',
    });
    expect(done).toEqual({ updated: 2 });
    const after = await call('matters.incomplete', {});
    expect(after.items.map((i) => i.matter.id)).not.toContain(a.id);
    expect(after.items.map((i) => i.matter.id)).not.toContain(b.id);
    expect((await call('matters.get', { id: b.id })).type).toBe('village.contract');
    // b already had the township: only the unit and the type changed.
    expect((await call('matters.corrections', { matterId: b.id })).map((c) => c.field).sort()).toEqual(['submittingUnit', 'type']);
  });

  it('a liaison cannot correct or void', async () => {
    const matter = await register();
    await contextAs(env.core, '村联络员', ['liaison']);
    expect(await fails('matters.void', { id: matter.id, reason: '误登记' }, '村联络员')).toMatchObject({ code: 'auth.forbidden' });
  });

  it('finds a matter for a link field by serial or by title', async () => {
    const matter = await register({ title: '关于规范农村宅基地审批的通知' });
    const bySerial = await call('matters.lookup', { query: matter.serial });
    expect(bySerial[0]).toMatchObject({ id: matter.id, serial: matter.serial });
    const byTitle = await call('matters.lookup', { query: '宅基地审批' });
    expect(byTitle.map((m) => m.id)).toEqual([matter.id]);
  });
});

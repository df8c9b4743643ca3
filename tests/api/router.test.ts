import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, contract } from '../../shared/contract/index.js';
import { dispatch, handlers, setInternalErrorReporter } from '../../main/api/router.js';
import { tableCounts, tempCore } from '../support/core.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
  // Some data so "nothing written" is checked against a non-empty store.
  await dispatch('matters.create', { type: 'contract', title: '既有事项', submittingUnit: '某局', receivedOn: '2025-01-02' }, env.ctx);
});
afterAll(() => env.dispose());

describe('router', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });

  it.each(METHODS)('rejects malformed input to %s by schema, in Chinese, writing nothing', async (method) => {
    const before = tableCounts(env.core);
    for (const bad of ['x', 42, [1, 2], true]) {
      const result = await dispatch(method, bad, env.ctx);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('input.invalid');
      expect(result.error.message).toMatch(/^输入有误/);
    }
    expect(tableCounts(env.core)).toEqual(before);
  });

  it.each(METHODS.filter((m) => contract[m].writes))('rejects wrong field types for %s, writing nothing', async (method) => {
    const before = tableCounts(env.core);
    const result = await dispatch(method, { id: 'not-a-number', title: 12, type: 'no-such-type' }, env.ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('names the invalid fields of matters.create', async () => {
    const result = await dispatch(
      'matters.create',
      { type: 'village.rules', title: '   ', submittingUnit: '东风村', receivedOn: '2024-13-40' },
      env.ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.map((f) => f.path).sort()).toEqual(['receivedOn', 'title']);
    expect(result.error.message).toContain('标题不能为空');
  });

  it('refuses unknown and inherited method names', async () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const result = await dispatch(name, {}, env.ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'method.unknown' } });
    }
  });

  it('round-trips a registration through the router with an audit entry', async () => {
    const created = await dispatch(
      'matters.create',
      { type: 'normative', title: ' 关于印发某办法的通知 ', submittingUnit: '县农业农村局', receivedOn: '2025-03-03', contactName: '' },
      env.ctx,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const matter = created.value as { id: number; title: string; contactName: string | null; serial: string };
    expect(matter.title).toBe('关于印发某办法的通知');
    expect(matter.contactName).toBeNull();
    expect(matter.serial).toMatch(/^审2025-\d{4}$/);
    const fetched = await dispatch('matters.get', { id: matter.id }, env.ctx);
    expect(fetched).toEqual({ ok: true, value: matter });
    const audit = env.core.db.prepare("SELECT actor, action FROM audit_log WHERE entity = 'matter' AND entity_id = ?").all(matter.id);
    expect(audit).toEqual([{ actor: 'tester', action: 'matter.create' }]);
  });

  it('returns user errors as data and hides internal failures', async () => {
    const missing = await dispatch('matters.get', { id: 999999 }, env.ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'matter.not-found' } });
    const reported: string[] = [];
    setInternalErrorReporter((m) => reported.push(m));
    const brokenCtx = { ...env.ctx, core: { ...env.core, schemaVersion: () => { throw new Error('secret stack detail'); } } };
    const result = await dispatch('system.info', {}, brokenCtx);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret stack detail');
    expect(reported).toEqual(['system.info']);
  });
});

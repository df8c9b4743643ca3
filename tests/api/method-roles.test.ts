import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../../main/api/context.js';
import { dispatch } from '../../main/api/router.js';
import { contract, METHODS, type Method, type MethodInput, type MethodOutput, type RpcResult } from '../../shared/contract/index.js';
import type { HandlerContext } from '../../main/api/context.js';
import { matterOfCall } from '../../main/api/matter-access.js';
import { ROLES, type Role } from '../../shared/domain/account.js';
import { tableCounts, tempCore } from '../support/core.js';
import { ensureAccount } from '../support/accounts.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

/**
 * The office's policy written out independently of the contract, for the methods where a slip would
 * matter most. The contract's table must agree with it.
 */
const MUST_REFUSE: Record<Role, Method[]> = {
  viewer: ['matters.create', 'opinions.add', 'review.approve', 'letters.issue', 'office.save', 'accounts.create', 'documents.import', 'workflow.move'],
  counsel: ['review.approve', 'review.return', 'letters.issue', 'accounts.create', 'office.save', 'workflow.move'],
  liaison: ['search.query', 'ledger.query', 'stats.get', 'review.get', 'opinions.add', 'letters.issue', 'audit.query', 'accounts.list'],
  reviewer: ['review.approve', 'letters.issue', 'accounts.create', 'office.save', 'audit.query'],
  approver: ['accounts.create', 'office.save', 'audit.query'],
  admin: ['opinions.add', 'review.approve', 'letters.issue', 'matters.create'],
};
const MUST_ALLOW: Record<Role, Method[]> = {
  viewer: ['matters.list', 'search.query', 'ledger.query', 'stats.get', 'audit.query', 'letters.download'],
  counsel: ['opinions.add', 'review.submit', 'findings.accept', 'matters.list'],
  liaison: ['matters.create', 'matters.list', 'documents.import', 'letters.download', 'workflow.get'],
  reviewer: ['matters.create', 'opinions.add', 'review.submit', 'matters.assign', 'letters.preview'],
  approver: ['review.approve', 'review.return', 'letters.issue'],
  admin: ['accounts.create', 'accounts.resetPassword', 'office.save', 'audit.query', 'audit.verify', 'security.settings.set'],
};

describe('who may call what', () => {
  it('checks every method for every role and for a signed-out caller, before reading the input', async () => {
    const accounts = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, await ensureAccount(env.core, `only-${role}`, [role], { unit: '东风村民委员会' })])),
    );
    const before = tableCounts(env.core);
    let checked = 0;
    for (const method of METHODS) {
      const access = contract[method].roles;
      const anonymous = await dispatch(method, { malformed: true }, contextFor(env.core, 'http', null));
      if (access === 'public') expect(anonymous.ok || anonymous.error.code !== 'auth.required').toBe(true);
      else expect(anonymous, method).toMatchObject({ ok: false, error: { code: 'auth.required' } });
      for (const role of ROLES) {
        const result = await dispatch(method, { malformed: true }, contextFor(env.core, 'http', accounts[role]));
        const refused = !result.ok && result.error.code === 'auth.forbidden';
        const allowed = access === 'public' || access.includes(role);
        expect(refused, `${method} as ${role}`).toBe(!allowed);
        if (refused) expect(result.ok ? '' : result.error.message).toMatch(/当前账号无权执行此操作/);
        checked++;
      }
    }
    expect(checked).toBe(METHODS.length * ROLES.length);
    // Malformed input everywhere: nothing was written by any refused or invalid call.
    const after = tableCounts(env.core);
    expect({ ...after, login_attempts: 0, audit_log: 0 }).toEqual({ ...before, login_attempts: 0, audit_log: 0 });
  });

  it('agrees with the office policy written out by hand', () => {
    for (const role of ROLES) {
      for (const method of MUST_REFUSE[role]) {
        const access = contract[method].roles;
        expect(access !== 'public' && !access.includes(role), `${role} must not call ${method}`).toBe(true);
      }
      for (const method of MUST_ALLOW[role]) {
        const access = contract[method].roles;
        expect(access === 'public' || access.includes(role), `${role} must be able to call ${method}`).toBe(true);
      }
    }
  });

  it('a viewer can call no writing method except signing out, changing their own password and their own preferences', () => {
    const writes = METHODS.filter((m) => contract[m].writes && contract[m].roles !== 'public' && (contract[m].roles as readonly Role[]).includes('viewer'));
    // review.get only reads (starting a review is review.start, for the review roles); a viewer may save their own preferences.
    expect(writes.sort()).toEqual(['auth.changePassword', 'auth.logout', 'preferences.set']);
  });

  it('opening a review that has not started writes nothing for a viewer', async () => {
    const staff = await ensureAccount(env.core, 'staff');
    const viewer = await ensureAccount(env.core, 'only-viewer', ['viewer']);
    const matter = await send('matters.create', { type: 'normative', title: '某县文件', submittingUnit: '县司法局', receivedOn: '2026-11-02' }, contextFor(env.core, 'http', staff));
    if (!matter.ok) throw new Error('setup failed');
    const before = tableCounts(env.core);
    const res = await send('review.get', { matterId: matter.value.id }, contextFor(env.core, 'http', viewer));
    expect(res).toMatchObject({ ok: false, error: { code: 'review.not-started' } });
    expect(tableCounts(env.core)).toEqual(before);
  });
});

/** The router's answer with the method's output type. */
const send = <M extends Method>(method: M, input: MethodInput<M>, ctx: HandlerContext) => dispatch(method, input, ctx) as Promise<RpcResult<MethodOutput<M>>>;

describe('per-matter reach', () => {
  it('can find the matter behind every kind of reference a method declares', () => {
    const kinds = new Set(METHODS.map((m) => contract[m].matterOf).filter((k): k is NonNullable<typeof k> => k !== undefined));
    expect(kinds.size).toBeGreaterThan(5);
    // Every look-up runs against the real schema (an unknown id gives null, a wrong column would throw).
    for (const kind of kinds) {
      expect(matterOfCall(env.core.db, kind, { matterId: 999_999, id: 999_999, documentId: 999_999, opinionId: 999_999 }), kind).toBe(kind === 'matterId' ? 999_999 : null);
    }
  });

  it('a liaison registers for their own unit and sees only its matters', async () => {
    const liaison = await ensureAccount(env.core, 'liaison-dongfeng', ['liaison'], { unit: '东风村民委员会' });
    const staff = await ensureAccount(env.core, 'staff');
    const asLiaison = contextFor(env.core, 'http', liaison);
    const asStaff = contextFor(env.core, 'http', staff);
    const own = await send('matters.create', { type: 'village.rules', title: '东风村村规民约', submittingUnit: '别的村', receivedOn: '2026-11-02' }, asLiaison);
    expect(own).toMatchObject({ ok: true, value: { submittingUnit: '东风村民委员会' } });
    const other = await send('matters.create', { type: 'village.rules', title: '西湖村村规民约', submittingUnit: '西湖村民委员会', receivedOn: '2026-11-02' }, asStaff);
    if (!other.ok || !own.ok) throw new Error('setup failed');
    const list = await send('matters.list', {}, asLiaison);
    expect(list.ok && list.value.items.map((m) => m.submittingUnit)).toEqual(['东风村民委员会']);
    expect(await send('matters.get', { id: other.value.id }, asLiaison)).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(await send('documents.list', { matterId: other.value.id }, asLiaison)).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(await send('matters.get', { id: own.value.id }, asLiaison)).toMatchObject({ ok: true });
  });

  it('a counsel writes only on matters assigned to them; assignment records who and why', async () => {
    const counsel = await ensureAccount(env.core, 'counsel-zhang', ['counsel'], { displayName: '张律师' });
    const staff = await ensureAccount(env.core, 'staff');
    const asStaff = contextFor(env.core, 'http', staff);
    const asCounsel = contextFor(env.core, 'http', counsel);
    const matter = await send('matters.create', { type: 'contract', title: '林地承包合同', submittingUnit: '东风村民委员会', receivedOn: '2026-11-03' }, asStaff);
    if (!matter.ok) throw new Error('setup failed');
    expect(matter.value.reviewerId).toBe(staff.id);
    const opinion = { matterId: matter.value.id, text: '承包期限超过法定上限。', severity: 'must' as const, basis: null };
    expect(await send('opinions.add', opinion, asCounsel)).toMatchObject({ ok: false, error: { code: 'auth.forbidden', message: expect.stringContaining('未分配') } });
    const assigned = await send('matters.assign', { matterId: matter.value.id, reviewerId: staff.id, counselId: counsel.id, reason: '请顾问协审' }, asStaff);
    expect(assigned).toEqual({ ok: true, value: { ok: true } });
    expect(await send('review.start', { matterId: matter.value.id }, asCounsel)).toMatchObject({ ok: true });
    const added = await send('opinions.add', opinion, asCounsel);
    expect(added).toMatchObject({ ok: true, value: { opinions: [{ authorName: '张律师' }] } });
    const got = await send('matters.get', { id: matter.value.id }, asCounsel);
    expect(got).toMatchObject({ ok: true, value: { counselName: '张律师', reviewerName: 'staff' } });
    const mine = await send('matters.list', { assignedTo: counsel.id }, asCounsel);
    expect(mine.ok && mine.value.items.map((m) => m.id)).toEqual([matter.value.id]);
    const row = env.core.db.prepare('SELECT by_user_id, reason FROM assignments WHERE matter_id = ?').get(matter.value.id);
    expect(row).toEqual({ by_user_id: staff.id, reason: '请顾问协审' });
    const wrongRole = await send('matters.assign', { matterId: matter.value.id, reviewerId: counsel.id, counselId: null, reason: null }, asStaff);
    expect(wrongRole).toMatchObject({ ok: false, error: { code: 'assign.wrong-role' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { contextFor } from '../../../main/api/context.js';
import { hashPassword, verifyPassword } from '../../../main/core/accounts/password.js';
import { resolveSession, createSession } from '../../../main/core/accounts/sessions.js';
import { LOCKOUT, signIn } from '../../../main/core/accounts/sign-in.js';
import { updateSecuritySettings } from '../../../main/core/accounts/security-settings.js';
import { findAccountByLogin } from '../../../main/core/accounts/account-store.js';
import type { Method, MethodInput } from '../../../shared/contract/index.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { contextAs, ensureAccount, TEST_PASSWORD } from '../../support/accounts.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

const callAs = async <M extends Method>(login: string, method: M, input: MethodInput<M>) => dispatch(method, input, await contextAs(env.core, login));

describe('passwords', () => {
  it('are stored as salted scrypt hashes that verify only the right password', async () => {
    const a = await hashPassword('村规民约2026');
    const b = await hashPassword('村规民约2026');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('2026');
    expect(await verifyPassword('村规民约2026', a)).toBe(true);
    expect(await verifyPassword('村规民约2027', a)).toBe(false);
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('must meet the policy; the audit log never holds a password', async () => {
    const weak = await callAs('tester', 'accounts.create', { login: 'weak', displayName: '弱密码', roles: ['reviewer'], unit: null, password: '12345678' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'input.invalid', message: expect.stringContaining('至少两类') } });
    const ok = await callAs('tester', 'accounts.create', { login: 'wang', displayName: '王立新', roles: ['reviewer'], unit: null, password: 'Lixin2026x!' });
    expect(ok.ok).toBe(true);
    const audit = env.core.db.prepare("SELECT after_json FROM audit_log WHERE action = 'account.create'").all() as { after_json: string }[];
    expect(audit.some((r) => r.after_json.includes('王立新'))).toBe(true);
    expect(audit.every((r) => !r.after_json.includes('Lixin2026x!') && !r.after_json.includes('scrypt'))).toBe(true);
  });
});

describe('signing in', () => {
  it('opens a session for the right password and refuses a wrong one with one message for both cases', async () => {
    await ensureAccount(env.core, 'li', ['approver'], { displayName: '李所长' });
    const { account, token } = await signIn(env.core.db, { login: 'LI', password: TEST_PASSWORD, door: 'http', address: '10.0.0.5' });
    expect(account.displayName).toBe('李所长');
    const check = resolveSession(env.core.db, token);
    expect('account' in check && check.account.login).toBe('li');
    await expect(signIn(env.core.db, { login: 'li', password: 'nope', door: 'http', address: '10.0.0.5' })).rejects.toMatchObject({ code: 'auth.bad-credentials', message: '登录名或密码不正确。' });
    await expect(signIn(env.core.db, { login: 'nobody', password: 'nope', door: 'http', address: '10.0.0.5' })).rejects.toMatchObject({ code: 'auth.bad-credentials', message: '登录名或密码不正确。' });
    const failures = env.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login-failed'").get() as { n: number };
    expect(failures.n).toBe(2);
  });

  it('locks a login out after repeated failures, even for the right password, until the window passes', async () => {
    await ensureAccount(env.core, 'zhou', ['reviewer']);
    const t0 = Date.parse('2026-12-06T08:00:00Z');
    for (let i = 0; i < LOCKOUT.perLogin; i++) {
      await expect(signIn(env.core.db, { login: 'zhou', password: 'wrong', door: 'http', address: null, now: t0 + i * 1000 })).rejects.toMatchObject({ code: 'auth.bad-credentials' });
    }
    await expect(signIn(env.core.db, { login: 'zhou', password: TEST_PASSWORD, door: 'http', address: null, now: t0 + 10_000 })).rejects.toMatchObject({ code: 'auth.locked' });
    const later = t0 + (LOCKOUT.windowMinutes + 1) * 60_000;
    const ok = await signIn(env.core.db, { login: 'zhou', password: TEST_PASSWORD, door: 'http', address: null, now: later });
    expect(ok.account.login).toBe('zhou');
  });

  it('locks an address that guesses across many logins', async () => {
    const t0 = Date.parse('2026-12-06T09:00:00Z');
    for (let i = 0; i < LOCKOUT.perAddress; i++) {
      await signIn(env.core.db, { login: `guess${i}`, password: 'x', door: 'http', address: '10.9.9.9', now: t0 + i }).catch(() => undefined);
    }
    await ensureAccount(env.core, 'sun', ['reviewer']);
    await expect(signIn(env.core.db, { login: 'sun', password: TEST_PASSWORD, door: 'http', address: '10.9.9.9', now: t0 + 100 })).rejects.toMatchObject({ code: 'auth.locked' });
    expect((await signIn(env.core.db, { login: 'sun', password: TEST_PASSWORD, door: 'http', address: '10.1.1.1', now: t0 + 100 })).account.login).toBe('sun');
  });

  it('refuses a disabled account and ends its sessions', async () => {
    const account = await ensureAccount(env.core, 'qian', ['reviewer']);
    const token = createSession(env.core.db, account.id, 'http', null);
    const res = await callAs('tester', 'accounts.update', { id: account.id, displayName: account.displayName, roles: account.roles, unit: null, enabled: false });
    expect(res.ok).toBe(true);
    expect(resolveSession(env.core.db, token)).toEqual({ problem: 'missing' });
    await expect(signIn(env.core.db, { login: 'qian', password: TEST_PASSWORD, door: 'http', address: null })).rejects.toMatchObject({ code: 'auth.disabled' });
  });

  it('keeps at least one admin who can sign in', async () => {
    const admin = findAccountByLogin(env.core.db, 'tester')!;
    const others = env.core.db.prepare("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.id != ?").all(admin.id);
    expect(others).toEqual([]);
    const before = tableCounts(env.core);
    const res = await callAs('tester', 'accounts.update', { id: admin.id, displayName: admin.displayName, roles: ['reviewer'], unit: null, enabled: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'account.last-admin' } });
    expect(tableCounts(env.core)).toEqual(before);
  });
});

describe('sessions', () => {
  it('expire after the office’s idle time and are then refused with 登录已超时', async () => {
    const account = await ensureAccount(env.core, 'idle', ['viewer']);
    updateSecuritySettings(env.core.db, 'tester', { idleMinutes: 30 });
    const t0 = Date.parse('2026-12-06T10:00:00Z');
    const token = createSession(env.core.db, account.id, 'http', null, t0);
    expect('account' in resolveSession(env.core.db, token, t0 + 29 * 60_000)).toBe(true);
    // The call at 29 minutes counted as activity: 29 minutes later the session is still alive.
    expect('account' in resolveSession(env.core.db, token, t0 + 58 * 60_000)).toBe(true);
    expect(resolveSession(env.core.db, token, t0 + 58 * 60_000 + 31 * 60_000)).toEqual({ problem: 'expired' });
    expect(resolveSession(env.core.db, token, t0 + 90 * 60_000)).toEqual({ problem: 'missing' });
    const res = await dispatch('matters.list', {}, contextFor(env.core, 'http', null, { authProblem: 'expired' }));
    expect(res).toEqual({ ok: false, error: { code: 'auth.expired', message: '登录已超时，请重新登录。' } });
  });
});

describe('first-run setup', () => {
  it('runs once: office name, 代字 and the first admin; a second setup is refused', async () => {
    const fresh = await tempCore();
    try {
      const db = fresh.core.db;
      db.prepare('DELETE FROM sessions').run();
      db.prepare('DELETE FROM user_roles').run();
      db.prepare('DELETE FROM users').run();
      const anon = contextFor(fresh.core, 'http', null, { address: '127.0.0.1' });
      expect(await dispatch('auth.status', {}, anon)).toMatchObject({ ok: true, value: { needsSetup: true, me: null } });
      expect(await dispatch('matters.list', {}, anon)).toMatchObject({ ok: false, error: { code: 'auth.required' } });
      const input = {
        officeName: '郯城县红花镇司法所',
        officeCode: '红司审',
        admin: { login: 'admin', displayName: '张所长', roles: ['admin', 'approver'] as const, unit: null, password: 'Hong2026hua' },
        singleUser: true,
      };
      const done = await dispatch('auth.setup', { ...input, admin: { ...input.admin, roles: [...input.admin.roles] } }, anon);
      expect(done).toMatchObject({ ok: true, value: { me: { login: 'admin', displayName: '张所长', roles: ['admin', 'approver'] } } });
      const office = await dispatch('office.get', {}, await contextAs(fresh.core, 'admin'));
      expect(office).toMatchObject({ ok: true, value: { officeName: '郯城县红花镇司法所', numberPrefix: '红司审' } });
      const again = await dispatch('auth.setup', { ...input, admin: { ...input.admin, login: 'intruder', roles: ['admin'] } }, anon);
      expect(again).toMatchObject({ ok: false, error: { code: 'setup.done' } });
      expect(await dispatch('auth.status', {}, anon)).toMatchObject({ ok: true, value: { needsSetup: false, singleUser: true, officeName: '郯城县红花镇司法所' } });
      // The office's exchange identity and key pair are made at setup, with the defaults: 司法所, code = 代字.
      const identity = await dispatch('exchange.office.get', {}, await contextAs(fresh.core, 'admin'));
      expect(identity).toMatchObject({ ok: true, value: { name: '郯城县红花镇司法所', code: '红司审', kind: 'township-office' } });
      const key = await dispatch('exchange.office.exportKey', {}, await contextAs(fresh.core, 'admin'));
      if (!key.ok) throw new Error(key.error.message);
      expect((JSON.parse((key.value as { json: string }).json) as { fingerprint: string }).fingerprint).toBe((identity as { value: { fingerprint: string } }).value.fingerprint);
      expect(db.prepare("SELECT action FROM audit_log WHERE action IN ('office.setup', 'setup') ORDER BY id").all()).toEqual([{ action: 'office.setup' }, { action: 'setup' }]);
    } finally {
      fresh.dispose();
    }
  });

  it('takes the office kind and exchange code when given, and refuses a bad code with nothing written', async () => {
    const fresh = await tempCore();
    try {
      const db = fresh.core.db;
      db.prepare('DELETE FROM sessions').run();
      db.prepare('DELETE FROM user_roles').run();
      db.prepare('DELETE FROM users').run();
      const anon = contextFor(fresh.core, 'http', null, { address: '127.0.0.1' });
      const input = {
        officeName: '东风村民委员会',
        officeCode: '东村',
        admin: { login: 'admin', displayName: '张联络', roles: ['admin'], unit: null, password: 'Dong2026feng' },
        officeKind: 'unit' as const,
      };
      const bad = await dispatch('auth.setup', { ...input, exchangeCode: '东风/村' }, anon);
      expect(bad).toMatchObject({ ok: false });
      expect(db.prepare('SELECT count(*) AS n FROM office_identity').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
      expect(await dispatch('auth.setup', { ...input, exchangeCode: 'DFC' }, anon)).toMatchObject({ ok: true });
      expect(db.prepare('SELECT code, kind FROM office_identity').get()).toEqual({ code: 'DFC', kind: 'unit' });
    } finally {
      fresh.dispose();
    }
  });
});

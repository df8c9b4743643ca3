import { describe, expect, it } from 'vitest';
import { DesktopSessions, handleInvoke } from '../../main/app/ipc.js';
import { APP_START_URL } from '../../main/app/window-options.js';
import { updateSecuritySettings } from '../../main/core/accounts/security-settings.js';
import { tempCore } from '../support/core.js';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';

describe('desktop sessions', () => {
  it('signs a window in over IPC without handing the token to the page, and out again', async () => {
    const env = await tempCore();
    try {
      const sessions = new DesktopSessions(env.core);
      const before = await handleInvoke(env.core, sessions, 7, APP_START_URL, 'matters.list', {});
      expect(before).toMatchObject({ ok: false, error: { code: 'auth.required' } });
      const login = await handleInvoke(env.core, sessions, 7, APP_START_URL, 'auth.login', { login: 'tester', password: TEST_PASSWORD });
      expect(login).toMatchObject({ ok: true, value: { token: '', me: { login: 'tester' } } });
      expect(await handleInvoke(env.core, sessions, 7, APP_START_URL, 'matters.list', {})).toMatchObject({ ok: true });
      // Another window is another session.
      expect(await handleInvoke(env.core, sessions, 8, APP_START_URL, 'matters.list', {})).toMatchObject({ ok: false, error: { code: 'auth.required' } });
      await handleInvoke(env.core, sessions, 7, APP_START_URL, 'auth.logout', {});
      expect(await handleInvoke(env.core, sessions, 7, APP_START_URL, 'matters.list', {})).toMatchObject({ ok: false, error: { code: 'auth.required' } });
    } finally {
      env.dispose();
    }
  });

  it('on a computer used by one person, a new window starts signed in as that account', async () => {
    const env = await tempCore();
    try {
      const solo = await ensureAccount(env.core, 'solo', ['reviewer', 'approver'], { displayName: '孙律师' });
      updateSecuritySettings(env.core.db, 'tester', { singleUserId: solo.id });
      const sessions = new DesktopSessions(env.core);
      const status = await handleInvoke(env.core, sessions, 1, APP_START_URL, 'auth.status', {});
      expect(status).toMatchObject({ ok: true, value: { singleUser: true, me: { login: 'solo', displayName: '孙律师' } } });
      sessions.closeWindow(1);
      expect(env.core.db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(solo.id)).toEqual({ n: 0 });
    } finally {
      env.dispose();
    }
  });
});

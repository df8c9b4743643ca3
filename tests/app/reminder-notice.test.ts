import { describe, expect, it } from 'vitest';
import { DesktopSessions, handleInvoke } from '../../main/app/ipc.js';
import { reminderNotice, reminderNotifier } from '../../main/app/reminder-notice.js';
import { APP_START_URL } from '../../main/app/window-options.js';
import { tempCore } from '../support/core.js';
import { callAs } from '../support/approved-matter.js';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';

describe('start-up reminders as a system notification', () => {
  it('notifies once per window and sign-in, with the counts of the reminders the page asked for', async () => {
    const env = await tempCore();
    try {
      await ensureAccount(env.core, '王审查');
      await callAs(env.core, '王审查', 'matters.create', { type: 'contract', title: '逾期合同', submittingUnit: '镇政府', receivedOn: '2026-01-05', dueOn: '2026-01-20' });
      const shown: { title: string; body: string }[] = [];
      const observe = reminderNotifier((n) => shown.push(n));
      const sessions = new DesktopSessions(env.core);
      const invoke = (method: string, input: unknown) => handleInvoke(env.core, sessions, 3, APP_START_URL, method, input, observe);
      await invoke('auth.login', { login: '王审查', password: TEST_PASSWORD });
      const first = await invoke('reminders.get', {});
      expect(first.ok).toBe(true);
      await invoke('reminders.get', {});
      expect(shown).toHaveLength(1);
      expect(shown[0]!.body).toContain('已逾期 1 件');
      await invoke('auth.logout', {});
      await invoke('auth.login', { login: '王审查', password: TEST_PASSWORD });
      await invoke('reminders.get', {});
      expect(shown).toHaveLength(2);
    } finally {
      env.dispose();
    }
  });

  it('says nothing when there is nothing to remind of', () => {
    const zero = { overdue: 0, 'due-today': 0, 'due-soon': 0, 'awaiting-signoff': 0, 'normative-expiring': 0, 'backup-missed': 0 };
    expect(reminderNotice({ today: '2026-03-02', days: 3, months: 6, items: [], counts: zero, badge: 0 })).toBeNull();
    expect(reminderNotice({ today: '2026-03-02', days: 3, months: 6, items: [], counts: { ...zero, 'due-soon': 2 }, badge: 2 })!.body).toBe('3 个工作日内到期 2 件');
  });
});

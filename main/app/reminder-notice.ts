import type { RemindersOutput } from '../../shared/contract/reminders.js';
import type { RpcResult } from '../../shared/contract/rpc.js';

/** What the system notification says about the reminders, or null when there is nothing to say. */
export function reminderNotice(out: RemindersOutput): { title: string; body: string } | null {
  const c = out.counts;
  const parts = [
    c.overdue ? `已逾期 ${c.overdue} 件` : '',
    c['due-today'] ? `今日到期 ${c['due-today']} 件` : '',
    c['due-soon'] ? `${out.days} 个工作日内到期 ${c['due-soon']} 件` : '',
    c['awaiting-signoff'] ? `待我签批 ${c['awaiting-signoff']} 件` : '',
    c['normative-expiring'] ? `规范性文件 ${out.months} 个月内到期 ${c['normative-expiring']} 件` : '',
    c['backup-missed'] ? '自动备份未完成' : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return { title: '合法性审查工作台 · 待办提醒', body: parts.join('；') };
}

/**
 * Shows the system notification once per window when its page first asks for the reminders (at
 * start-up and after each sign-in of that window), never again on the home page's later refreshes.
 */
export function reminderNotifier(show: (notice: { title: string; body: string }) => void) {
  const shown = new Set<number>();
  return (windowId: number, method: string, result: RpcResult<unknown>): void => {
    if (method === 'auth.logout' || method === 'auth.login') shown.delete(windowId);
    if (method !== 'reminders.get' || !result.ok || shown.has(windowId)) return;
    shown.add(windowId);
    const notice = reminderNotice(result.value as RemindersOutput);
    if (notice) show(notice);
  };
}

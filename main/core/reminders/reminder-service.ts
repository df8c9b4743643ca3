/**
 * Reminders (提醒) for one person: matters overdue, due today, due within N working days (the office's
 * holiday calendar counts them), reviews waiting for their sign-off, 规范性文件 whose validity ends
 * within N months, and a missed or failed daily backup. The same list feeds the start-up notice, the
 * home page and the 待办 badge, so they never disagree.
 */
import type { Reminder, ReminderKind, RemindersOutput } from '../../../shared/contract/reminders.js';
import type { AccountRow } from '../accounts/account-store.js';
import { backupStatus } from '../backup/backup-service.js';
import type { Core } from '../core.js';
import { prepared } from '../store/statements.js';
import { listNormative } from '../workflow/normative-registry.js';
import { loadWorkflowSettings, todayIso } from '../workflow/office-settings.js';
import { reviewerQueue } from '../workflow/queue-service.js';
import { officeTimeZone } from '../clock.js';
import { dateInZone, formatInstant } from '../../../shared/domain/office-time.js';

/** A counsel who is neither reviewer nor approver is reminded only of matters assigned to them. */
function assignedOnly(account: AccountRow): boolean {
  return account.roles.includes('counsel') && !account.roles.includes('reviewer') && !account.roles.includes('approver');
}

/** Which reminders ask for action now (the badge); validity and backup ones are for the office. */
const ACTIONABLE: ReadonlySet<ReminderKind> = new Set(['overdue', 'due-today', 'due-soon', 'awaiting-signoff']);

export function remindersFor(core: Core, account: AccountRow, input: { days?: number; months: number; today?: string }, now = Date.now()): RemindersOutput {
  const db = core.db;
  const today = input.today ?? todayIso();
  // Stored instants are shown as dates and times of the office's zone, like `today`.
  const zone = officeTimeZone(core.db);
  const days = input.days ?? loadWorkflowSettings(db).deadline.soonDays;
  const items: Reminder[] = [];
  const queue = reviewerQueue(db, { today, limit: 100_000 });
  const counselOf = new Map(
    (prepared(db, "SELECT id, counsel_id FROM matters WHERE status NOT IN ('closed', 'withdrawn')").all() as { id: number; counsel_id: number | null }[]).map((r) => [
      r.id,
      r.counsel_id,
    ]),
  );
  for (const m of queue.items) {
    if (assignedOnly(account) && m.reviewerId !== account.id && counselOf.get(m.id) !== account.id) continue;
    const d = m.deadline;
    if (d.dueOn === null || d.workingDaysLeft === null) continue;
    const title = `${m.serial} ${m.title}`;
    if (d.state === 'overdue') items.push({ kind: 'overdue', matterId: m.id, normativeId: null, title, detail: `已逾期 ${-d.workingDaysLeft} 个工作日（期限 ${d.dueOn}）`, date: d.dueOn });
    else if (d.state === 'due-today') items.push({ kind: 'due-today', matterId: m.id, normativeId: null, title, detail: `今日到期（${d.dueOn}）`, date: d.dueOn });
    else if (d.workingDaysLeft <= days) {
      items.push({ kind: 'due-soon', matterId: m.id, normativeId: null, title, detail: `还剩 ${d.workingDaysLeft} 个工作日（期限 ${d.dueOn}）`, date: d.dueOn });
    }
  }
  if (account.roles.includes('approver')) {
    const waiting = prepared(
      db,
      `SELECT m.id, m.serial, m.title, (SELECT max(s.at) FROM signoffs s WHERE s.matter_id = m.id AND s.action = 'submit') AS submitted_at,
              (SELECT s.actor FROM signoffs s WHERE s.matter_id = m.id AND s.action = 'submit' ORDER BY s.id DESC LIMIT 1) AS submitted_by
       FROM matters m WHERE m.status = 'awaiting-signoff' ORDER BY m.updated_at`,
    ).all() as { id: number; serial: string; title: string; submitted_at: string | null; submitted_by: string | null }[];
    for (const w of waiting) {
      // One's own submission is not "waiting for my sign-off" (the two-person rule asks someone else).
      if (w.submitted_by === account.login) continue;
      items.push({
        kind: 'awaiting-signoff',
        matterId: w.id,
        normativeId: null,
        title: `${w.serial} ${w.title}`,
        detail: w.submitted_at ? `${w.submitted_by ?? ''} 于 ${dateInZone(w.submitted_at, zone)} 提交签批` : '等待签批',
        date: w.submitted_at ? dateInZone(w.submitted_at, zone) : null,
      });
    }
  }
  for (const n of listNormative(db, { filter: 'expiring', months: input.months, today })) {
    items.push({
      kind: 'normative-expiring',
      matterId: n.matterId,
      normativeId: n.id,
      title: `${n.registrationNo} ${n.title}`,
      detail: `有效期至 ${n.validUntil}，请及时评估、清理`,
      date: n.validUntil,
    });
  }
  const backup = backupStatus(core, now);
  if (backup.overdue || backup.lastFailure) {
    const last = backup.lastSuccess ? `上次成功备份：${formatInstant(backup.lastSuccess.at, zone)}` : '尚无成功的备份';
    items.push({
      kind: 'backup-missed',
      matterId: null,
      normativeId: null,
      title: backup.lastFailure ? '自动备份失败' : '今日自动备份未完成',
      detail: backup.lastFailure ? `${backup.lastFailure.error ?? ''}；${last}` : last,
      date: null,
    });
  }
  const counts = Object.fromEntries(
    (['overdue', 'due-today', 'due-soon', 'awaiting-signoff', 'normative-expiring', 'backup-missed'] as const).map((k) => [k, items.filter((i) => i.kind === k).length]),
  ) as RemindersOutput['counts'];
  return { today, days, months: input.months, items, counts, badge: items.filter((i) => ACTIONABLE.has(i.kind)).length };
}

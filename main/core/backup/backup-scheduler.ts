import type { Core } from '../core.js';
import { runBackup } from './backup-service.js';
import { lastRuns, readBackupSettings } from './backup-settings.js';

/** A day between automatic backups. */
const DAY_MS = 24 * 3600 * 1000;

export interface SchedulerOptions {
  /** How often to look whether a backup is due (default hourly: a PC switched on at 9:00 is backed up by 10:00). */
  checkEveryMs?: number;
  /** First look after start (default 2 minutes, so start-up stays fast). */
  firstCheckAfterMs?: number;
  onError?: (e: unknown) => void;
}

/** Whether the daily backup should run now. */
export function dailyBackupDue(core: Core, now = Date.now()): boolean {
  if (!readBackupSettings(core.db).daily) return false;
  // Counted from the last success only, so after a failure the next hourly check tries again.
  const { lastSuccess } = lastRuns(core.db);
  return now - (lastSuccess ? Date.parse(lastSuccess.at) : 0) >= DAY_MS;
}

/**
 * Runs the daily backup while the program is open (server, desktop app): checks hourly, backs up when
 * the last successful backup is a day old. Returns the function that stops it; timers never keep the
 * process alive.
 */
export function startBackupScheduler(core: Core, options: SchedulerOptions = {}): () => void {
  const onError = options.onError ?? ((e: unknown) => console.error('[review-desk] 自动备份失败：', (e as Error).message));
  let stopped = false;
  const check = () => {
    if (stopped || !core.db.open) return;
    try {
      if (!dailyBackupDue(core)) return;
    } catch (e) {
      onError(e);
      return;
    }
    runBackup(core, 'daily').catch(onError);
  };
  const first = setTimeout(check, options.firstCheckAfterMs ?? 2 * 60 * 1000);
  const every = setInterval(check, options.checkEveryMs ?? 3600 * 1000);
  first.unref();
  every.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
  };
}

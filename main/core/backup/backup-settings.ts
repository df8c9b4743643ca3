import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { BackupSettings, type BackupRun } from '../../../shared/contract/backup.js';
import { recordAudit } from '../audit.js';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { BackupResult } from './backup-file.js';

const KEY = 'backup';

/** Daily backups on, kept 30 days: enough to go back past a month-end mistake, small enough for a USB drive. */
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, keepDays: 30, daily: true };

/** A daily backup counts as missed after 26 hours: a day plus slack for a PC started later than usual. */
export const OVERDUE_AFTER_MS = 26 * 3600 * 1000;

export function readBackupSettings(db: Database.Database): BackupSettings {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_BACKUP_SETTINGS;
  const parsed = BackupSettings.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

/**
 * The office's backup passphrase, kept in the archive's settings: backups made without one given are
 * encrypted with it, so copies on a USB drive or a share are unreadable without it. The archive on this
 * computer is not encrypted, so keeping it here exposes nothing the archive does not already hold.
 */
const PASSPHRASE_KEY = 'backup.passphrase';

export function readBackupPassphrase(db: Database.Database): string | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(PASSPHRASE_KEY) as { value: string } | undefined;
  return row ? row.value : null;
}

/** `passphrase`: undefined keeps it, a string sets it, null removes it; the audit records the change, never the value. */
export function saveBackupSettings(db: Database.Database, actor: string, settings: BackupSettings, passphrase?: string | null): BackupSettings {
  const before = { ...readBackupSettings(db), encrypted: readBackupPassphrase(db) !== null };
  writeTransaction(db, () => {
    prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(settings));
    if (passphrase === null) prepared(db, 'DELETE FROM settings WHERE key = ?').run(PASSPHRASE_KEY);
    else if (passphrase !== undefined) {
      prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PASSPHRASE_KEY, passphrase);
    }
    const after = { ...settings, encrypted: readBackupPassphrase(db) !== null, passphraseChanged: typeof passphrase === 'string' };
    recordAudit(db, { actor, action: 'settings.backup', entity: 'settings', entityId: null, before, after });
  });
  return settings;
}

/** The folder backups go to: the setting, or backups/ inside the data folder. */
export function backupFolder(dataDir: string, settings: BackupSettings): string {
  return settings.folder ?? join(dataDir, 'backups');
}

interface RunRow {
  kind: 'daily' | 'manual';
  finished_at: string;
  ok: number;
  file: string | null;
  error: string | null;
}
const toRun = (r: RunRow): BackupRun => ({ kind: r.kind, at: r.finished_at, ok: r.ok === 1, file: r.file, error: r.error });

export function recordBackupRun(
  db: Database.Database,
  run: { kind: 'daily' | 'manual'; startedAt: string; result?: BackupResult; error?: string },
): void {
  const r = run.result;
  writeTransaction(db, () => {
    prepared(
      db,
      `INSERT INTO backup_runs (kind, started_at, finished_at, ok, file, bytes, encrypted, matters, letters, last_letter_number, error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      run.kind,
      run.startedAt,
      new Date().toISOString(),
      r ? 1 : 0,
      r?.file ?? null,
      r?.bytes ?? null,
      r?.encrypted ? 1 : 0,
      r?.figures.matters ?? null,
      r?.figures.letters ?? null,
      r?.figures.lastLetterNumber ?? null,
      run.error ?? null,
    );
  });
}

export function lastRuns(db: Database.Database): { lastSuccess: BackupRun | null; lastFailure: BackupRun | null } {
  const success = prepared(db, 'SELECT * FROM backup_runs WHERE ok = 1 ORDER BY finished_at DESC, id DESC LIMIT 1').get() as RunRow | undefined;
  const failure = prepared(db, 'SELECT * FROM backup_runs WHERE ok = 0 ORDER BY finished_at DESC, id DESC LIMIT 1').get() as RunRow | undefined;
  return {
    lastSuccess: success ? toRun(success) : null,
    lastFailure: failure && (!success || failure.finished_at > success.finished_at) ? toRun(failure) : null,
  };
}

/**
 * Whether the daily backup was missed: on, and no success within OVERDUE_AFTER_MS — counted, for an
 * archive never backed up, from its first matter (a new, empty installation is not nagged).
 */
export function isOverdue(db: Database.Database, settings: BackupSettings, lastSuccess: BackupRun | null, now = Date.now()): boolean {
  if (!settings.daily) return false;
  const since = lastSuccess?.at ?? (prepared(db, 'SELECT min(created_at) AS at FROM matters').get() as { at: string | null }).at;
  if (since === null) return false;
  return now - Date.parse(since) > OVERDUE_AFTER_MS;
}

import { z } from 'zod';
import { OFFICE_ADMIN, OFFICE_READ } from '../domain/account.js';
import { method } from './rpc.js';

export const BackupFigures = z.object({
  schemaVersion: z.number().int(),
  matters: z.number().int(),
  documents: z.number().int(),
  letters: z.number().int(),
  lastLetterNumber: z.string().nullable(),
  lastLetterIssuedAt: z.string().nullable(),
  auditEntries: z.number().int(),
  blobs: z.number().int(),
});

export const BACKUP_KINDS = ['daily', 'manual', 'before-upgrade', 'before-restore', 'other'] as const;

/** One backup file found in the backup folder (or the data folder's backups/). */
export const BackupEntry = z.object({
  file: z.string(),
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
  figures: BackupFigures.nullable(),
  /** Why the figures could not be read (a damaged or foreign file). */
  problem: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupRun = z.object({
  kind: z.enum(['daily', 'manual']),
  at: z.string(),
  ok: z.boolean(),
  file: z.string().nullable(),
  error: z.string().nullable(),
});
export type BackupRun = z.infer<typeof BackupRun>;

export const BackupSettings = z.object({
  /** null: the data folder's backups/; otherwise any folder, a USB drive or a network share. */
  folder: z.string().trim().min(1, '请填写备份文件夹').max(1000).nullable(),
  keepDays: z.number({ error: '请填写保留天数' }).int('保留天数须为整数').min(1, '至少保留 1 天').max(3650, '最多保留 3650 天'),
  daily: z.boolean(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupStatus = z.object({
  settings: BackupSettings,
  /** The folder in effect (the default resolved). */
  folder: z.string(),
  lastSuccess: BackupRun.nullable(),
  /** The latest failure, when it is newer than the latest success. */
  lastFailure: BackupRun.nullable(),
  /** The office set a backup passphrase: automatic (and "back up now") backups are encrypted with it. */
  encrypted: z.boolean(),
  /** Daily backups are on and none succeeded in the last 26 hours (an archive with matters). */
  overdue: z.boolean(),
  /** A restore waiting for the next start of the program. */
  pendingRestore: BackupEntry.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

const Passphrase = z.string().min(8, '备份密码至少 8 个字符').max(200);

/**
 * The settings as saved from the page. `passphrase` is write-only (never sent back): omitted keeps the
 * current one, a string sets it, null removes it (backups are then not encrypted).
 */
export const SaveBackupSettingsInput = BackupSettings.extend({ passphrase: Passphrase.nullable().optional() }).strict();

export const backupContract = {
  'backup.status': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: BackupStatus, writes: false }),
  'backup.list': method({ roles: OFFICE_ADMIN, input: z.object({}).strict(), output: z.object({ folder: z.string(), items: z.array(BackupEntry) }), writes: false }),
  'backup.run': method({ roles: OFFICE_ADMIN, input: z.object({ passphrase: Passphrase.optional() }).strict(), output: BackupEntry, writes: true }),
  'backup.saveSettings': method({ roles: OFFICE_ADMIN, input: SaveBackupSettingsInput, output: BackupStatus, writes: true }),
  /**
   * Checks a listed backup and puts it in place at once (the archive is closed, swapped and reopened);
   * `applied: false` when another program has the folder open: then it is done at the next start.
   */
  'backup.restore': method({
    roles: OFFICE_ADMIN,
    input: z.object({ file: z.string().min(1).max(2000), passphrase: Passphrase.optional() }).strict(),
    output: z.object({ figures: BackupFigures, applied: z.boolean() }),
    writes: true,
  }),
};

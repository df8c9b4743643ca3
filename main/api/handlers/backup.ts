import { backupStatus, changeBackupSettings, listBackups, requestRestore, runBackup } from '../../core/backup/backup-service.js';
import type { HandlerMap } from '../handler-map.js';

type BackupMethod = 'backup.status' | 'backup.list' | 'backup.run' | 'backup.saveSettings' | 'backup.restore';

export const backupHandlers: HandlerMap<BackupMethod> = {
  'backup.status': (_input, ctx) => backupStatus(ctx.core),
  'backup.list': (_input, ctx) => listBackups(ctx.core),
  'backup.run': (input, ctx) => runBackup(ctx.core, 'manual', input.passphrase),
  'backup.saveSettings': (input, ctx) => changeBackupSettings(ctx.core, ctx.actor, input),
  'backup.restore': (input, ctx) => requestRestore(ctx.core, input.file, input.passphrase),
};

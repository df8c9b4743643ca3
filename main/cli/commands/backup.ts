import { join } from 'node:path';
import type { Command } from 'commander';
import type { BackupInfo } from '../../core/backup/backup-file.js';
import { dataOption } from '../data-option.js';
import { DEFAULT_TIME_ZONE, dateInZone, formatInstant } from '../../../shared/domain/office-time.js';
import { ask, passphrase } from '../prompt.js';

const mb = (bytes: number) => bytes / 1024 / 1024;

/** The lines that tell a user what a backup holds, before they decide to restore it. */
/** Times are in the office's zone (`timeZone`, read from the archive), never the zone of the PC running the command. */
export function describeBackup(info: BackupInfo, timeZone: string = DEFAULT_TIME_ZONE): string[] {
  const f = info.figures;
  return [
    `备份时间：${formatInstant(info.createdAt, timeZone)}${info.encrypted ? '（已加密）' : ''}`,
    `审查事项 ${f.matters} 件，文档 ${f.documents} 份，意见书 ${f.letters} 份，审计记录 ${f.auditEntries} 条`,
    `最近一份意见书：${f.lastLetterNumber ? `${f.lastLetterNumber}（${dateInZone(f.lastLetterIssuedAt!, timeZone)}）` : '无'}`,
  ];
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('备份档案：在线备份后打开副本校验（完整性、外键、行数），可加密（back up the archive）')
    .addOption(dataOption())
    .requiredOption('--out <file>', '备份文件路径（可在 U 盘或网络共享上）')
    .option('--encrypt', '用密码加密（AES-256-GCM；密码取自环境变量 REVIEW_DESK_BACKUP_PASSPHRASE 或现场输入）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { data: string; out: string; encrypt?: boolean; json?: boolean }) => {
      const secret = options.encrypt ? await passphrase('new') : undefined;
      // SQLite and the backup code load when the command runs, not for `--help` (issue 17).
      const [{ backupArchive }, { DATABASE_FILE }] = await Promise.all([import('../../core/backup/backup-file.js'), import('../../core/store/open-database.js')]);
      const result = await backupArchive(join(options.data, DATABASE_FILE), options.out, { passphrase: secret });
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(`✓ 备份完成并已校验：${result.file}`);
      for (const line of describeBackup(result, (await import('../../core/clock.js')).officeTimeZoneOfFile(join(options.data, DATABASE_FILE)))) console.log(`  ${line}`);
      const seconds = result.durationMs / 1000;
      console.log(`  大小 ${mb(result.bytes).toFixed(1)} MB，用时 ${seconds.toFixed(1)} 秒（${(mb(result.bytes) / Math.max(seconds, 0.001)).toFixed(1)} MB/s）`);
    });
}

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('从备份恢复档案（程序须已关闭；被替换的档案保留在 backups/ 中）')
    .addOption(dataOption())
    .requiredOption('--from <file>', '备份文件')
    .option('--yes', '不再询问，直接恢复（用于脚本）')
    .action(async (options: { data: string; from: string; yes?: boolean }) => {
      const [{ readBackupInfo }, { restoreArchive }, { DATABASE_FILE }] = await Promise.all([
        import('../../core/backup/backup-file.js'),
        import('../../core/backup/restore.js'),
        import('../../core/store/open-database.js'),
      ]);
      const info = readBackupInfo(options.from);
      console.log(`将用以下备份替换数据目录 ${options.data} 中的档案：`);
      for (const line of describeBackup(info, (await import('../../core/clock.js')).officeTimeZoneOfFile(join(options.data, DATABASE_FILE)))) console.log(`  ${line}`);
      if (!options.yes) {
        const answer = (await ask('确认恢复？当前档案会先另存到 backups/ 文件夹。输入“是”或 yes 继续：')).trim().toLowerCase();
        if (answer !== '是' && answer !== 'yes' && answer !== 'y') {
          console.log('已取消，未做任何改动。');
          return;
        }
      }
      const secret = info.encrypted ? await passphrase('existing') : undefined;
      const result = await restoreArchive(options.data, options.from, { passphrase: secret });
      console.log('✓ 恢复完成，备份已通过校验（完整性、外键）。');
      if (result.previous) console.log(`  原档案已另存为：${result.previous}`);
    });
}

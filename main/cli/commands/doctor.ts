import type { Command } from 'commander';
import type { DoctorReport } from '../../core/store/doctor.js';
import { dataOption } from '../data-option.js';

export type { DoctorReport };

/** The full health check of the archive in `dataDir` (see core/store/doctor.ts). */
export async function doctor(dataDir: string): Promise<DoctorReport> {
  // SQLite and the checks load when the command runs, not for `--help` (issue 17).
  return (await import('../../core/store/doctor.js')).runDoctor(dataDir);
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('档案体检：完整性、外键、文件 SHA-256、磁盘空间、预写日志（有问题时退出码为 1）')
    .addOption(dataOption())
    .option('--json', '以 JSON 输出')
    .action(async (options: { data: string; json?: boolean }) => {
      const report = await doctor(options.data);
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else console.log((await import('../../core/store/doctor.js')).formatDoctorReport(report).join('\n'));
      if (!report.ok) process.exitCode = 1;
    });
}

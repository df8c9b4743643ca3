import { join } from 'node:path';
import type { Command } from 'commander';
import { openCore } from '../../core/core.js';
import { dataDirWarnings } from '../../core/store/network-path.js';
import { DATABASE_FILE } from '../../core/store/open-database.js';
import { latestVersion, loadMigrations } from '../../core/store/migrations.js';
import { APP_VERSION } from '../../core/version.js';
import { dataOption } from '../data-option.js';
import { verifyAuditChain, type ChainReport } from '../../core/audit.js';

export interface DoctorReport {
  appVersion: string;
  node: string;
  sqlite: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  integrity: string;
  matters: number;
  /** The audit log's hash chain: the first entry that does not fit, if any. */
  auditChain: ChainReport;
  /** Problems with where the archive lives (network share, Windows roaming profile). */
  warnings: string[];
}

/** Opens (and if needed upgrades) the archive and reports its health. */
export async function doctor(dataDir: string): Promise<DoctorReport> {
  const core = await openCore(dataDir);
  try {
    const sqlite = (core.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    const integrity = core.db.pragma('integrity_check', { simple: true }) as string;
    const matters = (core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;
    return {
      appVersion: APP_VERSION,
      node: process.versions.node,
      sqlite,
      dataDir,
      databaseFile: join(dataDir, DATABASE_FILE),
      schemaVersion: core.schemaVersion(),
      latestSchemaVersion: latestVersion(loadMigrations()),
      integrity,
      matters,
      auditChain: verifyAuditChain(core.db),
      warnings: dataDirWarnings(dataDir),
    };
  } finally {
    core.close();
  }
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('检查运行环境与数据库（versions, data folder, schema version, integrity check）')
    .addOption(dataOption())
    .option('--json', '以 JSON 输出')
    .action(async (options: { data: string; json?: boolean }) => {
      const report = await doctor(options.data);
      if (!report.auditChain.ok) process.exitCode = 1;
      if (options.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      console.log(`合法性审查工作台 Review Desk ${report.appVersion}`);
      console.log(`Node.js ${report.node} · SQLite ${report.sqlite}`);
      console.log(`数据目录 data folder: ${report.dataDir}`);
      console.log(`数据库 database: ${report.databaseFile}`);
      console.log(`数据库版本 schema: ${report.schemaVersion}（最新 latest ${report.latestSchemaVersion}）`);
      console.log(`完整性检查 integrity: ${report.integrity === 'ok' ? '正常 ok' : report.integrity}`);
      console.log(`审查事项 matters: ${report.matters}`);
      const chain = report.auditChain;
      if (chain.ok) console.log(`审计日志 audit chain: 完整，共 ${chain.entries} 条，链头 ${chain.head?.slice(0, 16) ?? '（空）'}…`);
      else console.log(`审计日志 audit chain: 已被篡改——第 ${chain.firstBroken!.id} 条：${chain.firstBroken!.reason}`);
      for (const warning of report.warnings) console.log(`警告 warning: ${warning}`);
      if (report.integrity !== 'ok') process.exitCode = 1;
    });
}

import type { Command } from 'commander';

/**
 * Every `review-desk` command with a one-line summary and a loader for its module. A command's module
 * pulls in what it needs (SQLite, the document readers, exceljs, zod schemas…), which took 0.7–1.9 s
 * when all were loaded at start; now only the module of the command being run is loaded, and
 * `review-desk --help` loads none (issue 17: first output ≤ 0.3 s).
 *
 * To add a command: a line here (a test checks the summary against what the module registers, and that
 * every file in commands/ is listed).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<(program: Command) => void>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'serve',
    summary: '以浏览器模式启动；开启局域网模式后可在局域网地址上提供服务（serve the app for a browser）',
    load: async () => (await import('./commands/serve.js')).registerServe,
  },
  {
    name: 'doctor',
    summary: '档案体检：完整性、外键、文件 SHA-256、磁盘空间、预写日志（有问题时退出码为 1）',
    load: async () => (await import('./commands/doctor.js')).registerDoctor,
  },
  {
    name: 'compact',
    summary: '整理档案：压缩旧的原始文件和阅读视图、合并索引并重写文件以释放空间（程序须已关闭）',
    load: async () => (await import('./commands/compact.js')).registerCompact,
  },
  {
    name: 'import',
    summary: '批量导入文件，每个文件登记为一个审查事项（import files, one new matter per file）',
    load: async () => (await import('./commands/import.js')).registerImport,
  },
  {
    name: 'search',
    summary: '全文检索事项标题与文档内容（full-text search）',
    load: async () => (await import('./commands/search.js')).registerSearch,
  },
  {
    name: 'letter',
    summary: '输出审查事项的意见书 DOCX（write a matter’s opinion letter）',
    load: async () => (await import('./commands/letter.js')).registerLetter,
  },
  {
    name: 'annotate',
    summary: '导出带批注的送审稿（annotated original with Word comments）',
    load: async () => (await import('./commands/letter.js')).registerAnnotate,
  },
  {
    name: 'check',
    summary: '对文件运行自动预检（run the automatic pre-checks on files）',
    load: async () => (await import('./commands/check.js')).registerCheck,
  },
  {
    name: 'stats',
    summary: '统计一段时间内的审查工作并生成年度报告段落（statistics of a period）',
    load: async () => (await import('./commands/stats.js')).registerStats,
  },
  {
    name: 'ledger',
    summary: '导出审查台账（export the ledger as XLSX, or CSV with --csv）',
    load: async () => (await import('./commands/ledger.js')).registerLedger,
  },
  {
    name: 'users',
    summary: '账号管理（accounts）',
    load: async () => (await import('./commands/users.js')).registerUsers,
  },
  {
    name: 'selftest',
    summary: '在随程序提供的真实文件测试集上运行预检规则，输出每条规则的精确率和召回率（rules self-test）',
    load: async () => (await import('./commands/selftest.js')).registerSelftest,
  },
  {
    name: 'package',
    summary: '交换包：在不联网的单位之间收发审查事项（exchange packages）',
    load: async () => (await import('./commands/exchange.js')).registerExchange,
  },
  {
    name: 'office',
    summary: '本单位身份、密钥和信任列表（office identity and trust）',
    load: async () => (await import('./commands/exchange.js')).registerExchange,
  },
  {
    name: 'backup',
    summary: '备份档案：在线备份后打开副本校验（完整性、外键、行数），可加密（back up the archive）',
    load: async () => (await import('./commands/backup.js')).registerBackup,
  },
  {
    name: 'restore',
    summary: '从备份恢复档案（程序须已关闭；被替换的档案保留在 backups/ 中）',
    load: async () => (await import('./commands/backup.js')).registerRestore,
  },
  {
    name: 'law',
    summary: '法规库：查看条文、检索、导入新快照（statute library）',
    load: async () => (await import('./commands/law.js')).registerLaw,
  },
];

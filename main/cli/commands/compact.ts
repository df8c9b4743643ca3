import type { Command } from 'commander';
import type { CompactProgress, CompactReport } from '../../core/store/compact.js';
import { dataOption } from '../data-option.js';

const STEP_ZH: Record<CompactProgress['step'], string> = {
  originals: '压缩原始文件',
  html: '压缩阅读视图',
  index: '合并全文索引',
  rewrite: '重写档案文件',
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Opens the archive (upgrading it if needed) and compacts it (core/store/compact.ts). */
export async function runCompact(dataDir: string, onProgress: (p: CompactProgress) => void = () => {}): Promise<CompactReport> {
  // Loaded when the command runs: SQLite and the core stay out of every other command's start-up (issue 17).
  const [{ openCore }, { compactArchive }] = await Promise.all([import('../../core/core.js'), import('../../core/store/compact.js')]);
  const core = await openCore(dataDir);
  try {
    return compactArchive(core.db, core.dataDir, { onProgress });
  } finally {
    core.close();
  }
}

export function registerCompact(program: Command): void {
  program
    .command('compact')
    .description('整理档案：压缩旧的原始文件和阅读视图、合并索引并重写文件以释放空间（程序须已关闭）')
    .addOption(dataOption())
    .option('--json', '以 JSON 输出')
    .action(async (options: { data: string; json?: boolean }) => {
      const report = await runCompact(options.data, (p) => {
        if (!options.json && (p.done === p.total || p.done % 500 === 0)) process.stderr.write(`${STEP_ZH[p.step]}：${p.done}/${p.total}\n`);
      });
      if (options.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      console.log(`整理完成：${mb(report.bytesBefore)} → ${mb(report.bytesAfter)}；压缩原始文件 ${report.originalsCompressed} 个、阅读视图 ${report.htmlCompressed} 份；页大小 ${report.pageSizeBefore} → ${report.pageSizeAfter} 字节。`);
    });
}

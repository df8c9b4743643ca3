import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { MATTER_TYPE_ZH, SEVERITY_ZH } from '../../../shared/domain/labels-zh.js';
import { dataOption } from '../data-option.js';

interface StatsOptions {
  data: string;
  from: string;
  to: string;
  json?: boolean;
  out?: string;
}

/** `review-desk stats`: the figures of a period and the annual-report paragraph; optionally the report file. */
export async function runStats(options: StatsOptions): Promise<void> {
  // Loaded when the command runs: the archive, and docx/exceljs only when a report file is asked for.
  const [{ plainStatsPeriod, schemaStatsPeriod }, { openCore }, { computeStatistics }, { oneDecimal }] = await Promise.all([
    import('../stats-period.js'),
    import('../../core/core.js'),
    import('../../core/reports/statistics.js'),
    import('../../core/reports/annual-paragraph.js'),
  ]);
  // Checked without the contract's schema when plainly valid; otherwise by it, which words the refusal.
  const period = plainStatsPeriod(options.from, options.to) ?? (await schemaStatsPeriod(options.from, options.to));
  const core = await openCore(options.data);
  try {
    const stats = computeStatistics(core.db, period);
    if (options.out) {
      const { statisticsDocx, statisticsXlsx } = await import('../../core/reports/stats-export.js');
      const bytes = /\.xlsx$/i.test(options.out) ? await statisticsXlsx(stats) : await statisticsDocx(stats);
      writeFileSync(options.out, bytes);
    }
    if (options.json) {
      console.log(JSON.stringify(stats, null, 2));
      return;
    }
    console.log(`合法性审查统计 ${stats.periodZh}（收件日期 ${stats.from} 至 ${stats.to}）`);
    console.log(`审查事项 ${stats.total} 件（村级重大事项 ${stats.village} 件；撤回 ${stats.withdrawn} 件未计入）`);
    for (const t of stats.byType) if (t.count > 0) console.log(`  ${MATTER_TYPE_ZH[t.type]}：${t.count}`);
    console.log(`审查意见 ${stats.opinions.total} 条：${stats.opinions.bySeverity.map((s) => `${SEVERITY_ZH[s.severity]} ${s.count}`).join('，')}`);
    const a = stats.adoption;
    console.log(`采纳 ${a.adopted}，部分采纳 ${a.partlyAdopted}，未采纳 ${a.notAdopted}，未反馈 ${a.pending}；采纳率 ${a.rate === null ? '—' : `${oneDecimal(a.rate * 100)}%`}`);
    const t = stats.turnaround;
    console.log(
      `已出具意见 ${t.completed} 件，平均用时 ${t.averageWorkingDays === null ? '—' : oneDecimal(t.averageWorkingDays)} 个工作日，超期办结 ${t.overdue} 件，在办超期 ${t.openOverdue} 件`,
    );
    console.log('');
    console.log(stats.paragraph);
    if (options.out) console.log(`\n统计报告已保存：${options.out}`);
  } finally {
    core.close();
  }
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('统计一段时间内的审查工作并生成年度报告段落（statistics of a period）')
    .addOption(dataOption())
    .requiredOption('--from <date>', '起始收件日期 YYYY-MM-DD')
    .requiredOption('--to <date>', '截止收件日期 YYYY-MM-DD')
    .option('--json', '以 JSON 输出')
    .option('--out <file>', '另存统计报告（.docx 或 .xlsx）')
    .action(runStats);
}

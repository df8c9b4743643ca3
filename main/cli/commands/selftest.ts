import type { Command } from 'commander';
import { SEVERITY_ZH } from '../../../shared/domain/labels-zh.js';
import type { SelftestReport } from '../../../shared/domain/rules-quality.js';
import type { Rule } from '../../core/rules/types.js';

const pct = (x: number | null) => (x === null ? '  —  ' : x.toFixed(2).padStart(5));

/** One table: one line per main rule, then the overall and noise figures. */
function formatTable(report: Omit<SelftestReport, 'parts'>, heading: string, rules: readonly Rule[]): string[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines = [heading, `规则                                      级别      文件  命中 误报 漏报  精确率 召回率`];
  for (const r of report.rules) {
    const rule = byId.get(r.rule);
    const name = `${rule?.title ?? r.rule}（${r.rule}）`;
    lines.push(
      `${name.padEnd(40)}  ${(rule ? SEVERITY_ZH[rule.severity] : '').padEnd(6)} ${String(r.documents).padStart(4)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.precision)}  ${pct(r.recall)}`,
    );
  }
  const o = report.overall;
  lines.push(`合计（14条主要规则）                                    ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}  ${pct(o.precision)}  ${pct(o.recall)}`);
  const b = report.blankFindings;
  lines.push(`空白提示逐条：真实空白 ${b.tp}，误报 ${b.fp}，精确率 ${pct(b.precision).trim()}`);
  lines.push(`标注位置找到 ${report.places.found}/${report.places.total}；落在标注为噪声处的提示 ${report.noiseHits} 条`);
  lines.push(`规范起草的文件 ${report.clean.documents} 份：每份“必须修改/建议修改”提示最多 ${report.clean.maxFindings} 条，超过 2 条的 ${report.clean.over2} 份`);
  lines.push(`用时 ${report.elapsedMs} 毫秒`);
  return lines;
}

/** The human-readable report: each labelling round on its own, then all of them together. */
export function formatSelftest(report: SelftestReport, rules: readonly Rule[]): string {
  const lines: string[] = [];
  for (const p of report.parts ?? []) lines.push(...formatTable(p, `【${p.source}】`, rules), '');
  lines.push(...formatTable(report, `【合计】预检规则自测：${report.source}`, rules));
  return lines.join('\n');
}

export function registerSelftest(program: Command): void {
  program
    .command('selftest')
    .description('在随程序提供的真实文件测试集上运行预检规则，输出每条规则的精确率和召回率（rules self-test）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      // The rules engine and the shipped test set load when the command runs, not for `selftest --help` (issue 17).
      const [{ RULES }, { loadTestPart, runSelftest }] = await Promise.all([import('../../core/rules/index.js'), import('../../core/rules/selftest/shipped.js')]);
      const report = runSelftest(loadTestPart());
      console.log(options.json ? JSON.stringify(report, null, 2) : formatSelftest(report, RULES));
    });
}

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { Finding } from '../../../shared/domain/finding.js';
import { SEVERITY_ZH, MATTER_TYPE_ZH } from '../../../shared/domain/labels-zh.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../../shared/domain/matter-vocabulary.js';
import { isAppError } from '../../core/errors.js';

export type CheckReport =
  | { file: string; type: MatterType; typeGuessed: boolean; typeReason?: string; findings: Omit<Finding, never>[] }
  | { file: string; error: { code: string; message: string } };

/** Reads one file and runs the pre-checks on it; a file that cannot be read is reported, not thrown. */
export async function checkFile(file: string, type?: MatterType): Promise<CheckReport> {
  try {
    // The document readers (mammoth, pdf.js, word-extractor) and the rules load when a file is checked (issue 17).
    const [{ extractFile }, { DEFAULT_LIMITS }, { guessMatterType, runChecks }] = await Promise.all([
      import('../../core/documents/extract.js'),
      import('../../core/documents/limits.js'),
      import('../../core/rules/index.js'),
    ]);
    const { blocks } = await extractFile(basename(file), readFileSync(file), DEFAULT_LIMITS);
    const title = basename(file).replace(/\.[^.]+$/, '');
    const guess = type ? null : guessMatterType(blocks, title);
    const chosen = type ?? guess!.type;
    return {
      file,
      type: chosen,
      typeGuessed: guess !== null,
      ...(guess ? { typeReason: guess.reason } : {}),
      findings: runChecks({ blocks, type: chosen, title }),
    };
  } catch (e) {
    const error = isAppError(e)
      ? { code: e.code, message: e.message }
      : { code: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file.not-found' : 'file.unreadable', message: `无法读取文件：${(e as Error).message}` };
    return { file, error };
  }
}

/** The excerpt with the words that triggered the finding in 【】 (the excerpt is the whole clause). */
export function marked(f: Pick<Finding, 'excerpt' | 'start' | 'trigger'>): string {
  if (!f.trigger) return f.excerpt;
  const a = f.trigger.start - f.start;
  const b = f.trigger.end - f.start;
  return `${f.excerpt.slice(0, a)}【${f.excerpt.slice(a, b)}】${f.excerpt.slice(b)}`;
}

function printHuman(report: CheckReport): void {
  if ('error' in report) {
    console.log(`✗ ${report.file}：${report.error.message}`);
    return;
  }
  const how = report.typeGuessed ? `（未指定类型，按文本判断为“${MATTER_TYPE_ZH[report.type]}”：${report.typeReason}）` : '';
  console.log(`■ ${report.file} — ${MATTER_TYPE_ZH[report.type]}${how}，发现 ${report.findings.length} 处问题`);
  for (const f of report.findings) {
    console.log(`  [${SEVERITY_ZH[f.severity]}] 第${f.paragraph + 1}段 ${f.start}–${f.end}「${marked(f)}」 ${f.message}`);
    console.log(`      依据：${f.basis}`);
  }
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('对文件运行自动预检（run the automatic pre-checks on files）')
    .argument('<files...>', 'DOCX / PDF / TXT 文件')
    .addOption(new Option('--type <type>', '事项类型（不指定则按文本判断）').choices([...MATTER_TYPES]))
    .option('--json', '以 JSON 输出，每个文件一行')
    .action(async (files: string[], options: { type?: MatterType; json?: boolean }) => {
      let unreadable = 0;
      for (const file of files) {
        const report = await checkFile(file, options.type);
        if ('error' in report) unreadable++;
        if (options.json) {
          const out =
            'error' in report
              ? report
              : {
                  file: report.file,
                  type: report.type,
                  ...(report.typeGuessed ? { typeGuessed: true, typeReason: report.typeReason } : {}),
                  findings: report.findings.map((f) => ({
                    rule: f.rule,
                    severity: f.severity,
                    message: f.message,
                    paragraph: f.paragraph,
                    start: f.start,
                    end: f.end,
                    excerpt: f.excerpt,
                    basis: f.basis,
                    suggestion: f.suggestion,
                  })),
                };
          console.log(JSON.stringify(out));
        } else {
          printHuman(report);
        }
      }
      // Exit 0 when every file was read (whatever it contains), 2 when one could not be.
      process.exitCode = unreadable > 0 ? 2 : 0;
    });
}

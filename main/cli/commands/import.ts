import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { MatterType } from '../../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../../shared/domain/matter-vocabulary.js';
import type { BatchItem } from '../../core/documents/batch-import.js';
import { cleanDisplayText } from '../../core/documents/clean-name.js';
import { AppError, isAppError } from '../../core/errors.js';
import { dataOption } from '../data-option.js';
import { asOption, closeStdin } from '../acting-account.js';
import type { CliActor } from '../cli-actor.js';

/** Matters registered by a batch import need a type; 合同协议 is the commonest kind of review. */
export const DEFAULT_IMPORT_TYPE: MatterType = 'contract';
export const DEFAULT_UNIT = '未填写';

export type ImportFileReport =
  | { file: string; ok: true; duplicate: boolean; matterId: number; serial: string; documentId: number }
  | { file: string; ok: false; code: string; message: string };

export interface ImportCommandOptions {
  data: string;
  type: MatterType;
  unit: string;
  json?: boolean;
  allowDuplicates?: boolean;
  maxFileMb?: string;
  as?: string;
}

/**
 * Files named on the command line, and folders walked recursively (skipping hidden and Office lock
 * files). Paths that do not exist are returned separately, to be reported like refused files.
 */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string, named: boolean) => {
    const name = basename(path);
    if (!named && (name.startsWith('.') || name.startsWith('~$'))) return;
    if (!existsSync(path)) {
      missing.push(path);
      return;
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), false);
    } else if (stat.isFile()) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path, true);
  return { files, missing };
}

function readFileBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new AppError('file.unreadable', `无法读取文件“${file}”：${(e as Error).message}`);
  }
}

/** The matter's title: the cleaned file name without extension (see clean-name.ts). */
function titleOf(file: string): string {
  return cleanDisplayText(basename(file, extname(file))).slice(0, 200);
}

export interface ImportRun {
  reports: ImportFileReport[];
  /** Why the batch ended early (Ctrl+C, a full disk, an unexpected error), in Chinese; null when it finished. */
  stopped: string | null;
}

/**
 * Registers one matter per file and imports the file, each file in its own transaction, never stopping
 * at a refused file (a bad name included). Each file's report goes to `onReport` as soon as it is done.
 * Ctrl+C (the signal) stops before the next file; a full disk or an unexpected error stops the batch too;
 * either way the files already imported stay imported and are reported.
 */
export async function runImport(
  paths: string[],
  options: ImportCommandOptions,
  hooks: { onReport?: (report: ImportFileReport) => void; signal?: AbortSignal } = {},
): Promise<ImportRun> {
  const { files, missing } = collectFiles(paths);
  // A placeholder until the archive is open: the day of receipt is the office clock's (see below).
  const receivedOn = '2000-01-01';
  const reports: ImportFileReport[] = [];
  const report = (r: ImportFileReport) => {
    reports.push(r);
    hooks.onReport?.(r);
  };
  for (const file of missing) report({ file, ok: false, code: 'file.not-found', message: `找不到文件或文件夹“${file}”。` });
  const items: (BatchItem & { path: string })[] = [];
  // The matter schema (zod) loads with the work, not for `import --help` (issue 17).
  const { CreateMatterInput } = await import('../../../shared/contract/matters.js');
  for (const file of files) {
    const matter = CreateMatterInput.safeParse({ type: options.type, title: titleOf(file), submittingUnit: options.unit, receivedOn });
    if (!matter.success) {
      report({ file, ok: false, code: 'file.bad-name', message: '文件名为空或无法用作事项标题，请改名后再导入。' });
      continue;
    }
    items.push({ path: file, fileName: basename(file), read: () => readFileBytes(file), matter: matter.data });
  }
  // The archive, the document readers and the extraction worker load once there is work (issue 17).
  const [{ openCore }, { importBatchAsMatters, STOPS_BATCH }, { stopExtractionWorker }, { storeErrorOf }, { assertMayCall, cliActor }] = await Promise.all([
    import('../../core/core.js'),
    import('../../core/documents/batch-import.js'),
    import('../../core/documents/extract-pool.js'),
    import('../../core/store/write-transaction.js'),
    import('../cli-actor.js'),
  ]);
  const core = await openCore(options.data);
  let acting: CliActor;
  try {
    acting = await cliActor(core, options, true);
    assertMayCall(acting.ctx, 'documents.importAsMatter');
  } catch (e) {
    core.close();
    throw e;
  } finally {
    closeStdin();
  }
  const actor = acting.ctx.actor;
  // Received today by the office's clock (its time-zone setting), not the PC's date (issue 20: one clock).
  for (const item of items) item.matter.receivedOn = acting.ctx.today;
  const maxFileMb = options.maxFileMb === undefined ? undefined : Number(options.maxFileMb);
  const limits = maxFileMb && maxFileMb > 0 ? { maxFileBytes: Math.floor(maxFileMb * 1024 * 1024) } : {};
  let stopped: string | null = null;
  try {
    const outcomes = await importBatchAsMatters(core.db, actor, items, {
      skipIfKnown: !options.allowDuplicates,
      limits,
      signal: hooks.signal,
      onResult: (outcome) => {
        const file = (outcome.item as BatchItem & { path: string }).path;
        report(
          outcome.ok
            ? {
                file,
                ok: true,
                duplicate: outcome.result.duplicate,
                matterId: outcome.result.matter.id,
                serial: outcome.result.matter.serial,
                documentId: outcome.result.document.id,
              }
            : { file, ok: false, code: outcome.error.code, message: outcome.error.message },
        );
      },
    });
    const last = outcomes.at(-1);
    if (last && !last.ok && STOPS_BATCH.has(last.error.code)) stopped = last.error.message;
    else if (hooks.signal?.aborted) stopped = '已按 Ctrl+C 停止导入。';
  } catch (e) {
    const mapped = storeErrorOf(e);
    stopped = `导入意外中断：${isAppError(mapped) ? mapped.message : (mapped as Error).message}`;
  } finally {
    acting.done();
    await stopExtractionWorker();
    core.close();
  }
  return { reports, stopped };
}

/** One line per file, printed as each file is done. */
function printLine(r: ImportFileReport): void {
  if (r.ok && r.duplicate) console.log(`＝ ${r.file}：已在档案中（审查事项 ${r.serial}，文档 #${r.documentId}），未重复登记`);
  else if (r.ok) console.log(`✓ ${r.file} → 审查事项 ${r.serial}（文档 #${r.documentId}）`);
  else console.log(`✗ ${r.file}：${r.message}（${r.code}）`);
}

function printSummary({ reports, stopped }: ImportRun, total: number): void {
  const failed = reports.filter((r): r is Extract<ImportFileReport, { ok: false }> => !r.ok);
  const imported = reports.filter((r) => r.ok && !r.duplicate);
  const duplicates = reports.filter((r) => r.ok && r.duplicate).length;
  if (stopped) {
    console.log(stopped);
    console.log(`已处理 ${reports.length} / ${total} 个文件：导入 ${imported.length} 个，已存在 ${duplicates} 个，未导入 ${failed.length} 个；其余文件未处理。`);
    if (imported.length > 0) {
      console.log('已导入的审查事项：');
      for (const r of imported) if (r.ok) console.log(`  ${r.serial}  ${r.file}`);
    }
    return;
  }
  console.log(`共 ${reports.length} 个文件：导入 ${imported.length} 个，已存在 ${duplicates} 个，未导入 ${failed.length} 个。`);
  if (failed.length > 0) {
    console.log('未导入的文件及原因：');
    for (const r of failed) console.log(`✗ ${r.file}：${r.message}（${r.code}）`);
  }
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('批量导入文件，每个文件登记为一个审查事项（import files, one new matter per file）')
    .addOption(dataOption())
    .addOption(asOption())
    .addOption(
      new Option('--type <type>', `事项类型（默认 ${DEFAULT_IMPORT_TYPE} 合同协议）`)
        .choices([...MATTER_TYPES])
        .default(DEFAULT_IMPORT_TYPE),
    )
    .option('--unit <unit>', '送审单位', DEFAULT_UNIT)
    .option('--max-file-mb <mb>', '单个文件大小上限（MB，默认 50 或办公室设置）')
    .option('--allow-duplicates', '已在档案中的文件也登记新事项')
    .option('--json', '每处理完一个文件输出一行 JSON（JSON Lines），最后一行为汇总')
    .argument('<paths...>', '文件或文件夹')
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const abort = new AbortController();
      const onSigint = () => {
        if (abort.signal.aborted) process.exit(130); // a second Ctrl+C: leave at once
        abort.abort();
        console.error('正在停止：当前文件处理完后停止（再按一次 Ctrl+C 立即退出）……');
      };
      process.on('SIGINT', onSigint);
      const total = collectFiles(paths);
      const totalCount = total.files.length + total.missing.length;
      const run = await runImport(paths, options, {
        signal: abort.signal,
        onReport: (r) => (options.json ? console.log(JSON.stringify(r)) : printLine(r)),
      });
      process.off('SIGINT', onSigint);
      if (options.json) {
        const imported = run.reports.filter((r) => r.ok && !r.duplicate).length;
        console.log(JSON.stringify({ summary: true, total: totalCount, processed: run.reports.length, imported, stopped: run.stopped }));
      } else {
        printSummary(run, totalCount);
      }
      if (run.stopped) process.exitCode = abort.signal.aborted ? 130 : 1;
    });
}

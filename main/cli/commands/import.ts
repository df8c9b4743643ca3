import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import { openCore } from '../../core/core.js';
import { importBatchAsMatters, type BatchItem } from '../../core/documents/batch-import.js';
import { stopExtractionWorker } from '../../core/documents/extract-pool.js';
import { AppError } from '../../core/errors.js';
import { dataOption } from '../data-option.js';
import { asOption, assertMayCall, cliActor, closeStdin, type CliActor } from '../acting-account.js';

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

/** Today in the machine's local time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function titleOf(file: string): string {
  const stem = basename(file, extname(file)).trim();
  return (stem === '' ? basename(file) : stem).slice(0, 200);
}

/**
 * Registers one matter per file and imports the file, each file in its own transaction, never stopping
 * at a refused file. Refusals (AppError) are reported; anything else is a real failure and propagates.
 * Matter titles come from the file names; a title the schema refuses fails the whole command early.
 */
export async function runImport(paths: string[], options: ImportCommandOptions): Promise<ImportFileReport[]> {
  const { files, missing } = collectFiles(paths);
  const receivedOn = localToday();
  const items: BatchItem[] = files.map((file) => ({
    fileName: basename(file),
    read: () => readFileBytes(file),
    matter: CreateMatterInput.parse({ type: options.type, title: titleOf(file), submittingUnit: options.unit, receivedOn }),
  }));
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
  const maxFileMb = options.maxFileMb === undefined ? undefined : Number(options.maxFileMb);
  const limits = maxFileMb && maxFileMb > 0 ? { maxFileBytes: Math.floor(maxFileMb * 1024 * 1024) } : {};
  const reports: ImportFileReport[] = missing.map((file) => ({
    file,
    ok: false,
    code: 'file.not-found',
    message: `找不到文件或文件夹“${file}”。`,
  }));
  try {
    const outcomes = await importBatchAsMatters(core.db, actor, items, { skipIfKnown: !options.allowDuplicates, limits });
    outcomes.forEach((outcome, i) => {
      const file = files[i]!;
      reports.push(
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
    });
  } finally {
    acting.done();
    await stopExtractionWorker();
    core.close();
  }
  return reports;
}

function printHuman(reports: ImportFileReport[]): void {
  for (const r of reports) {
    if (r.ok && r.duplicate) console.log(`＝ ${r.file}：已在档案中（审查事项 ${r.serial}，文档 #${r.documentId}），未重复登记`);
    else if (r.ok) console.log(`✓ ${r.file} → 审查事项 ${r.serial}（文档 #${r.documentId}）`);
  }
  const failed = reports.filter((r): r is Extract<ImportFileReport, { ok: false }> => !r.ok);
  const imported = reports.filter((r) => r.ok && !r.duplicate).length;
  const duplicates = reports.filter((r) => r.ok && r.duplicate).length;
  console.log(`共 ${reports.length} 个文件：导入 ${imported} 个，已存在 ${duplicates} 个，未导入 ${failed.length} 个。`);
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
    .option('--json', '以 JSON 输出每个文件的结果')
    .argument('<paths...>', '文件或文件夹')
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const reports = await runImport(paths, options);
      if (options.json) console.log(JSON.stringify(reports, null, 2));
      else printHuman(reports);
    });
}

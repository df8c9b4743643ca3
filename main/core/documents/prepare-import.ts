import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { DocumentRole } from '../../../shared/contract/documents.js';
import type { Finding } from '../../../shared/domain/finding.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { AppError } from '../errors.js';
import { computeFindings, readCheckOptions } from '../findings/finding-service.js';
import * as store from './document-store.js';
import { extractFile, type ExtractedDocument } from './extract.js';
import { prepareInWorker, type ExtractionHooks } from './extract-pool.js';
import { prepareWork, sameCheckTarget, type CheckTarget, type PreparedWork } from './prepare-work.js';
import type { SearchPart } from './search-parts.js';
import { cleanDisplayText } from './clean-name.js';
import { storedExtraction } from './stored-extraction.js';
import { classifyFile } from './file-kind.js';
import { resolveLimits, type ImportLimits } from './limits.js';
import { readImportedExtraction } from './text-versions.js';

/** The first half of an import: checks, extraction and CPU work, before (and without) any write. */

export interface ImportFile {
  fileName: string;
  bytes: Buffer;
}

export interface ImportDocumentInput extends ImportFile {
  matterId: number;
  role: DocumentRole;
  /** Omitted: the next version for this matter and role. */
  version?: number;
}

export interface ImportOptions {
  /** Overrides of the size caps (tests, the CLI); the office setting applies otherwise. */
  limits?: Partial<ImportLimits>;
  /** Extract in the calling thread instead of the worker (tests, benchmarks). */
  inline?: boolean;
  /** Page progress and cancel of a long extraction (OCR). */
  hooks?: ExtractionHooks;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Only the last path component, cleaned of control, bidi-override and zero-width characters (see
 * clean-name.ts); the name is shown and exported again. A name with nothing left is refused.
 */
function cleanFileName(name: string): string {
  const clean = cleanDisplayText(basename(name.replaceAll('\\', '/')));
  if (clean === '' || /^\.[^.]*$/.test(clean)) throw new AppError('document.bad-name', '文件名为空或只有扩展名，请改名后再导入。');
  return clean.length > 255 ? clean.slice(0, 255) : clean;
}

/** A file checked and extracted, ready to be stored; holding one writes nothing. */
export interface PreparedImport {
  fileName: string;
  sha256: string;
  bytes: Buffer;
  extracted: ExtractedDocument;
  /** The search index text in parts (search-parts.ts), made here so the write transactions only insert it. */
  parts: SearchPart[];
  /** The pre-checks' findings, when the matter was known at preparation (`checkFor`). */
  findings: Finding[] | null;
  checkedFor: CheckTarget | null;
}

export interface PrepareOptions extends ImportOptions {
  /** The matter the file is for, so the pre-checks run with the extraction (off the main thread). */
  checkFor?: { type: MatterType; title: string };
}

/**
 * Validation, extraction, search tokens and pre-checks, before any transaction and (unless `inline`)
 * in the worker thread: a refusal (AppError) leaves the archive untouched. Bytes already in the archive
 * under the same format reuse the stored extraction.
 */
export async function prepareImport(db: Database.Database, file: ImportFile, options: PrepareOptions = {}): Promise<PreparedImport> {
  const fileName = cleanFileName(file.fileName);
  const limits = resolveLimits(db, options.limits);
  const format = classifyFile(fileName, file.bytes, limits);
  const sha256 = sha256Hex(file.bytes);
  const check = options.checkFor ? { ...options.checkFor, options: readCheckOptions(db) } : null;
  const known = store.findFirstBySha(db, sha256);
  const reusable = known && known.format === format ? known.id : null;
  const hooks = options.hooks ?? {};
  let result: { extracted: ExtractedDocument; work: PreparedWork };
  if (options.inline) {
    const extracted =
      (reusable !== null ? readImportedExtraction(db, reusable) : null) ??
      (await extractFile(fileName, file.bytes, limits, { onProgress: hooks.onProgress, isCancelled: () => hooks.signal?.aborted ?? false }));
    result = { extracted, work: prepareWork(extracted, check) };
  } else {
    // A stored extraction goes to the worker a page per message, never whole (stored-extraction.ts).
    const source = reusable !== null ? { reuse: storedExtraction(db, reusable) } : { bytes: file.bytes };
    result = await prepareInWorker(fileName, source, limits, check, hooks);
  }
  return { fileName, sha256, bytes: file.bytes, extracted: result.extracted, ...result.work };
}

/** The findings for this matter: those made in the worker when they were made for it, else computed now. */
export function findingsFor(db: Database.Database, ready: PreparedImport, matter: { type: MatterType; title: string }): Finding[] {
  const target = { type: matter.type, title: matter.title, options: readCheckOptions(db) };
  if (ready.findings && sameCheckTarget(ready.checkedFor, target)) return ready.findings;
  return computeFindings(db, ready.extracted.blocks, matter);
}

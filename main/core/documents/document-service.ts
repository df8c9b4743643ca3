import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  DocumentDetail,
  DocumentRole,
  DocumentSummary,
  ImportAsMatterResult,
  ImportDocumentResult,
} from '../../../shared/contract/documents.js';
import type { CreateMatterInput, Matter } from '../../../shared/contract/matters.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { recordAudit } from '../audit.js';
import { computeFindings, readCheckOptions, storeFindings } from '../findings/finding-service.js';
import { AppError } from '../errors.js';
import { createMatter, getMatter } from '../matters/matter-service.js';
import { flushPendingMatters, indexDocument, publishStagedParts } from '../search/search-index.js';
import type { Finding } from '../../../shared/domain/finding.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { prepared as prepared_ } from '../store/statements.js';
import * as store from './document-store.js';
import { extractFile, type ExtractedDocument } from './extract.js';
import { prepareInWorker } from './extract-pool.js';
import { prepareWork, sameCheckTarget, type CheckTarget, type PreparedWork, type SearchPart } from './prepare-work.js';
import { discardImport, stageDocument, type StagedImport } from './staged-import.js';
import { cleanDisplayText } from './clean-name.js';
import { classifyFile } from './file-kind.js';
import { resolveLimits, type ImportLimits } from './limits.js';
import { writeTransaction } from '../store/write-transaction.js';

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
  /** The search index text in parts (prepare-work.ts), made here so the write transactions only insert it. */
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
  const reuse = known && known.format === format ? store.readExtraction(db, known.id) : null;
  let result: { extracted: ExtractedDocument; work: PreparedWork };
  if (options.inline) {
    const extracted = reuse ?? (await extractFile(fileName, file.bytes, limits));
    result = { extracted, work: prepareWork(extracted, check) };
  } else {
    result = await prepareInWorker(fileName, reuse ? { reuse } : { bytes: file.bytes }, limits, check);
  }
  return { fileName, sha256, bytes: file.bytes, extracted: result.extracted, ...result.work };
}

/** The findings for this matter: those made in the worker when they were made for it, else computed now. */
function findingsFor(db: Database.Database, ready: PreparedImport, matter: { type: MatterType; title: string }): Finding[] {
  const target = { type: matter.type, title: matter.title, options: readCheckOptions(db) };
  if (ready.findings && sameCheckTarget(ready.checkedFor, target)) return ready.findings;
  return computeFindings(db, ready.extracted.blocks, matter);
}

/**
 * Inside a transaction: blob, document row, blocks, search index, findings, audit. The CPU work (search
 * tokens, pre-checks) was done before the transaction. For a document written in steps (`staged`), the
 * bytes, blocks and search rows are already there: this registers the row and publishes them.
 */
function storeDocument(
  db: Database.Database,
  actor: string,
  matterId: number,
  role: DocumentRole,
  requestedVersion: number | undefined,
  prepared: PreparedImport,
  findings: Finding[],
  staged: StagedImport | null,
): { document: DocumentSummary; blobReused: boolean } {
  const { bytes } = prepared;
  let version = requestedVersion;
  if (version === undefined) version = store.nextVersion(db, matterId, role);
  else if (store.versionTaken(db, matterId, role, version)) {
    throw new AppError('document.version-taken', `该事项已有第 ${version} 版，请选择其他版本号。`);
  }
  const blobReused = staged ? stagedBlobReused(db, staged) : store.storeBlob(db, prepared.sha256, bytes);
  const newDocument = {
    matterId,
    role,
    version,
    fileName: prepared.fileName,
    size: bytes.length,
    sha256: prepared.sha256,
    extracted: prepared.extracted,
    actor,
  };
  const id = store.insertDocument(db, newDocument, staged?.documentId);
  if (staged) {
    publishStagedParts(db, staged.importId, matterId, id);
    prepared_(db, 'DELETE FROM document_imports WHERE id = ?').run(staged.importId);
  } else {
    indexDocument(db, id, matterId, prepared.parts.map((p) => p.body));
  }
  // The pre-checks' findings are stored with the import, in its transaction: a document is never stored without them.
  storeFindings(db, id, matterId, prepared.extracted.blocks, findings);
  const document = store.requireDocument(db, id);
  recordAudit(db, { actor, action: 'document.import', entity: 'document', entityId: id, after: { ...document, blobReused } });
  return { document, blobReused };
}

function stagedBlobReused(db: Database.Database, staged: StagedImport): boolean {
  const row = prepared_(db, 'SELECT blob_sha256 FROM document_imports WHERE id = ?').get(staged.importId) as { blob_sha256: string | null } | undefined;
  if (!row) throw new AppError('document.import-lost', '导入过程中断，请重新导入该文件。');
  return row.blob_sha256 === null;
}

function recordDuplicate(db: Database.Database, actor: string, existing: DocumentSummary, fileName: string): void {
  recordAudit(db, {
    actor,
    action: 'document.duplicate',
    entity: 'document',
    entityId: existing.id,
    after: { receivedAgainAs: fileName, sha256: existing.sha256 },
  });
}

/** A prepared file large enough to be written in steps (more than one part), outside any transaction. */
function writesInSteps(db: Database.Database, ready: PreparedImport): boolean {
  return ready.parts.length > 1 && !db.inTransaction;
}

/**
 * Writes a large file's rows in steps (staged-import.ts), then runs `register` — the caller's last short
 * transaction — with them; when `register` does not use them (a duplicate), they are removed again.
 */
async function inSteps<T>(db: Database.Database, ready: PreparedImport, register: (staged: StagedImport) => { result: T; used: boolean }): Promise<T> {
  const staged = await stageDocument(db, { sha256: ready.sha256, bytes: ready.bytes, blocks: ready.extracted.blocks, parts: ready.parts });
  let outcome: { result: T; used: boolean };
  try {
    outcome = register(staged);
  } catch (e) {
    discardQuietly(db, staged);
    throw e;
  }
  if (!outcome.used) discardQuietly(db, staged);
  return outcome.result;
}

function discardQuietly(db: Database.Database, staged: StagedImport): void {
  try {
    discardImport(db, staged.importId);
  } catch {
    // Left for the next open to clean (cleanInterruptedImports).
  }
}

type Target = { matterId: number; role: DocumentRole; version?: number };

function commitDocumentWith(db: Database.Database, actor: string, target: Target, ready: PreparedImport, findings: Finding[], staged: StagedImport | null) {
  return writeTransaction(db, (): { result: ImportDocumentResult; used: boolean } => {
    getMatter(db, target.matterId);
    const existing = store.findInMatterBySha(db, target.matterId, ready.sha256);
    if (existing) {
      recordDuplicate(db, actor, existing, ready.fileName);
      return { result: { document: existing, duplicate: true, blobReused: true }, used: false };
    }
    const stored = storeDocument(db, actor, target.matterId, target.role, target.version, ready, findings, staged);
    flushPendingMatters(db);
    return { result: { ...stored, duplicate: false }, used: true };
  });
}

/** Stores a prepared file on an existing matter, in one transaction (see importDocument); exchange packages use it inside theirs. */
export function commitDocument(db: Database.Database, actor: string, target: Target, ready: PreparedImport): ImportDocumentResult {
  const findings = findingsFor(db, ready, getMatter(db, target.matterId));
  return commitDocumentWith(db, actor, target, ready, findings, null).result;
}

/** Like commitDocument, but a large file is written in steps with short transactions. */
export async function commitDocumentInSteps(db: Database.Database, actor: string, target: Target, ready: PreparedImport): Promise<ImportDocumentResult> {
  if (!writesInSteps(db, ready) || store.findInMatterBySha(db, target.matterId, ready.sha256)) return commitDocument(db, actor, target, ready);
  const findings = findingsFor(db, ready, getMatter(db, target.matterId));
  return inSteps(db, ready, (staged) => commitDocumentWith(db, actor, target, ready, findings, staged));
}

/**
 * Attaches a file to a matter. The same file sent again for the same matter is recognised and the
 * existing document returned (`duplicate`); bytes the archive already holds are not stored twice.
 */
export async function importDocument(
  db: Database.Database,
  actor: string,
  input: ImportDocumentInput,
  options: ImportOptions = {},
): Promise<ImportDocumentResult> {
  const matter = getMatter(db, input.matterId);
  const ready = await prepareImport(db, input, { ...options, checkFor: matter });
  return commitDocumentInSteps(db, actor, input, ready);
}

type NewMatterOptions = { role?: DocumentRole; skipIfKnown?: boolean };

function commitAsNewMatterWith(
  db: Database.Database,
  actor: string,
  matterInput: z.output<typeof CreateMatterInput>,
  ready: PreparedImport,
  options: NewMatterOptions,
  findings: Finding[],
  staged: StagedImport | null,
) {
  return writeTransaction(db, (): { result: ImportAsMatterResult; used: boolean } => {
    const known = options.skipIfKnown ? store.findFirstBySha(db, ready.sha256) : null;
    if (known) {
      recordDuplicate(db, actor, known, ready.fileName);
      return { result: { matter: getMatter(db, known.matterId), document: known, duplicate: true }, used: false };
    }
    const matter: Matter = createMatter(db, actor, matterInput);
    const { document } = storeDocument(db, actor, matter.id, options.role ?? 'submitted', undefined, ready, findings, staged);
    flushPendingMatters(db);
    return { result: { matter, document, duplicate: false }, used: true };
  });
}

/**
 * Registers a new matter for a prepared file and stores the file, in one transaction (a failure leaves
 * no matter behind). With `skipIfKnown`, a file already in the archive is reported with its existing
 * matter instead of registering another one.
 */
export function commitAsNewMatter(
  db: Database.Database,
  actor: string,
  matterInput: z.output<typeof CreateMatterInput>,
  ready: PreparedImport,
  options: NewMatterOptions = {},
): ImportAsMatterResult {
  // A file already in the archive will not be stored again: no need to check it.
  const willStore = !(options.skipIfKnown && store.findFirstBySha(db, ready.sha256));
  const findings = willStore ? findingsFor(db, ready, matterInput) : [];
  return commitAsNewMatterWith(db, actor, matterInput, ready, options, findings, null).result;
}

/**
 * Like commitAsNewMatter, but a large file is written in steps: the matter and the document appear
 * together in the last short transaction, and nothing of them is visible before.
 */
export async function commitAsNewMatterInSteps(
  db: Database.Database,
  actor: string,
  matterInput: z.output<typeof CreateMatterInput>,
  ready: PreparedImport,
  options: NewMatterOptions = {},
): Promise<ImportAsMatterResult> {
  if (!writesInSteps(db, ready) || (options.skipIfKnown && store.findFirstBySha(db, ready.sha256))) {
    return commitAsNewMatter(db, actor, matterInput, ready, options);
  }
  const findings = findingsFor(db, ready, matterInput);
  return inSteps(db, ready, (staged) => commitAsNewMatterWith(db, actor, matterInput, ready, options, findings, staged));
}

/** Registers a new matter for a file and imports it (batch import, one file). */
export async function importAsNewMatter(
  db: Database.Database,
  actor: string,
  matterInput: z.output<typeof CreateMatterInput>,
  file: ImportFile & { role?: DocumentRole },
  options: ImportOptions & { skipIfKnown?: boolean } = {},
): Promise<ImportAsMatterResult> {
  const ready = await prepareImport(db, file, { ...options, checkFor: matterInput });
  return commitAsNewMatterInSteps(db, actor, matterInput, ready, { role: file.role, skipIfKnown: options.skipIfKnown });
}

export function listDocuments(db: Database.Database, matterId: number): DocumentSummary[] {
  getMatter(db, matterId);
  return store.listMatterDocuments(db, matterId);
}

export function getDocument(db: Database.Database, id: number): DocumentDetail {
  const summary = store.requireDocument(db, id);
  return { ...summary, blocks: store.readBlocks(db, id), html: store.readHtml(db, id) };
}

/** The text model of a document (rules engine, anchors). */
export function getDocumentBlocks(db: Database.Database, id: number): TextBlock[] {
  store.requireDocument(db, id);
  return store.readBlocks(db, id);
}

/** The original file, byte for byte. */
export function exportOriginal(
  db: Database.Database,
  documentId: number,
): { fileName: string; mediaType: string; sha256: string; bytes: Buffer } {
  const doc = store.requireDocument(db, documentId);
  // readBlob verifies the SHA-256 and refuses changed bytes.
  const bytes = store.readBlob(db, doc.sha256);
  return { fileName: doc.fileName, mediaType: doc.mediaType, sha256: doc.sha256, bytes };
}

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
import { computeFindings, storeFindings } from '../findings/finding-service.js';
import { AppError } from '../errors.js';
import { createMatter, getMatter } from '../matters/matter-service.js';
import { flushPendingMatters, indexDocument } from '../search/search-index.js';
import { encodeBlocks } from '../search/search-text.js';
import type { Finding } from '../../../shared/domain/finding.js';
import * as store from './document-store.js';
import { extractFile, type ExtractedDocument } from './extract.js';
import { extractInWorker, type ExtractionHooks } from './extract-pool.js';
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
  /** The search index text, made here so the write transaction only inserts it. */
  searchBody: string;
}

/**
 * Validation and extraction, before any transaction: a refusal (AppError) leaves the archive untouched.
 * Bytes already in the archive under the same format reuse the stored extraction.
 */
export async function prepareImport(db: Database.Database, file: ImportFile, options: ImportOptions = {}): Promise<PreparedImport> {
  const fileName = cleanFileName(file.fileName);
  const limits = resolveLimits(db, options.limits);
  const format = classifyFile(fileName, file.bytes, limits);
  const sha256 = sha256Hex(file.bytes);
  const known = store.findFirstBySha(db, sha256);
  if (known && known.format === format) {
    const extracted = store.readExtraction(db, known.id);
    return { fileName, sha256, bytes: file.bytes, extracted, searchBody: searchBodyOf(extracted) };
  }
  const hooks = options.hooks ?? {};
  const extracted = options.inline
    ? await extractFile(fileName, file.bytes, limits, { onProgress: hooks.onProgress, isCancelled: () => hooks.signal?.aborted ?? false })
    : await extractInWorker(fileName, file.bytes, limits, hooks);
  return { fileName, sha256, bytes: file.bytes, extracted, searchBody: searchBodyOf(extracted) };
}

const searchBodyOf = (extracted: ExtractedDocument) => encodeBlocks(extracted.blocks.map((b) => b.text));

/**
 * Inside a transaction: blob, document row, blocks, search index, findings, audit. The CPU work (search
 * tokens, pre-checks) was done before the transaction, so the write lock is held only for the inserts
 * (a 20,000-paragraph document: 18 s of lock before, the inserts alone after).
 */
function storeDocument(
  db: Database.Database,
  actor: string,
  matterId: number,
  role: DocumentRole,
  requestedVersion: number | undefined,
  prepared: PreparedImport,
  findings: Finding[],
): { document: DocumentSummary; blobReused: boolean } {
  const { bytes } = prepared;
  let version = requestedVersion;
  if (version === undefined) version = store.nextVersion(db, matterId, role);
  else if (store.versionTaken(db, matterId, role, version)) {
    throw new AppError('document.version-taken', `该事项已有第 ${version} 版，请选择其他版本号。`);
  }
  const blobReused = store.storeBlob(db, prepared.sha256, bytes);
  const id = store.insertDocument(db, {
    matterId,
    role,
    version,
    fileName: prepared.fileName,
    size: bytes.length,
    sha256: prepared.sha256,
    extracted: prepared.extracted,
    actor,
  });
  indexDocument(db, id, matterId, [], prepared.searchBody);
  // The pre-checks' findings are stored with the import, in its transaction: a document is never stored without them.
  storeFindings(db, id, matterId, prepared.extracted.blocks, findings);
  const document = store.requireDocument(db, id);
  recordAudit(db, { actor, action: 'document.import', entity: 'document', entityId: id, after: { ...document, blobReused } });
  return { document, blobReused };
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

/** Stores a prepared file on an existing matter, in one transaction (see importDocument). */
export function commitDocument(
  db: Database.Database,
  actor: string,
  target: { matterId: number; role: DocumentRole; version?: number },
  ready: PreparedImport,
): ImportDocumentResult {
  const findings = computeFindings(db, ready.extracted.blocks, getMatter(db, target.matterId));
  return writeTransaction(db, (): ImportDocumentResult => {
    getMatter(db, target.matterId);
    const existing = store.findInMatterBySha(db, target.matterId, ready.sha256);
    if (existing) {
      recordDuplicate(db, actor, existing, ready.fileName);
      return { document: existing, duplicate: true, blobReused: true };
    }
    const stored = storeDocument(db, actor, target.matterId, target.role, target.version, ready, findings);
    flushPendingMatters(db);
    return { ...stored, duplicate: false };
  });
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
  getMatter(db, input.matterId);
  return commitDocument(db, actor, input, await prepareImport(db, input, options));
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
  options: { role?: DocumentRole; skipIfKnown?: boolean } = {},
): ImportAsMatterResult {
  // A file already in the archive will not be stored again: no need to check it.
  const willStore = !(options.skipIfKnown && store.findFirstBySha(db, ready.sha256));
  const findings = willStore ? computeFindings(db, ready.extracted.blocks, matterInput) : [];
  return writeTransaction(db, (): ImportAsMatterResult => {
    const known = options.skipIfKnown ? store.findFirstBySha(db, ready.sha256) : null;
    if (known) {
      recordDuplicate(db, actor, known, ready.fileName);
      return { matter: getMatter(db, known.matterId), document: known, duplicate: true };
    }
    const matter: Matter = createMatter(db, actor, matterInput);
    const { document } = storeDocument(db, actor, matter.id, options.role ?? 'submitted', undefined, ready, findings);
    flushPendingMatters(db);
    return { matter, document, duplicate: false };
  });
}

/** Registers a new matter for a file and imports it (batch import, one file). */
export async function importAsNewMatter(
  db: Database.Database,
  actor: string,
  matterInput: z.output<typeof CreateMatterInput>,
  file: ImportFile & { role?: DocumentRole },
  options: ImportOptions & { skipIfKnown?: boolean } = {},
): Promise<ImportAsMatterResult> {
  const ready = await prepareImport(db, file, options);
  return commitAsNewMatter(db, actor, matterInput, ready, { role: file.role, skipIfKnown: options.skipIfKnown });
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

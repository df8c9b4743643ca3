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
import { storeFindings } from '../findings/finding-service.js';
import { AppError } from '../errors.js';
import { createMatter, getMatter } from '../matters/matter-service.js';
import { flushPendingMatters, indexDocument, publishStagedParts } from '../search/search-index.js';
import type { Finding } from '../../../shared/domain/finding.js';
import { prepared as prepared_ } from '../store/statements.js';
import * as store from './document-store.js';
import { findingsFor, prepareImport, type ImportDocumentInput, type ImportFile, type ImportOptions, type PreparedImport } from './prepare-import.js';
import { discardImport, stageDocument, type StagedImport } from './staged-import.js';
import { writeTransaction } from '../store/write-transaction.js';
import { currentHtml } from './text-versions.js';

export { prepareImport, sha256Hex } from './prepare-import.js';
export type { ImportDocumentInput, ImportFile, ImportOptions, PrepareOptions, PreparedImport } from './prepare-import.js';

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
    // Written in steps, the HTML is already stored in pieces; the row keeps '' (see readHtml).
    extracted: staged ? { ...prepared.extracted, html: '' } : prepared.extracted,
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
  const staged = await stageDocument(db, { sha256: ready.sha256, bytes: ready.bytes, blocks: ready.extracted.blocks, parts: ready.parts, html: ready.extracted.html });
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
  const blocks = store.readBlocks(db, id);
  return { ...summary, blocks, html: currentHtml(db, id, blocks, () => store.readHtml(db, id)) };
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

import type Database from 'better-sqlite3';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { readCheckOptions, storeFindings } from '../findings/finding-service.js';
import { getMatter } from '../matters/matter-service.js';
import { ocrBlocksHtml } from '../ocr/ocr-document.js';
import { assertEditable } from '../review/review-service.js';
import { indexDocument } from '../search/search-index.js';
import { nowIso, prepared } from '../store/statements.js';
import { blocksExtraction } from './stored-extraction.js';
import { writeTransaction } from '../store/write-transaction.js';
import { readBlocks, readExtraction, requireDocument } from './document-store.js';
import type { ExtractedDocument } from './extract.js';
import { prepareInWorker } from './extract-pool.js';
import { resolveLimits } from './limits.js';
import { reanchorOpinions } from './reanchor-opinions.js';

/**
 * Text versions of a document whose text was read by OCR (issue 15). The original bytes never change;
 * the reviewer's correction of recognised text is a new text version: document_blocks holds the current
 * version (so search, pre-checks and anchors need nothing new), and document_text_edits keeps each
 * version's changed blocks before and after, from which every earlier version is rebuilt.
 */

/** Longest text of one corrected block; an OCR paragraph is a few hundred characters. */
export const MAX_CORRECTED_BLOCK_CHARS = 20_000;

export interface TextEdit {
  index: number;
  text: string;
}

export interface CorrectTextInput {
  documentId: number;
  /** The text version the reviewer corrected: refused when someone saved another correction meanwhile. */
  baseVersion: number;
  edits: TextEdit[];
  note?: string | null;
}

export interface CorrectTextResult {
  textVersion: number;
  /** Blocks whose text changed in this version. */
  changed: number;
  /** Opinions anchored in a corrected block whose quote was found again there (their range follows it). */
  reanchored: number;
  /** Opinions whose quote is no longer in the corrected block: they keep the quote of the earlier text. */
  detached: number;
}

export interface TextVersionEdit {
  index: number;
  page: number | null;
  before: string;
  after: string;
}

export interface TextVersion {
  version: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
  edits: TextVersionEdit[];
}

export function currentTextVersion(db: Database.Database, documentId: number): number {
  const row = prepared(db, 'SELECT text_version FROM documents WHERE id = ?').get(documentId) as { text_version: number } | undefined;
  if (!row) throw new AppError('document.not-found', `文档（编号 ${documentId}）不存在或已被删除。`);
  return row.text_version;
}

/** Line breaks typed into a paragraph are not paragraph breaks: a block stays one paragraph. */
function cleanText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, '').trim();
}

/** The corrected blocks, checked: each edit names an OCR block of the document and changes its text. */
function applyEdits(blocks: TextBlock[], edits: TextEdit[]): { next: TextBlock[]; changed: { index: number; before: string; after: string }[] } {
  const next = blocks.map((b) => ({ ...b }));
  const changed: { index: number; before: string; after: string }[] = [];
  const seen = new Set<number>();
  for (const edit of edits) {
    if (seen.has(edit.index)) throw new AppError('document.correct-duplicate', `第 ${edit.index + 1} 段在一次更正中出现了两次。`);
    seen.add(edit.index);
    const block = next[edit.index];
    if (!block) throw new AppError('document.correct-paragraph', `文件中没有第 ${edit.index + 1} 段。`);
    if (!block.ocr) {
      throw new AppError('document.correct-not-ocr', `第 ${edit.index + 1} 段不是文字识别（OCR）得到的文字，是文件本身的文字，不能更正。`);
    }
    const text = cleanText(edit.text);
    if (text.length > MAX_CORRECTED_BLOCK_CHARS) {
      throw new AppError('document.correct-too-long', `第 ${edit.index + 1} 段更正后超过 ${MAX_CORRECTED_BLOCK_CHARS} 字，请检查是否粘贴了多余内容。`);
    }
    if (text === block.text) continue;
    changed.push({ index: edit.index, before: block.text, after: text });
    block.text = text;
  }
  if (changed.length === 0) throw new AppError('document.correct-unchanged', '更正后的文字与原文字相同，没有需要保存的改动。');
  return { next, changed };
}

/**
 * Saves a correction of OCR text as the next text version. The new blocks, search text and pre-check
 * findings are made before the write transaction; the transaction checks nobody saved a version in
 * between, then writes the changed blocks, the version and its edits, the search rows and findings,
 * moves anchored opinions with their quote, and records the audit entry.
 */
export async function correctText(db: Database.Database, actor: string, input: CorrectTextInput): Promise<CorrectTextResult> {
  const document = requireDocument(db, input.documentId);
  const matter = getMatter(db, document.matterId);
  const base = currentTextVersion(db, document.id);
  if (input.baseVersion !== base) throw changedMeanwhile(base);
  assertReviewOpen(db, matter.id);
  const { next, changed } = applyEdits(readBlocks(db, document.id), input.edits);
  // Search text and pre-checks of the whole corrected text in the extraction worker (0.3–0.5 s of CPU
  // for a 185-page scan, which would otherwise stall every other request of this process).
  const check = { type: matter.type, title: matter.title, options: readCheckOptions(db) };
  const reuse = blocksExtraction({ format: document.format, mediaType: document.mediaType, extractor: '', notes: [] }, next);
  const { work } = await prepareInWorker(document.fileName, { reuse }, resolveLimits(db), check);
  const parts = work.parts;
  const findings = work.findings ?? [];
  const note = input.note?.trim() ? input.note.trim() : null;
  return writeTransaction(db, () => {
    // Checked again: the worker's time is long enough for another correction or a submission to land.
    const now = currentTextVersion(db, document.id);
    if (now !== base) throw changedMeanwhile(now);
    assertReviewOpen(db, matter.id);
    const version = base + 1;
    const at = nowIso();
    prepared(db, 'INSERT INTO document_text_versions (document_id, version, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
      document.id, version, note, at, actor,
    );
    const edit = prepared(db, 'INSERT INTO document_text_edits (document_id, version, idx, before, after) VALUES (?, ?, ?, ?, ?)');
    const block = prepared(db, 'UPDATE document_blocks SET text = ?, corrected_in = ? WHERE document_id = ? AND idx = ?');
    for (const c of changed) {
      edit.run(document.id, version, c.index, c.before, c.after);
      block.run(c.after, version, document.id, c.index);
    }
    const textChars = next.reduce((sum, b) => sum + b.text.length, 0);
    prepared(db, 'UPDATE documents SET text_version = ?, text_chars = ? WHERE id = ?').run(version, textChars, document.id);
    indexDocument(db, document.id, matter.id, parts.map((p) => p.body));
    storeFindings(db, document.id, matter.id, next, findings);
    const anchors = reanchorOpinions(db, document.id, new Map(changed.map((c) => [c.index, c.after])));
    recordAudit(db, {
      actor,
      action: 'document.correct-text',
      entity: 'document',
      entityId: document.id,
      before: { textVersion: base },
      after: { textVersion: version, note, edits: changed, ...anchors },
    });
    return { textVersion: version, changed: changed.length, ...anchors };
  });
}

/** Findings change with the text, so a correction follows the review's lock like a re-run of the checks. */
function assertReviewOpen(db: Database.Database, matterId: number): void {
  if (prepared(db, 'SELECT 1 FROM reviews WHERE matter_id = ?').get(matterId)) assertEditable(db, matterId);
}

function changedMeanwhile(version: number): AppError {
  return new AppError('document.text-changed', `该文件的文字已被更正为第 ${version} 版（可能是其他人刚刚保存），请刷新后在最新文字上更正。`);
}

/** Every text version of a document, oldest first; version 1 is the text as read at import. */
export function listTextVersions(db: Database.Database, documentId: number): { current: number; versions: TextVersion[] } {
  const document = requireDocument(db, documentId);
  const pages = new Map(readBlocks(db, documentId).map((b) => [b.index, b.ocr?.page ?? null]));
  const rows = prepared(db, 'SELECT version, note, created_at, created_by FROM document_text_versions WHERE document_id = ? ORDER BY version').all(documentId) as {
    version: number; note: string | null; created_at: string; created_by: string;
  }[];
  const edits = prepared(db, 'SELECT version, idx, before, after FROM document_text_edits WHERE document_id = ? ORDER BY version, idx').all(documentId) as {
    version: number; idx: number; before: string; after: string;
  }[];
  const versions: TextVersion[] = [
    { version: 1, createdAt: document.createdAt, createdBy: document.createdBy, note: null, edits: [] },
    ...rows.map((r) => ({
      version: r.version,
      createdAt: r.created_at,
      createdBy: r.created_by,
      note: r.note,
      edits: edits.filter((e) => e.version === r.version).map((e) => ({ index: e.idx, page: pages.get(e.idx) ?? null, before: e.before, after: e.after })),
    })),
  ];
  return { current: currentTextVersion(db, documentId), versions };
}

/** The blocks as they were in text version `version` (later corrections undone). */
export function readBlocksAt(db: Database.Database, documentId: number, version: number): TextBlock[] {
  const blocks = readBlocks(db, documentId);
  const later = prepared(db, 'SELECT version, idx, before FROM document_text_edits WHERE document_id = ? AND version > ? ORDER BY version DESC').all(
    documentId, version,
  ) as { version: number; idx: number; before: string }[];
  if (later.length === 0) return blocks;
  const earlier = prepared(db, 'SELECT idx, max(version) AS version FROM document_text_edits WHERE document_id = ? AND version <= ? GROUP BY idx').all(
    documentId, version,
  ) as { idx: number; version: number }[];
  const correctedIn = new Map(earlier.map((e) => [e.idx, e.version]));
  for (const e of later) {
    const block = blocks[e.idx];
    if (!block?.ocr) continue;
    block.text = e.before;
    const at = correctedIn.get(e.idx);
    if (at === undefined) delete block.ocr.correctedIn;
    else block.ocr.correctedIn = at;
  }
  return blocks;
}

/** The reading view of a corrected document: its HTML follows the blocks (OCR documents' HTML is made from them). */
export function currentHtml(db: Database.Database, documentId: number, blocks: TextBlock[], stored: () => string): string {
  return currentTextVersion(db, documentId) > 1 ? ocrBlocksHtml(blocks) : stored();
}

/**
 * A stored document's extraction as it was read at import (text version 1), to reuse for the same bytes
 * sent again: the new document starts from the recognised text, with its own versions, not from another
 * matter's corrections. The stored HTML is never rewritten, so it is version 1's already.
 */
export function readImportedExtraction(db: Database.Database, documentId: number): ExtractedDocument {
  const extracted = readExtraction(db, documentId);
  return currentTextVersion(db, documentId) > 1 ? { ...extracted, blocks: readBlocksAt(db, documentId, 1) } : extracted;
}

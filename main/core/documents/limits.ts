import type Database from 'better-sqlite3';
import { prepared } from '../store/statements.js';

/** Caps applied to every imported file before anything is inflated or parsed. */
export interface ImportLimits {
  /** Largest accepted file. */
  maxFileBytes: number;
  /** Largest total uncompressed size a DOCX may declare (sum over all zip entries). */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of one zip entry (ordinary XML stays far below). */
  maxCompressionRatio: number;
  /** Most entries a DOCX zip may have. */
  maxZipEntries: number;
  /**
   * Largest uncompressed size of the parts the text extraction reads (document XML, notes, styles,
   * relationships). mammoth needs ~32 bytes of heap per byte of XML (4.8 GB for 152 MB), so this is what
   * keeps a huge document from exhausting memory; checked from the zip directory before inflating.
   */
  maxReadXmlBytes: number;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxZipEntries: 20_000,
  // 64 MB of XML is ~250,000 ordinary paragraphs and needs ~2 GB of heap, within WORKER_HEAP_MB.
  maxReadXmlBytes: 64 * 1024 * 1024,
};

/** The office can lower or raise the file-size limit in settings (key below, value in MB). */
export const MAX_FILE_MB_SETTING = 'documents.max-file-mb';

/** Defaults, then the office setting, then explicit overrides (tests, the CLI). */
export function resolveLimits(db: Database.Database | null, override: Partial<ImportLimits> = {}): ImportLimits {
  const limits = { ...DEFAULT_LIMITS };
  if (db) {
    const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(MAX_FILE_MB_SETTING) as
      | { value: string }
      | undefined;
    const mb = row ? Number(row.value) : NaN;
    if (Number.isFinite(mb) && mb > 0) limits.maxFileBytes = Math.floor(mb * 1024 * 1024);
  }
  return { ...limits, ...override };
}

/** "50 MB" style size for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} 字节`;
}

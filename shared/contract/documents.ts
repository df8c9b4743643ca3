import { z } from 'zod';
import { ANY_ROLE, CASE_WRITE, OFFICE_READ } from '../domain/account.js';
import { TextBlock } from '../domain/document-text.js';
import { DOCUMENT_ROLES } from '../domain/document-roles.js';
import { CreateMatterInput, Matter } from './matters.js';
import { method } from './rpc.js';
import { Id } from './fields.js';
import { fileBytes, OutBytes, UPLOAD_ENVELOPE_BYTES } from './binary.js';

export { DOCUMENT_ROLES, DOCUMENT_ROLE_ZH } from '../domain/document-roles.js';
/** What a document is to its matter: 送审稿, 修改稿, 决议/会议记录, 附件. */
export const DocumentRole = z.enum(DOCUMENT_ROLES);
export type DocumentRole = z.infer<typeof DocumentRole>;

/** doc: Word 97–2003 and WPS 文字 binary files; image: JPG/PNG/TIFF scans and photos (read by OCR). */
export const DocumentFormat = z.enum(['docx', 'pdf', 'txt', 'doc', 'image']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** Largest file a document upload may carry (the bytes themselves, sent as binary — see binary.ts). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** HTTP body limit of the upload methods: the file plus room for the other fields and the framing. */
const UPLOAD_MAX_INPUT_BYTES = MAX_UPLOAD_BYTES + UPLOAD_ENVELOPE_BYTES;

const FileName = z
  .string({ error: '文件名不能为空' })
  .trim()
  .min(1, { error: '文件名不能为空' })
  .max(255, { error: '文件名不能超过255个字符' });

const FileContent = fileBytes(MAX_UPLOAD_BYTES, '文件过大，超过了导入上限 50 MB');

export const DocumentSummary = z.object({
  id: Id,
  matterId: Id,
  role: DocumentRole,
  version: z.number().int().positive(),
  fileName: z.string(),
  format: DocumentFormat,
  mediaType: z.string(),
  size: z.number().int().positive(),
  sha256: z.string().length(64),
  textChars: z.number().int().nonnegative(),
  blockCount: z.number().int().nonnegative(),
  /** Notes from extraction (detected text encoding, "no text found"). */
  notes: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = DocumentSummary.extend({
  blocks: z.array(TextBlock),
  /** Reading view; each block's element has data-b="<index>". Sanitize (DOMPurify) before showing. */
  html: z.string(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const ImportDocumentInput = z.object({
  matterId: Id,
  role: DocumentRole.default('submitted'),
  /** Omitted: the next version number for this matter and role. */
  version: z.number().int().positive().max(999).optional(),
  fileName: FileName,
  content: FileContent,
  /** Chosen by the client to follow a long import (OCR) with documents.importProgress and stop it with documents.cancelImport. */
  jobId: z.uuid().optional(),
});

export const ImportJobInput = z.object({ jobId: z.uuid() });
export const ImportProgress = z.object({
  /** False once the import has ended (or for an id this account did not start). */
  running: z.boolean(),
  /** Pages read by OCR so far, of `total` (0 of 0 while no page needs OCR). */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const ImportDocumentResult = z.object({
  document: DocumentSummary,
  /** The same file was already attached to this matter; nothing new was stored. */
  duplicate: z.boolean(),
  /** The bytes were already in the archive (e.g. on another matter) and were not stored again. */
  blobReused: z.boolean(),
});
export type ImportDocumentResult = z.infer<typeof ImportDocumentResult>;

export const ImportAsMatterInput = z.object({
  matter: CreateMatterInput,
  role: DocumentRole.default('submitted'),
  fileName: FileName,
  content: FileContent,
  /** When the same file is already in the archive, report it instead of registering another matter. */
  skipIfKnown: z.boolean().default(true),
  /** As in ImportDocumentInput. */
  jobId: z.uuid().optional(),
});

export const ImportAsMatterResult = z.object({
  matter: Matter,
  document: DocumentSummary,
  /** The file was already in the archive; `matter` and `document` are the existing ones. */
  duplicate: z.boolean(),
});
export type ImportAsMatterResult = z.infer<typeof ImportAsMatterResult>;

export const DiffPart = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPart>;

export const ParagraphDiff = z.object({
  op: z.enum(['same', 'added', 'removed', 'changed']),
  /** Block index and text in the older document (absent for additions). */
  aIndex: z.number().int().optional(),
  a: z.string().optional(),
  bIndex: z.number().int().optional(),
  b: z.string().optional(),
  /** For 'changed': the word-level differences between a and b. */
  parts: z.array(DiffPart).optional(),
});
export type ParagraphDiff = z.infer<typeof ParagraphDiff>;

export const CompareResult = z.object({
  a: DocumentSummary,
  b: DocumentSummary,
  paragraphs: z.array(ParagraphDiff),
  counts: z.object({
    same: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
  }),
});
export type CompareResult = z.infer<typeof CompareResult>;

export const documentsContract = {
  'documents.import': method({ roles: ['reviewer', 'counsel', 'approver', 'liaison'], matterOf: 'matterId',
    input: ImportDocumentInput,
    output: ImportDocumentResult,
    writes: true,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  }),
  'documents.importAsMatter': method({ roles: CASE_WRITE,
    input: ImportAsMatterInput,
    output: ImportAsMatterResult,
    writes: true,
    maxInputBytes: UPLOAD_MAX_INPUT_BYTES,
  }),
  // Progress and cancel of the caller's own long import (OCR); they read or touch nothing in the archive.
  'documents.importProgress': method({ roles: ANY_ROLE, input: ImportJobInput, output: ImportProgress, writes: false }),
  'documents.cancelImport': method({
    roles: ANY_ROLE,
    input: ImportJobInput,
    output: z.object({ cancelled: z.boolean() }),
    writes: false,
  }),
  'documents.list': method({ roles: ANY_ROLE, matterOf: 'matterId',
    input: z.object({ matterId: Id }),
    output: z.object({ items: z.array(DocumentSummary) }),
    writes: false,
  }),
  'documents.get': method({ roles: ANY_ROLE, matterOf: 'id:document', input: z.object({ id: Id }), output: DocumentDetail, writes: false }),
  'documents.original': method({ roles: ANY_ROLE, matterOf: 'id:document',
    input: z.object({ id: Id }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), sha256: z.string(), content: OutBytes }),
    writes: false,
  }),
  'documents.compare': method({ roles: OFFICE_READ, input: z.object({ aId: Id, bId: Id }), output: CompareResult, writes: false }),
};

import { z } from 'zod';
import { ANY_ROLE, REVIEW_WRITE } from '../domain/account.js';
import { OutBytes } from './binary.js';
import { Id, optionalText } from './fields.js';
import { method } from './rpc.js';

/**
 * The text of scanned and photographed documents (issue 15): the reviewer's corrections of OCR text,
 * each a new text version (the original file stays as it is), and the page pictures the reading view
 * shows beside the text.
 */

/** Most blocks one correction may change (a whole page's paragraphs, with room). */
export const MAX_TEXT_EDITS = 500;

export const TextEdit = z.object({
  index: z.number().int().nonnegative(),
  text: z.string().max(20_000, { error: '一段文字不能超过 20000 字' }),
});

export const CorrectTextInput = z.object({
  documentId: Id,
  /** The text version shown when the reviewer began correcting. */
  baseVersion: z.number().int().positive(),
  edits: z.array(TextEdit).min(1, { error: '没有需要保存的更正' }).max(MAX_TEXT_EDITS, { error: `一次最多更正 ${MAX_TEXT_EDITS} 段` }),
  note: optionalText('更正说明', 500),
});

export const CorrectTextResult = z.object({
  textVersion: z.number().int().min(2),
  changed: z.number().int().positive(),
  /** Opinions whose quote moved within a corrected paragraph and were re-anchored. */
  reanchored: z.number().int().nonnegative(),
  /** Opinions whose quoted words were corrected: they keep the quote of the earlier text. */
  detached: z.number().int().nonnegative(),
});

export const TextVersion = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  createdBy: z.string(),
  note: z.string().nullable(),
  edits: z.array(z.object({ index: z.number().int(), page: z.number().int().nullable(), before: z.string(), after: z.string() })),
});
export type TextVersion = z.infer<typeof TextVersion>;

export const TextVersions = z.object({ current: z.number().int().positive(), versions: z.array(TextVersion) });
export type TextVersions = z.infer<typeof TextVersions>;

export const PageImage = z.object({
  page: z.number().int().positive(),
  pages: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mediaType: z.literal('image/jpeg'),
  content: OutBytes,
});
export type PageImage = z.infer<typeof PageImage>;

export const documentTextContract = {
  'documents.correctText': method({ roles: REVIEW_WRITE, matterOf: 'documentId', input: CorrectTextInput, output: CorrectTextResult, writes: true }),
  'documents.textVersions': method({ roles: ANY_ROLE, matterOf: 'documentId', input: z.object({ documentId: Id }), output: TextVersions, writes: false }),
  // Reading, not exporting: what the reading view shows beside the text (documents.original is the audited download).
  'documents.pageImage': method({ roles: ANY_ROLE, matterOf: 'id:document',
    input: z.object({ id: Id, page: z.number().int().positive().max(10_000) }),
    output: PageImage,
    writes: false,
  }),
  'documents.pdfView': method({ roles: ANY_ROLE, matterOf: 'id:document',
    input: z.object({ id: Id }),
    output: z.object({ content: OutBytes }),
    writes: false,
  }),
};

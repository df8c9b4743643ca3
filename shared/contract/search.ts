import { z } from 'zod';
import { OFFICE_READ } from '../domain/account.js';
import { MatterType } from '../domain/matter.js';
import { DocumentRole } from './documents.js';
import { method } from './rpc.js';

export const SearchInput = z.object({
  /** Any text of 1 to 100 characters; matched as a substring (ASCII letters case-insensitively). */
  query: z
    .string({ error: '请输入检索词' })
    .trim()
    .min(1, { error: '请输入检索词' })
    .max(100, { error: '检索词不能超过100个字' }),
  type: MatterType.optional(),
  /** Part of the submitting unit's name. */
  unit: z.string().trim().min(1).max(100).optional(),
  /** Year the matter was received. */
  year: z.number().int().min(1949).max(2999).optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type SearchInput = z.input<typeof SearchInput>;

export const SearchHit = z.object({
  /** What matched: a matter's title or a document's text (opinions later). */
  kind: z.enum(['matter', 'document']),
  matterId: z.number().int(),
  serial: z.string(),
  title: z.string(),
  matterType: MatterType,
  submittingUnit: z.string(),
  receivedOn: z.string(),
  documentId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  role: DocumentRole.nullable(),
  version: z.number().int().nullable(),
  /** The block (paragraph) holding the first match, for documents. */
  blockIndex: z.number().int().nullable(),
  /** HTML: the text around the first match, escaped, with the match in <mark>…</mark>. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** Number of matching sources (matter titles and documents) under the filters, counted up to 1000. */
  total: z.number().int(),
  /** More than `total` sources match (show "1000+"). */
  totalCapped: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const searchContract = {
  'search.query': method({ roles: OFFICE_READ, input: SearchInput, output: SearchResult, writes: false }),
};

import { z } from 'zod';
import { OFFICE_READ } from '../domain/account.js';
import { MatterType, ReviewResult, Severity } from '../domain/matter.js';
import { Adoption } from './review.js';
import { Id } from './fields.js';
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
  /** How many times the query occurs in this source (a document's every block, or the title). */
  matchCount: z.number().int(),
  /** Each place in a document, in reading order (the first 100), to jump between them. */
  occurrences: z.array(z.object({ blockIndex: z.number().int(), snippet: z.string() })),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** Number of matching sources (matter titles and documents) under the filters, counted up to 1000. */
  total: z.number().int(),
  /** More than `total` sources match (show "1000+"). */
  totalCapped: z.boolean(),
  /** Opinions (审查意见) containing the query, newest first (the first 200 scanned). */
  opinions: z.lazy(() => z.array(OpinionSearchHit)),
  /** Issued letters containing the query in their printed words. */
  letters: z.lazy(() => z.array(LetterSearchHit)),
  /**
   * While the index is rebuilt after an upgrade (in the background of the desktop app and the server):
   * `done` of `total` sources are searchable, so hits may be missing. Null when the index is complete.
   */
  indexing: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type SearchResult = z.infer<typeof SearchResult>;

const HitMatter = z.object({
  matterId: z.number().int(),
  serial: z.string(),
  title: z.string(),
  matterType: MatterType,
  receivedOn: z.string(),
  result: ReviewResult.nullable(),
});

export const OpinionSearchHit = HitMatter.extend({
  opinionId: z.number().int(),
  severity: Severity,
  adoption: Adoption.nullable(),
  text: z.string(),
  basis: z.string().nullable(),
  /** The clause of the submitted document the opinion was anchored on. */
  quote: z.string().nullable(),
  matchCount: z.number().int(),
  snippet: z.string(),
});
export type OpinionSearchHit = z.infer<typeof OpinionSearchHit>;

export const LetterSearchHit = HitMatter.extend({
  letterId: z.number().int(),
  kindLabel: z.string(),
  number: z.string().nullable(),
  issueDate: z.string(),
  matchCount: z.number().int(),
  snippet: z.string(),
});
export type LetterSearchHit = z.infer<typeof LetterSearchHit>;

/** An earlier opinion on similar text (类似意见), with how alike the texts are (0–1). */
export const SimilarOpinion = OpinionSearchHit.omit({ matchCount: true, snippet: true }).extend({ score: z.number() });
export type SimilarOpinion = z.infer<typeof SimilarOpinion>;

export const searchContract = {
  'search.query': method({ roles: OFFICE_READ, input: SearchInput, output: SearchResult, writes: false }),
  /** 类似意见: earlier opinions of other matters on text like this opinion's (its quoted clause and words). */
  'opinions.similar': method({
    roles: OFFICE_READ,
    matterOf: 'id:opinion:opinionId',
    input: z.object({ opinionId: Id, limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(SimilarOpinion),
    writes: false,
  }),
  /** 类似意见 for a pre-check finding: earlier opinions on text like the finding's excerpt. */
  'findings.similar': method({
    roles: OFFICE_READ,
    matterOf: 'id:finding',
    input: z.object({ id: Id, limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(SimilarOpinion),
    writes: false,
  }),
};

import { z } from 'zod';
import { ANY_ROLE, OFFICE_ADMIN, OFFICE_READ, SIGN_OFF } from '../domain/account.js';
import { LetterKind, LetterModel, OfficeSettings } from '../domain/letter.js';
import { method } from './rpc.js';
import { Id, IsoDate } from './fields.js';

const lines = z.array(z.string().trim().min(1).max(200)).max(50).default([]);

export const LetterRequest = z.object({
  matterId: Id,
  kind: LetterKind,
  /** 成文日期; defaults to today. */
  issueDate: IsoDate.optional(),
  missingMaterials: lines,
  attachments: lines,
  /** null: the office's default closing text. */
  closingText: z.string().max(2000).nullish().transform((s) => (s === undefined ? null : s)),
  contact: z.string().trim().max(200).nullish().transform((s) => (s ? s : null)),
  /** Issuing a correction of an earlier letter of the same matter. */
  correctsLetterId: Id.optional(),
});
export type LetterRequest = z.input<typeof LetterRequest>;

export const LetterSummary = z.object({
  id: Id,
  matterId: Id,
  kind: LetterKind,
  number: z.string(),
  issueDate: z.string(),
  sha256: z.string().length(64),
  size: z.number().int(),
  correctsLetterId: Id.nullable(),
  issuedAt: z.string(),
  issuedBy: z.string(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

const FileOut = z.object({ fileName: z.string(), contentBase64: z.string(), sha256: z.string().optional() });

export const lettersContract = {
  'office.get': method({ roles: ANY_ROLE, input: z.object({}).strict(), output: OfficeSettings, writes: false }),
  'office.save': method({ roles: OFFICE_ADMIN, input: z.object({ settings: OfficeSettings }), output: OfficeSettings, writes: true }),
  'letters.preview': method({ roles: ['reviewer', 'counsel', 'approver'], matterOf: 'matterId',
    input: LetterRequest,
    output: z.object({ html: z.string(), model: LetterModel, problems: z.array(z.string()) }),
    writes: false,
  }),
  'letters.issue': method({ roles: SIGN_OFF, matterOf: 'matterId', input: LetterRequest, output: LetterSummary, writes: true }),
  'letters.list': method({ roles: ANY_ROLE, matterOf: 'matterId', input: z.object({ matterId: Id }), output: z.array(LetterSummary), writes: false }),
  'letters.download': method({ roles: ANY_ROLE, matterOf: 'id:letter', input: z.object({ id: Id }), output: FileOut, writes: false }),
  'documents.annotate': method({ roles: OFFICE_READ, matterOf: 'documentId',
    input: z.object({ documentId: Id }),
    output: FileOut.extend({ placedExactly: z.number().int(), placedApproximately: z.number().int() }),
    writes: false,
  }),
  'matters.summarySheet': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: FileOut, writes: false }),
};

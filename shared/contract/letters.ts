import { z } from 'zod';
import { OutBytes } from './binary.js';
import { ANY_ROLE, OFFICE_ADMIN, OFFICE_READ, SIGN_OFF } from '../domain/account.js';
import { LetterKind, LetterModel, OfficeSettings } from '../domain/letter.js';
import { method } from './rpc.js';
import { Id, IsoDate } from './fields.js';
import { Matter } from './matters.js';

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
  /** Issuing a correction (更正) of an earlier letter of the same matter and kind. */
  correctsLetterId: Id.optional(),
  /** Why the earlier letter is corrected; required with correctsLetterId and printed in the letter. */
  correctionReason: z.string().trim().max(500).optional().transform((s) => (s ? s : undefined)),
  /** Return notices: print the opinions reached so far. */
  attachOpinions: z.boolean().default(false),
});
export type LetterRequest = z.input<typeof LetterRequest>;

export const LetterSummary = z.object({
  id: Id,
  matterId: Id,
  kind: LetterKind,
  /** null for a kind the office does not number. */
  number: z.string().nullable(),
  issueDate: z.string(),
  sha256: z.string().length(64),
  size: z.number().int(),
  correctsLetterId: Id.nullable(),
  correctionReason: z.string().nullable(),
  issuedAt: z.string(),
  issuedBy: z.string(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

const FileOut = z.object({ fileName: z.string(), content: OutBytes, sha256: z.string().optional() });

export const lettersContract = {
  'office.get': method({ roles: ANY_ROLE, input: z.object({}).strict(), output: OfficeSettings, writes: false }),
  'office.save': method({
    roles: OFFICE_ADMIN,
    input: z.object({ settings: OfficeSettings.extend({ officeName: z.string().trim().min(1, '请填写单位名称') }) }),
    output: OfficeSettings,
    writes: true,
  }),
  'letters.preview': method({
    roles: ['reviewer', 'counsel', 'approver'],
    matterOf: 'matterId',
    input: LetterRequest,
    output: z.object({ html: z.string(), model: LetterModel, problems: z.array(z.string()) }),
    writes: false,
  }),
  /** The letter, and the matter as matters.get returns it after the letter moved it (已出具 / 待反馈). */
  'letters.issue': method({ roles: SIGN_OFF, matterOf: 'matterId', input: LetterRequest, output: LetterSummary.extend({ matter: Matter }), writes: true }),
  'letters.list': method({ roles: ANY_ROLE, matterOf: 'matterId', input: z.object({ matterId: Id }), output: z.array(LetterSummary), writes: false }),
  'letters.download': method({ roles: ANY_ROLE, matterOf: 'id:letter', input: z.object({ id: Id }), output: FileOut, writes: false }),
  'documents.annotate': method({
    roles: OFFICE_READ,
    matterOf: 'documentId',
    input: z.object({ documentId: Id }),
    output: FileOut.extend({
      placedExactly: z.number().int(),
      placedApproximately: z.number().int(),
      /** Comments at the start of the document: opinions without an anchor, text in headers/footers. */
      placedAtStart: z.number().int(),
      /** One line per comment that is not exactly where its anchor points, saying where it went and why. */
      notes: z.array(z.string()),
    }),
    writes: false,
  }),
  'matters.summarySheet': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: FileOut, writes: false }),
  /** HTML to print (打印 / 导出 PDF): an issued letter from its archived model, or the 审查登记表. */
  'letters.printable': method({ roles: ANY_ROLE, matterOf: 'id:letter', input: z.object({ id: Id }), output: z.object({ title: z.string(), html: z.string() }), writes: false }),
  'matters.summarySheetPrintable': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: z.object({ title: z.string(), html: z.string() }), writes: false }),
};

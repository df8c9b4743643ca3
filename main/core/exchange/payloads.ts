import { z } from 'zod';
import { AnswerStatus } from '../../../shared/contract/review.js';
import { DocumentRole } from '../../../shared/contract/documents.js';
import { LedgerRow, Statistics } from '../../../shared/contract/reports.js';
import { MatterType, ReviewResult, Severity } from '../../../shared/domain/matter.js';

/*
 * The data part (data.json) of each package kind. Matters and opinions are named by their exchange
 * uid (the same on every installation); documents by SHA-256 (their part path is files/<sha256>).
 */

const Uid = z.string().uuid();
const Text = (max: number) => z.string().max(max);

export const MatterCard = z.object({
  uid: Uid,
  type: MatterType,
  title: z.string().min(1).max(200),
  submittingUnit: z.string().min(1).max(100),
  township: Text(50).nullable(),
  contactName: Text(50).nullable(),
  contactPhone: Text(30).nullable(),
  note: Text(2000).nullable(),
  /** The sender's own serial, shown to the receiver for reference. */
  senderSerial: z.string().max(64),
});
export type MatterCard = z.infer<typeof MatterCard>;

export const DocumentRef = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(255),
  role: DocumentRole,
  version: z.number().int().positive(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const Person = z.object({ login: z.string().min(1).max(64), displayName: z.string().min(1).max(64) });
export type Person = z.infer<typeof Person>;

export const Answer = z.object({ itemId: z.string().min(1).max(64), status: AnswerStatus, note: Text(5000).nullable(), updatedAt: z.string(), updatedBy: z.string() });

export const OpinionCard = z.object({
  uid: Uid,
  position: z.number().int(),
  text: z.string().min(1).max(5000),
  severity: Severity,
  basis: Text(1000).nullable(),
  basisId: Text(200).nullable(),
  checklistItemId: Text(64).nullable(),
  anchor: z.object({ documentSha: z.string(), paragraph: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0), quote: z.string() }).nullable(),
  /** Who wrote it, as known to the sender (null: before accounts existed). */
  author: Person.nullable(),
  updatedAt: z.string(),
});
export type OpinionCard = z.infer<typeof OpinionCard>;

/** A decision on a pre-check finding, named by where it is (findings are recomputed on every installation). */
export const FindingDecision = z.object({
  documentSha: z.string(),
  rule: z.string().max(100),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  state: z.enum(['open', 'accepted', 'dismissed']),
  dismissReason: Text(2000).nullable(),
  opinionUid: Uid.nullable(),
});
export type FindingDecision = z.infer<typeof FindingDecision>;

export const ReviewCard = z.object({
  templateId: z.string(),
  templateVersion: z.string(),
  templateSnapshot: z.unknown(),
  answers: z.array(Answer).max(500),
  summary: Text(5000).nullable(),
  result: ReviewResult.nullable(),
});

export const SubmissionData = z.object({ matter: MatterCard, documents: z.array(DocumentRef).min(1).max(500) });

export const ConsultData = z.object({
  matter: MatterCard,
  documents: z.array(DocumentRef).max(500),
  review: ReviewCard,
  opinions: z.array(OpinionCard).max(500),
  findings: z.array(FindingDecision).max(5000),
  /** The counsel the 司法所 assigned, if any (shown to the counsel office). */
  counselName: z.string().nullable(),
});

export const ConsultReplyData = z.object({
  matterUid: Uid,
  /** The consult package this answers: changes made here after it went out are conflicts. */
  inReplyTo: Uid,
  counsel: Person,
  answers: z.array(Answer).max(500),
  summary: Text(5000).nullable(),
  result: ReviewResult.nullable(),
  opinions: z.array(OpinionCard).max(500),
  findings: z.array(FindingDecision).max(5000),
  /** The counsel submitted the review for sign-off (提交签批). */
  submitted: z.object({ at: z.string(), overrideReason: Text(2000).nullable() }).nullable(),
});

export const LetterData = z.object({
  matter: MatterCard,
  result: ReviewResult.nullable(),
  letter: z.object({ number: z.string().min(1).max(64), kind: z.string().max(40), issueDate: z.string(), model: z.unknown(), sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().max(255) }),
  opinions: z.array(OpinionCard).max(500),
});

export const FeedbackData = z.object({
  matterUid: Uid,
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reply: z.string().min(1).max(10000),
  adoptions: z.array(z.object({ opinionUid: Uid, adoption: z.enum(['adopted', 'partly-adopted', 'not-adopted']), reason: Text(2000).nullable() })).max(500),
  revisedDocument: DocumentRef.nullable(),
});

/** A file a 统计上报 carries when the township chose to include documents: a matter's document or issued letter. */
export const ReportFile = z.object({
  matterSerial: z.string().max(64),
  kind: z.enum(['document', 'letter']),
  /** For documents: their role and version on the sender's installation. */
  role: DocumentRole.nullable(),
  version: z.number().int().positive().nullable(),
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ReportFile = z.infer<typeof ReportFile>;

export const StatisticsData = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  statistics: Statistics,
  ledger: z.array(LedgerRow).max(100000),
  /** Empty unless the sender chose to include the documents (统计上报 travels without them by default). */
  documents: z.array(ReportFile).max(20000),
});

export type SubmissionData = z.infer<typeof SubmissionData>;
export type ConsultData = z.infer<typeof ConsultData>;
export type ConsultReplyData = z.infer<typeof ConsultReplyData>;
export type LetterData = z.infer<typeof LetterData>;
export type FeedbackData = z.infer<typeof FeedbackData>;
export type StatisticsData = z.infer<typeof StatisticsData>;

export const DATA_PART = 'data.json';
export const filePart = (sha256: string) => `files/${sha256}`;

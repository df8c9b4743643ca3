import { z } from 'zod';
import { OutBytes } from './binary.js';
import { CASE_WRITE, OFFICE_ADMIN, OFFICE_READ, SIGN_OFF } from '../domain/account.js';
import { MatterStatus, MatterType, ReviewResult } from '../domain/matter.js';
import { method } from './rpc.js';
import { Id, IsoDate } from './fields.js';

/** The case file (卷宗) of a matter: 卷内目录, 案卷封面, 归档, 导出案卷, and the 送审材料齐全性 check (issue 16). */

/** Sections of the 卷内目录 in the order offices file them. */
export const CASEFILE_SECTIONS = [
  'request',
  'draft',
  'explanation',
  'process',
  'other-material',
  'letter',
  'feedback',
  'revised',
] as const;
export const CasefileSection = z.enum(CASEFILE_SECTIONS);
export type CasefileSection = z.infer<typeof CasefileSection>;

export const CasefileEntry = z.object({
  /** 顺序号 in the 卷内目录, from 1. */
  seq: z.number().int().positive(),
  section: CasefileSection,
  /** What the entry is called in the 目录 (题名). */
  title: z.string(),
  /** 日期 of the entry (import day of a document, issue day of a letter, received day of a feedback). */
  date: z.string(),
  /** 责任者: who made the paper (the submitting unit, or this office). */
  author: z.string(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('document'), id: Id }),
    z.object({ kind: z.literal('letter'), id: Id }),
    z.object({ kind: z.literal('feedback'), id: Id }),
  ]),
  /** The name the entry's file gets inside the exported ZIP. */
  fileName: z.string(),
});
export type CasefileEntry = z.infer<typeof CasefileEntry>;

export const CasefileCover = z.object({
  officeName: z.string(),
  serial: z.string(),
  title: z.string(),
  type: MatterType,
  submittingUnit: z.string(),
  receivedOn: z.string(),
  opinionIssuedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  reviewer: z.string().nullable(),
  approver: z.string().nullable(),
  result: ReviewResult.nullable(),
  /** 意见书文号 of the opinion letter(s), in issue order. */
  letterNumbers: z.array(z.string()),
  archiveNo: z.string().nullable(),
  archivedOn: z.string().nullable(),
  archivedBy: z.string().nullable(),
  entryCount: z.number().int(),
});
export type CasefileCover = z.infer<typeof CasefileCover>;

export const CasefileView = z.object({
  matterId: Id,
  status: MatterStatus,
  cover: CasefileCover,
  entries: z.array(CasefileEntry),
  /** Why 归档 is not possible now (empty when it is); an archived case says so here too. */
  archiveProblems: z.array(z.string()),
});
export type CasefileView = z.infer<typeof CasefileView>;

export const MaterialState = z.enum(['received', 'missing', 'not-applicable']);
export type MaterialState = z.infer<typeof MaterialState>;

/** One required material of a matter type, as the office's list has it. */
export const MaterialItem = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, '编号只能用小写字母、数字和连字符'),
  label: z.string().trim().min(1, '材料名称不能为空').max(200),
  /** Required only in some cases (e.g. 公平竞争审查结论 where the document concerns market players). */
  conditional: z.string().trim().max(200).nullable().default(null),
  /** Where the requirement comes from (the domain reference's item or the office's own rule). */
  source: z.string().trim().max(300),
});
export type MaterialItem = z.infer<typeof MaterialItem>;

export const MaterialLists = z.record(MatterType, z.array(MaterialItem).max(40));
export type MaterialLists = z.infer<typeof MaterialLists>;

export const MaterialCheckRow = MaterialItem.extend({
  /** null: not yet checked. */
  state: MaterialState.nullable(),
  note: z.string().nullable(),
});
export type MaterialCheckRow = z.infer<typeof MaterialCheckRow>;

export const MaterialsView = z.object({
  matterId: Id,
  type: MatterType,
  items: z.array(MaterialCheckRow),
  /** Labels of the items marked missing (what a 退回补正通知 lists). */
  missing: z.array(z.string()),
  complete: z.boolean(),
});
export type MaterialsView = z.infer<typeof MaterialsView>;

export const MaterialMark = z.object({
  itemId: z.string().min(1).max(64),
  state: MaterialState,
  note: z.string().trim().max(200).nullish().transform((s) => (s ? s : null)),
});

const FileOut = z.object({ fileName: z.string(), content: OutBytes });

export const casefileContract = {
  'casefile.get': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: CasefileView, writes: false }),
  /** 归档: locks the case and gives it the next 归档号 of the year. */
  'casefile.archive': method({
    roles: CASE_WRITE,
    matterOf: 'matterId',
    input: z.object({ matterId: Id, archivedOn: IsoDate.optional() }),
    output: CasefileView,
    writes: true,
  }),
  /** 导出案卷: one ZIP with every file, the cover and the 卷内目录 as DOCX. */
  'casefile.export': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: FileOut, writes: false }),
  /** The cover and the 卷内目录 as HTML for printing. */
  'casefile.printable': method({
    roles: OFFICE_READ,
    matterOf: 'matterId',
    input: z.object({ matterId: Id }),
    output: z.object({ title: z.string(), html: z.string() }),
    writes: false,
  }),
  'materials.lists': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: z.object({ lists: MaterialLists, edited: z.boolean() }), writes: false }),
  /** The office's own lists; `null` restores the shipped lists. */
  'materials.saveLists': method({
    roles: OFFICE_ADMIN,
    input: z.object({ lists: MaterialLists.nullable() }),
    output: z.object({ lists: MaterialLists, edited: z.boolean() }),
    writes: true,
  }),
  'materials.get': method({ roles: OFFICE_READ, matterOf: 'matterId', input: z.object({ matterId: Id }), output: MaterialsView, writes: false }),
  'materials.mark': method({
    roles: CASE_WRITE,
    matterOf: 'matterId',
    input: z.object({ matterId: Id, marks: z.array(MaterialMark).min(1).max(40) }),
    output: MaterialsView,
    writes: true,
  }),
  /** The 退回补正通知 listing every material marked missing, issued in one action. */
  'materials.returnNotice': method({
    roles: SIGN_OFF,
    matterOf: 'matterId',
    input: z.object({ matterId: Id }),
    output: z.object({ letterId: Id, number: z.string().nullable(), missing: z.array(z.string()) }),
    writes: true,
  }),
};


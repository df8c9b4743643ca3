import { z } from 'zod';
import { OFFICE_ADMIN, OFFICE_READ, type Role } from '../domain/account.js';
import { OFFICE_CODE_PATTERN, OfficeKind, PackageKind } from '../domain/exchange.js';
import { MatterType } from '../domain/matter.js';
import { Id, IsoDate } from './fields.js';
import { method } from './rpc.js';
import { fileBytes, OutBytes, UPLOAD_ENVELOPE_BYTES } from './binary.js';

/** Exchange packages between offices that share no network (收发). */

/** Who handles packages: the 司法所 staff, the counsel (their reply) and the liaison (送审, 反馈). */
const EXCHANGE_WORK: readonly Role[] = ['reviewer', 'approver', 'counsel', 'liaison', 'admin'];
/** Taking a package in writes across matters, so not the liaison (scoped to their own unit). */
const EXCHANGE_IMPORT: readonly Role[] = ['reviewer', 'approver', 'counsel', 'admin'];

/** Packages travel as binary like uploads (binary.ts); 200 MB of package is the door's cap. */
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

export const OfficeIdentity = z.object({ name: z.string(), code: z.string(), kind: OfficeKind, fingerprint: z.string(), createdAt: z.string() });
export type OfficeIdentity = z.infer<typeof OfficeIdentity>;

export const TrustedOffice = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: OfficeKind,
  fingerprint: z.string(),
  validUntil: z.string().nullable(),
  trustedAt: z.string(),
  trustedBy: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});
export type TrustedOffice = z.infer<typeof TrustedOffice>;

export const ConflictChoice = z.enum(['keep-local', 'take-package']);

export const ImportPlan = z.object({
  changes: z.array(z.string()),
  conflicts: z.array(z.object({ what: z.string(), local: z.string(), incoming: z.string() })),
  blocked: z.string().nullable(),
});

export const PackagePreview = z.object({
  packageId: z.string(),
  kind: PackageKind,
  kindZh: z.string(),
  title: z.string(),
  sender: z.object({ code: z.string(), name: z.string(), kind: OfficeKind, fingerprint: z.string() }),
  receiver: z.object({ code: z.string(), name: z.string() }),
  createdAt: z.string(),
  createdBy: z.string(),
  encrypted: z.boolean(),
  parts: z.array(z.object({ path: z.string(), size: z.number().int(), sha256: z.string() })),
  alreadyImported: z.boolean(),
  plan: ImportPlan,
});
export type PackagePreview = z.infer<typeof PackagePreview>;

export const PackageRecord = z.object({
  id: z.number().int(),
  packageId: z.string(),
  direction: z.enum(['out', 'in']),
  kind: PackageKind,
  peerCode: z.string(),
  peerName: z.string(),
  matterId: z.number().int().nullable(),
  fileSha256: z.string(),
  size: z.number().int(),
  encrypted: z.boolean(),
  title: z.string(),
  at: z.string(),
  actor: z.string(),
});
export type PackageRecord = z.infer<typeof PackageRecord>;

const Figures = z.object({
  total: z.number().int(),
  withdrawn: z.number().int(),
  village: z.number().int(),
  opinions: z.number().int(),
  adopted: z.number().int(),
  partlyAdopted: z.number().int(),
  notAdopted: z.number().int(),
  pending: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  byType: z.record(MatterType, z.number().int()),
});

export const CountyStatistics = z.object({
  from: z.string(),
  to: z.string(),
  offices: z.array(Figures.extend({ code: z.string(), name: z.string(), reportedAt: z.string(), ledgerRows: z.number().int(), packageId: z.string(), files: z.number().int() })),
  totals: Figures,
});
export type CountyStatistics = z.infer<typeof CountyStatistics>;


const PackageBytes = fileBytes(MAX_PACKAGE_BYTES, '交换包过大，超过上限 200 MB', '请选择交换包文件');

export const ExportPackageInput = z
  .object({
    kind: PackageKind,
    to: z.string().trim().regex(OFFICE_CODE_PATTERN, { error: '请选择收件单位' }),
    matterId: Id.optional(),
    period: z.object({ from: IsoDate, to: IsoDate }).optional(),
    encrypt: z.boolean().default(true),
    /** 统计上报 only: also carry the period's documents and issued letters. */
    includeDocuments: z.boolean().default(false),
  })
  .refine((v) => v.kind === 'statistics' || v.matterId !== undefined, { error: '须选择审查事项', path: ['matterId'] })
  .refine((v) => v.kind !== 'statistics' || v.period !== undefined, { error: '统计上报须指定统计期间', path: ['period'] })
  .refine((v) => v.kind === 'statistics' || !v.includeDocuments, { error: '“附带文件”只用于统计上报', path: ['includeDocuments'] });

export const ReportFileRecord = z.object({
  id: z.number().int(),
  packageId: z.string(),
  officeCode: z.string(),
  matterSerial: z.string(),
  kind: z.enum(['document', 'letter']),
  role: z.string().nullable(),
  version: z.number().int().nullable(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
});
export type ReportFileRecord = z.infer<typeof ReportFileRecord>;

export const exchangeContract = {
  'exchange.office.get': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: OfficeIdentity.nullable(), writes: false }),
  'exchange.office.setup': method({ roles: OFFICE_ADMIN,
    input: z.object({
      name: z.string().trim().min(1, { error: '请填写单位名称' }).max(60),
      code: z.string().trim().regex(OFFICE_CODE_PATTERN, { error: '单位代码只能包含字母、数字、点、横线和下划线，最多 32 个字符' }),
      kind: OfficeKind,
    }),
    output: OfficeIdentity,
    writes: true,
  }),
  'exchange.office.exportKey': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: z.object({ fileName: z.string(), json: z.string() }), writes: false }),
  'exchange.trust.list': method({ roles: OFFICE_READ, input: z.object({}).strict(), output: z.array(TrustedOffice), writes: false }),
  'exchange.trust.add': method({ roles: OFFICE_ADMIN,
    input: z.object({
      keyFile: z.string().min(1, { error: '请选择对方的公钥文件' }).max(20_000),
      /** The fingerprint as read out by the other office; without it the call only reports the fingerprint. */
      confirmFingerprint: z.string().trim().max(80).nullish().transform((s) => s || null),
      validUntil: IsoDate.nullish().transform((d) => d ?? null),
    }),
    output: TrustedOffice,
    writes: true,
  }),
  'exchange.trust.withdraw': method({ roles: OFFICE_ADMIN,
    input: z.object({ code: z.string().trim().min(1).max(32), reason: z.string().trim().max(500).nullish().transform((s) => s || null) }),
    output: TrustedOffice,
    writes: true,
  }),
  'exchange.package.export': method({ roles: EXCHANGE_WORK, matterOf: 'matterId',
    input: ExportPackageInput,
    output: z.object({ fileName: z.string(), content: OutBytes, packageId: z.string(), kind: PackageKind, receiver: z.object({ code: z.string(), name: z.string() }), encrypted: z.boolean() }),
    writes: true,
  }),
  'exchange.package.preview': method({ roles: EXCHANGE_IMPORT,
    input: z.object({ content: PackageBytes }),
    output: PackagePreview,
    writes: false,
    maxInputBytes: MAX_PACKAGE_BYTES + UPLOAD_ENVELOPE_BYTES,
  }),
  'exchange.package.import': method({ roles: EXCHANGE_IMPORT,
    input: z.object({ content: PackageBytes, onConflict: ConflictChoice.optional() }),
    output: z.object({ preview: PackagePreview, imported: z.boolean(), matterId: z.number().int().nullable() }),
    writes: true,
    maxInputBytes: MAX_PACKAGE_BYTES + UPLOAD_ENVELOPE_BYTES,
  }),
  'exchange.history': method({ roles: OFFICE_READ, input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }), output: z.array(PackageRecord), writes: false }),
  'exchange.county.statistics': method({ roles: OFFICE_READ, input: z.object({ from: IsoDate, to: IsoDate }), output: CountyStatistics, writes: false }),
  'exchange.county.files': method({ roles: OFFICE_READ, input: z.object({ packageId: z.string().uuid() }), output: z.array(ReportFileRecord), writes: false }),
  'exchange.county.file': method({ roles: OFFICE_READ, input: z.object({ id: Id }), output: z.object({ fileName: z.string(), content: OutBytes }), writes: false }),
};

import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { PACKAGE_KIND_ZH, type OfficeKind, type PackageKind } from '../../../shared/domain/exchange.js';
import { recordAudit } from '../audit.js';
import { prepareImport, sha256Hex, type PreparedImport } from '../documents/document-service.js';
import { AppError, assertNever } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { todayIso } from '../workflow/office-settings.js';
import { type ConflictChoice, type Plan, type ReadyDocuments } from './apply-common.js';
import { applyFeedback, applyLetter, applyStatistics, applySubmission, planFeedback, planLetter, planStatistics, planSubmission } from './apply-outcome.js';
import { applyConsult, applyReply, planConsult, planReply } from './apply-review.js';
import { officeSecrets, sameFingerprint } from './office-keys.js';
import { trustedSender } from './trust-list.js';
import { assertIntact, binaryPart, DEFAULT_PACKAGE_LIMITS, jsonPart, openPackage, verifySignature, type Manifest, type OpenedPackage, type PackageLimits } from './package-file.js';
import { ConsultData, ConsultReplyData, DATA_PART, FeedbackData, filePart, LetterData, StatisticsData, SubmissionData, type DocumentRef } from './payloads.js';

type Data =
  | { kind: 'submission'; data: SubmissionData }
  | { kind: 'consult'; data: ConsultData }
  | { kind: 'consult-reply'; data: ConsultReplyData }
  | { kind: 'letter'; data: LetterData }
  | { kind: 'feedback'; data: FeedbackData }
  | { kind: 'statistics'; data: StatisticsData };

function readData(opened: OpenedPackage): Data {
  const kind = opened.manifest.kind;
  switch (kind) {
    case 'submission':
      return { kind, data: jsonPart(opened, DATA_PART, SubmissionData) };
    case 'consult':
      return { kind, data: jsonPart(opened, DATA_PART, ConsultData) };
    case 'consult-reply':
      return { kind, data: jsonPart(opened, DATA_PART, ConsultReplyData) };
    case 'letter':
      return { kind, data: jsonPart(opened, DATA_PART, LetterData) };
    case 'feedback':
      return { kind, data: jsonPart(opened, DATA_PART, FeedbackData) };
    case 'statistics':
      return { kind, data: jsonPart(opened, DATA_PART, StatisticsData) };
    default:
      return assertNever(kind);
  }
}

function documentRefs(d: Data): DocumentRef[] {
  switch (d.kind) {
    case 'submission':
    case 'consult':
      return d.data.documents;
    case 'feedback':
      return d.data.revisedDocument ? [d.data.revisedDocument] : [];
    default:
      return [];
  }
}

export interface VerifiedPackage {
  opened: OpenedPackage;
  manifest: Manifest;
  content: Data;
  fileSha256: string;
  size: number;
}

/**
 * Everything that can be checked without writing: structure, sizes, paths, hashes, schema version,
 * the sender on the trust list and its signature, this office as the receiver, the data's schema.
 */
export function verifyPackage(db: Database.Database, bytes: Buffer, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): VerifiedPackage {
  const own = officeSecrets(db);
  const opened = openPackage(bytes, { code: own.identity.code, key: own.boxKey }, limits);
  const { manifest } = opened;
  const sender = trustedSender(db, manifest.sender, todayIso());
  verifySignature(opened, sender.signKey);
  assertIntact(opened);
  if (manifest.receiver.code !== own.identity.code || !sameFingerprint(manifest.receiver.fingerprint, own.identity.fingerprint)) {
    throw new AppError(
      'package.wrong-receiver',
      `该交换包是发给「${manifest.receiver.name}」（代码 ${manifest.receiver.code}）的，不是本单位「${own.identity.name}」（${own.identity.code}），已拒收。`,
    );
  }
  // A file part is named by its hash: a name that does not match would let one file pass as another.
  const misnamed = manifest.parts.find((p) => p.path.startsWith('files/') && p.path !== filePart(p.sha256));
  if (misnamed) throw new AppError('package.bad-data', `交换包中的「${misnamed.path}」与其 SHA-256 不符，已拒收。`);
  const content = readData(opened);
  for (const ref of documentRefs(content)) binaryPart(opened, filePart(ref.sha256));
  if (content.kind === 'letter') binaryPart(opened, filePart(content.data.letter.sha256));
  if (content.kind === 'statistics') for (const f of content.data.documents) binaryPart(opened, filePart(f.sha256));
  return { opened, manifest, content, fileSha256: sha256Hex(bytes), size: bytes.length };
}

export interface PackagePreview {
  packageId: string;
  kind: PackageKind;
  kindZh: string;
  title: string;
  sender: { code: string; name: string; kind: OfficeKind; fingerprint: string };
  receiver: { code: string; name: string };
  createdAt: string;
  createdBy: string;
  encrypted: boolean;
  parts: { path: string; size: number; sha256: string }[];
  alreadyImported: boolean;
  plan: Plan;
}

function alreadyImported(db: Database.Database, packageId: string): boolean {
  return prepared(db, "SELECT 1 FROM exchange_packages WHERE package_id = ? AND direction = 'in'").get(packageId) !== undefined;
}

function plan(db: Database.Database, v: VerifiedPackage): Plan {
  const c = v.content;
  const sender = v.manifest.sender;
  switch (c.kind) {
    case 'submission':
      return planSubmission(db, c.data);
    case 'consult':
      return planConsult(db, c.data);
    case 'consult-reply':
      return planReply(db, c.data);
    case 'letter':
      return planLetter(db, c.data, sender.code);
    case 'feedback':
      return planFeedback(db, c.data);
    case 'statistics':
      return planStatistics(db, c.data, sender.code);
    default:
      return assertNever(c);
  }
}

/** What importing would do, without writing anything. */
export function previewPackage(db: Database.Database, bytes: Buffer, limits?: PackageLimits): PackagePreview {
  return previewOf(db, verifyPackage(db, bytes, limits));
}

function previewOf(db: Database.Database, v: VerifiedPackage): PackagePreview {
  const m = v.manifest;
  const seen = alreadyImported(db, m.id);
  return {
    packageId: m.id,
    kind: m.kind,
    kindZh: PACKAGE_KIND_ZH[m.kind],
    title: m.title,
    sender: m.sender,
    receiver: { code: m.receiver.code, name: m.receiver.name },
    createdAt: m.createdAt,
    createdBy: m.createdBy.displayName,
    encrypted: v.opened.sealed,
    parts: m.parts.map((p) => ({ path: p.path, size: p.size, sha256: p.sha256 })),
    alreadyImported: seen,
    plan: seen ? { changes: ['该交换包已导入过，不会重复导入'], conflicts: [], blocked: null } : plan(db, v),
  };
}

export interface ImportOutcome {
  preview: PackagePreview;
  imported: boolean;
  matterId: number | null;
}

/**
 * Imports a package in one IMMEDIATE transaction: verified first, documents extracted before the
 * transaction, conflicts refused unless the user chose how to resolve them; the same package twice
 * adds nothing. Any refusal leaves the archive exactly as it was.
 */
export async function importPackage(
  db: Database.Database,
  actor: string,
  bytes: Buffer,
  options: { onConflict?: ConflictChoice; limits?: PackageLimits; inline?: boolean } = {},
): Promise<ImportOutcome> {
  const v = verifyPackage(db, bytes, options.limits);
  const preview = previewOf(db, v);
  if (preview.alreadyImported) return { preview, imported: false, matterId: null };
  if (preview.plan.blocked) throw new AppError('package.blocked', `${preview.plan.blocked}未导入任何内容。`);
  const choice = options.onConflict ?? null;
  if (preview.plan.conflicts.length > 0 && !choice) {
    throw new AppError(
      'package.conflict',
      `交换包与本机的修改有 ${preview.plan.conflicts.length} 处冲突：${preview.plan.conflicts.map((c) => `${c.what}（本机：${c.local.slice(0, 40)}；包内：${c.incoming.slice(0, 40)}）`).join('；')}。请选择保留本机修改或采用包内内容后再导入。`,
      { conflicts: preview.plan.conflicts },
    );
  }
  const ready: ReadyDocuments = new Map<string, PreparedImport>();
  for (const ref of documentRefs(v.content)) {
    if (ready.has(ref.sha256)) continue;
    ready.set(ref.sha256, await prepareImport(db, { fileName: ref.fileName, bytes: binaryPart(v.opened, filePart(ref.sha256)) }, { inline: options.inline }));
  }
  const m = v.manifest;
  const done = writeTransaction(db, (): { id: number | null } | null => {
    if (alreadyImported(db, m.id)) return null;
    const c = v.content;
    let id: number | null = null;
    switch (c.kind) {
      case 'submission':
        id = applySubmission(db, actor, c.data, m.sender.name, ready);
        break;
      case 'consult':
        id = applyConsult(db, actor, c.data, m.sender.name, ready, choice);
        break;
      case 'consult-reply':
        id = applyReply(db, actor, c.data, m.sender.code, choice);
        break;
      case 'letter':
        id = applyLetter(db, actor, c.data, m.sender.code, m.sender.name, binaryPart(v.opened, filePart(c.data.letter.sha256)));
        break;
      case 'feedback':
        id = applyFeedback(db, actor, c.data, ready, choice);
        break;
      case 'statistics':
        applyStatistics(db, c.data, m.id, m.sender, m.createdAt, (sha) => binaryPart(v.opened, filePart(sha)));
        break;
      default:
        assertNever(c);
    }
    prepared(
      db,
      `INSERT INTO exchange_packages (package_id, direction, kind, peer_code, peer_name, matter_id, file_sha256, size, encrypted, summary_json, at, actor)
       VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(m.id, m.kind, m.sender.code, m.sender.name, id, v.fileSha256, v.size, v.opened.sealed ? 1 : 0, JSON.stringify({ title: m.title, changes: preview.plan.changes, conflicts: preview.plan.conflicts, choice }), nowIso(), actor);
    recordAudit(db, {
      actor,
      action: 'package.import',
      entity: id === null ? 'office' : 'matter',
      entityId: id,
      after: { packageId: m.id, kind: m.kind, from: m.sender.code, fingerprint: m.sender.fingerprint, sha256: v.fileSha256, changes: preview.plan.changes, conflicts: preview.plan.conflicts.length, choice },
    });
    return { id };
  });
  return { preview, imported: done !== null, matterId: done?.id ?? null };
}

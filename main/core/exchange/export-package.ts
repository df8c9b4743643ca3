import { randomUUID } from 'node:crypto';
import { writeTransaction } from '../store/write-transaction.js';
import { OFFICE_KIND_ZH, PACKAGE_KIND_ZH, type OfficeKind, type PackageKind } from '../../../shared/domain/exchange.js';
import { LedgerFilter } from '../../../shared/contract/reports.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { sha256Hex } from '../documents/document-service.js';
import { AppError, assertNever } from '../errors.js';
import { letterFile, listLetters } from '../letters/letter-service.js';
import { getMatter } from '../matters/matter-service.js';
import { queryLedger } from '../reports/ledger.js';
import { computeStatistics } from '../reports/statistics.js';
import { ensureReview, readReview } from '../review/review-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { todayIso } from '../workflow/office-settings.js';
import { documentPart, findingDecisions, matterCard, matterDocuments, opinionCards, reportFiles, type OutPart } from './gather.js';
import { matterUid } from './links.js';
import { officeSecrets } from './office-keys.js';
import { trustedReceiver } from './trust-list.js';
import { writePackage } from './package-file.js';
import { DATA_PART, filePart } from './payloads.js';
import { officeTimeZone } from '../clock.js';
import { fileStampInZone } from '../../../shared/domain/office-time.js';

export interface ExportRequest {
  kind: PackageKind;
  /** The receiving office's code (it must be on the trust list: its key seals and names the package). */
  to: string;
  matterId?: number;
  period?: { from: string; to: string };
  /** Encrypt to the receiver's public key (X25519 + AES-256-GCM). */
  encrypt: boolean;
  /** 统计上报 only: also carry the period's documents and issued letters (off unless chosen). */
  includeDocuments?: boolean;
}

/** Which kinds of office each package kind is meant for. */
const RECEIVERS: Record<PackageKind, OfficeKind[]> = {
  submission: ['township-office', 'county-bureau', 'counsel'],
  consult: ['counsel'],
  'consult-reply': ['township-office', 'county-bureau'],
  letter: ['unit'],
  feedback: ['township-office', 'county-bureau'],
  statistics: ['county-bureau'],
};

interface Built {
  title: string;
  matterId: number | null;
  data: unknown;
  files: OutPart[];
}

function needMatter(req: ExportRequest): number {
  if (req.matterId === undefined) throw new AppError('package.matter-required', `${PACKAGE_KIND_ZH[req.kind]}包须指定审查事项。`);
  return req.matterId;
}

/** The package's data, read in one transaction (uids of matters and opinions are made on first export). */
function build(core: Core, actor: string, req: ExportRequest): Built {
  const db = core.db;
  switch (req.kind) {
    case 'submission': {
      const id = needMatter(req);
      const docs = matterDocuments(db, id);
      if (docs.refs.length === 0) throw new AppError('package.no-documents', '该事项还没有送审文件，不能送审。');
      return { title: getMatter(db, id).title, matterId: id, data: { matter: matterCard(db, id), documents: docs.refs }, files: docs.parts };
    }
    case 'consult': {
      const id = needMatter(req);
      ensureReview(core, actor, id);
      const review = readReview(db, id);
      if (review.state === 'submitted' || review.state === 'approved') {
        throw new AppError('package.review-locked', '该审查已提交签批或已签批，不能再送协审。');
      }
      const docs = matterDocuments(db, id);
      const row = prepared(db, 'SELECT template_id, template_version, template_snapshot FROM reviews WHERE matter_id = ?').get(id) as {
        template_id: string;
        template_version: string;
        template_snapshot: string;
      };
      return {
        title: getMatter(db, id).title,
        matterId: id,
        data: {
          matter: matterCard(db, id),
          documents: docs.refs,
          review: {
            templateId: row.template_id,
            templateVersion: row.template_version,
            templateSnapshot: JSON.parse(row.template_snapshot) as unknown,
            answers: review.answers,
            summary: review.summary,
            result: review.result,
          },
          opinions: opinionCards(db, id),
          findings: findingDecisions(db, id),
          counselName: getMatter(db, id).counselName,
        },
        files: docs.parts,
      };
    }
    case 'consult-reply': {
      const id = needMatter(req);
      const consult = prepared(db, "SELECT package_id FROM exchange_packages WHERE matter_id = ? AND direction = 'in' AND kind = 'consult' ORDER BY id DESC LIMIT 1").get(id) as
        | { package_id: string }
        | undefined;
      if (!consult) throw new AppError('package.no-consult', '该事项不是通过协审包收到的，无法回复协审。');
      const review = readReview(db, id);
      const me = prepared(db, 'SELECT login, display_name FROM users WHERE login = ?').get(actor) as { login: string; display_name: string } | undefined;
      if (!me) throw new AppError('package.actor-unknown', '协审回复须以法律顾问本人的账号导出（意见署名取自账号）。');
      const submit = [...review.signoffs].reverse().find((s) => s.action === 'submit');
      return {
        title: getMatter(db, id).title,
        matterId: id,
        data: {
          matterUid: matterUid(db, id),
          inReplyTo: consult.package_id,
          counsel: { login: me.login, displayName: me.display_name },
          answers: review.answers,
          summary: review.summary,
          result: review.result,
          opinions: opinionCards(db, id),
          findings: findingDecisions(db, id),
          submitted: review.state === 'submitted' && submit ? { at: submit.at, overrideReason: review.overrideReason } : null,
        },
        files: [],
      };
    }
    case 'letter': {
      const id = needMatter(req);
      const letter = listLetters(db, id).filter((l) => l.kind !== 'return-notice').at(-1) ?? listLetters(db, id).at(-1);
      if (!letter) throw new AppError('package.no-letter', '该事项尚未出具意见书。');
      const file = letterFile(db, letter.id);
      if (sha256Hex(file.bytes) !== letter.sha256) throw new AppError('letter.blob-corrupt', '意见书文件校验失败，档案可能已损坏。');
      const model = JSON.parse((prepared(db, 'SELECT model_json FROM letters WHERE id = ?').get(letter.id) as { model_json: string }).model_json) as unknown;
      return {
        title: `${getMatter(db, id).title}（${letter.number}）`,
        matterId: id,
        data: {
          matter: matterCard(db, id),
          result: getMatter(db, id).result,
          letter: { number: letter.number, kind: letter.kind, issueDate: letter.issueDate, model, sha256: letter.sha256, fileName: file.fileName },
          opinions: opinionCards(db, id),
        },
        files: [{ path: filePart(letter.sha256), bytes: file.bytes }],
      };
    }
    case 'feedback': {
      const id = needMatter(req);
      const fb = prepared(db, 'SELECT * FROM feedback WHERE matter_id = ? ORDER BY id DESC LIMIT 1').get(id) as
        | { received_on: string; reply: string; revised_document_id: number | null }
        | undefined;
      if (!fb) throw new AppError('package.no-feedback', '该事项尚未登记反馈（采纳情况），请先登记再导出反馈包。');
      const adoptions = (
        prepared(
          db,
          'SELECT x.uid, o.adoption, o.adoption_reason FROM opinions o JOIN exchange_opinions x ON x.opinion_id = o.id WHERE o.matter_id = ? AND o.adoption IS NOT NULL ORDER BY o.position',
        ).all(id) as { uid: string; adoption: 'adopted' | 'partly-adopted' | 'not-adopted'; adoption_reason: string | null }[]
      ).map((a) => ({ opinionUid: a.uid, adoption: a.adoption, reason: a.adoption_reason }));
      const revised = fb.revised_document_id === null
        ? null
        : (prepared(db, 'SELECT sha256, file_name, role, version FROM documents WHERE id = ?').get(fb.revised_document_id) as { sha256: string; file_name: string; role: 'revised'; version: number });
      return {
        title: getMatter(db, id).title,
        matterId: id,
        data: {
          matterUid: matterUid(db, id),
          receivedOn: fb.received_on,
          reply: fb.reply,
          adoptions,
          revisedDocument: revised ? { sha256: revised.sha256, fileName: revised.file_name, role: revised.role, version: revised.version } : null,
        },
        files: revised ? [documentPart(db, revised.sha256)] : [],
      };
    }
    case 'statistics': {
      if (!req.period) throw new AppError('package.period-required', '统计上报须指定统计期间（起止日期）。');
      const statistics = computeStatistics(db, { ...req.period, today: todayIso() });
      const ledger = queryLedger(db, LedgerFilter.parse({ from: req.period.from, to: req.period.to, sort: 'receivedOn', order: 'asc' }));
      const files = req.includeDocuments ? reportFiles(db, ledger) : { refs: [], parts: [] };
      return {
        title: `统计上报 ${statistics.periodZh}${req.includeDocuments ? '（附文件）' : ''}`,
        matterId: null,
        data: { period: req.period, statistics, ledger, documents: files.refs },
        files: files.parts,
      };
    }
    default:
      return assertNever(req.kind);
  }
}

export interface ExportResult {
  fileName: string;
  bytes: Buffer;
  packageId: string;
  kind: PackageKind;
  receiver: { code: string; name: string };
  encrypted: boolean;
  parts: number;
}

/** Makes a signed package for a trusted office; recorded in the history and the audit log. */
export function exportPackage(core: Core, actor: string, req: ExportRequest): ExportResult {
  const db = core.db;
  const { identity, signKey } = officeSecrets(db);
  const receiver = trustedReceiver(db, req.to, todayIso());
  if (!RECEIVERS[req.kind].includes(receiver.office.kind)) {
    throw new AppError(
      'package.receiver-kind',
      `${PACKAGE_KIND_ZH[req.kind]}包应发给${RECEIVERS[req.kind].map((k) => OFFICE_KIND_ZH[k]).join('或')}；「${receiver.office.name}」是${OFFICE_KIND_ZH[receiver.office.kind]}。`,
    );
  }
  if (req.includeDocuments && req.kind !== 'statistics') {
    throw new AppError('package.include-documents', '“附带文件”只用于统计上报；其他交换包本来就带着所需的文件。');
  }
  if (req.kind === 'consult') {
    // Starting the review (if needed) writes; do it before the read transaction below.
    ensureReview(core, actor, needMatter(req));
  }
  const built = writeTransaction(db, () => build(core, actor, req));
  const packageId = randomUUID();
  const me = prepared(db, 'SELECT display_name FROM users WHERE login = ?').get(actor) as { display_name: string } | undefined;
  const dataBytes = Buffer.from(JSON.stringify(built.data), 'utf8');
  const bytes = writePackage(
    {
      id: packageId,
      kind: req.kind,
      createdAt: nowIso(),
      createdBy: { login: actor, displayName: me?.display_name ?? actor },
      sender: { code: identity.code, name: identity.name, kind: identity.kind, fingerprint: identity.fingerprint },
      receiver: { code: receiver.office.code, name: receiver.office.name, fingerprint: receiver.office.fingerprint },
      title: built.title.slice(0, 300),

    },
    [{ path: DATA_PART, bytes: dataBytes }, ...built.files],
    signKey,
    req.encrypt ? { code: receiver.office.code, fingerprint: receiver.office.fingerprint, boxKey: receiver.boxKey } : null,
  );
  const summary = { title: built.title, parts: built.files.length + 1, period: req.period ?? null };
  writeTransaction(db, () => {
    prepared(
      db,
      `INSERT INTO exchange_packages (package_id, direction, kind, peer_code, peer_name, matter_id, file_sha256, size, encrypted, summary_json, at, actor)
       VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(packageId, req.kind, receiver.office.code, receiver.office.name, built.matterId, sha256Hex(bytes), bytes.length, req.encrypt ? 1 : 0, JSON.stringify(summary), nowIso(), actor);
    recordAudit(db, {
      actor,
      action: 'package.export',
      entity: built.matterId === null ? 'office' : 'matter',
      entityId: built.matterId,
      after: { packageId, kind: req.kind, to: receiver.office.code, encrypted: req.encrypt, size: bytes.length, parts: built.files.length + 1 },
    });
  });
  const stamp = fileStampInZone(new Date(), officeTimeZone(db)).slice(0, 8);
  const safeTitle = built.title.replace(/[\\/:*?"<>|\s]/g, '_').slice(0, 40);
  return {
    fileName: `${PACKAGE_KIND_ZH[req.kind]}-${safeTitle}-${receiver.office.code}-${stamp}.rdpkg`,
    bytes,
    packageId,
    kind: req.kind,
    receiver: { code: receiver.office.code, name: receiver.office.name },
    encrypted: req.encrypt,
    parts: built.files.length + 1,
  };
}

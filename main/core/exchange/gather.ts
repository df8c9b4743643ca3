import type Database from 'better-sqlite3';
import { listMatterDocuments, readBlob } from '../documents/document-store.js';
import { sha256Hex } from '../documents/document-service.js';
import { AppError } from '../errors.js';
import { listMatterFindings } from '../findings/finding-service.js';
import { letterFile, listLetters } from '../letters/letter-service.js';
import { getMatter } from '../matters/matter-service.js';
import { listOpinions } from '../review/opinion-rows.js';
import { prepared } from '../store/statements.js';
import { matterUid, opinionUid } from './links.js';
import { filePart, type DocumentRef, type FindingDecision, type MatterCard, type OpinionCard, type ReportFile } from './payloads.js';

/** A part of a package being built. */
export interface OutPart {
  path: string;
  bytes: Buffer;
}

/** Call inside a transaction: the uid is made on first export. */
export function matterCard(db: Database.Database, matterId: number): MatterCard {
  const m = getMatter(db, matterId);
  return {
    uid: matterUid(db, matterId),
    type: m.type,
    title: m.title,
    submittingUnit: m.submittingUnit,
    township: m.township,
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    note: m.note,
    senderSerial: m.serial,
  };
}

/** A stored original as a package part, checked against its hash on the way out. */
export function documentPart(db: Database.Database, sha256: string): OutPart {
  const bytes = readBlob(db, sha256);
  if (sha256Hex(bytes) !== sha256) throw new AppError('document.blob-corrupt', '原始文件校验失败，档案可能已损坏，请从备份恢复后再导出。');
  return { path: filePart(sha256), bytes };
}

export function matterDocuments(db: Database.Database, matterId: number): { refs: DocumentRef[]; parts: OutPart[] } {
  const docs = listMatterDocuments(db, matterId);
  return {
    refs: docs.map((d) => ({ sha256: d.sha256, fileName: d.fileName, role: d.role, version: d.version })),
    parts: [...new Set(docs.map((d) => d.sha256))].map((sha) => documentPart(db, sha)),
  };
}

function shaOfDocument(db: Database.Database, documentId: number): string {
  return (prepared(db, 'SELECT sha256 FROM documents WHERE id = ?').get(documentId) as { sha256: string }).sha256;
}

/** Call inside a transaction: opinion uids are made on first export. */
export function opinionCards(db: Database.Database, matterId: number): OpinionCard[] {
  return listOpinions(db, matterId).map((o) => {
    const author = o.authorId === null ? null : (prepared(db, 'SELECT login, display_name FROM users WHERE id = ?').get(o.authorId) as { login: string; display_name: string } | undefined);
    return {
      uid: opinionUid(db, o.id),
      position: o.position,
      text: o.text,
      severity: o.severity,
      basis: o.basis,
      basisId: o.basisId,
      checklistItemId: o.checklistItemId,
      anchor: o.anchor
        ? { documentSha: shaOfDocument(db, o.anchor.documentId), paragraph: o.anchor.paragraph, start: o.anchor.start, end: o.anchor.end, quote: o.anchor.quote }
        : null,
      author: author ? { login: author.login, displayName: author.display_name } : null,
      updatedAt: o.updatedAt,
    };
  });
}

/** Only decided findings travel; open ones are recomputed by the receiver's own pre-checks. */
export function findingDecisions(db: Database.Database, matterId: number): FindingDecision[] {
  return listMatterFindings(db, matterId)
    .filter((f) => f.state !== 'open')
    .map((f) => ({
      documentSha: shaOfDocument(db, f.documentId),
      rule: f.rule,
      paragraph: f.paragraph,
      start: f.start,
      end: f.end,
      state: f.state,
      dismissReason: f.dismissReason,
      opinionUid: f.opinionId === null ? null : opinionUid(db, f.opinionId),
    }));
}

/**
 * The files a 统计上报 carries when the township chose to include them: every document and every issued
 * letter of the matters in the report's ledger, each byte string once (checked against its hash).
 */
export function reportFiles(db: Database.Database, matters: { id: number; serial: string }[]): { refs: ReportFile[]; parts: OutPart[] } {
  const refs: ReportFile[] = [];
  const parts = new Map<string, OutPart>();
  for (const m of matters) {
    for (const d of listMatterDocuments(db, m.id)) {
      refs.push({ matterSerial: m.serial, kind: 'document', role: d.role, version: d.version, fileName: d.fileName, sha256: d.sha256 });
      if (!parts.has(d.sha256)) parts.set(d.sha256, documentPart(db, d.sha256));
    }
    for (const l of listLetters(db, m.id)) {
      const file = letterFile(db, l.id); // read through readBlob, which checks the SHA-256
      refs.push({ matterSerial: m.serial, kind: 'letter', role: null, version: null, fileName: file.fileName, sha256: l.sha256 });
      if (!parts.has(l.sha256)) parts.set(l.sha256, { path: filePart(l.sha256), bytes: file.bytes });
    }
  }
  return { refs, parts: [...parts.values()] };
}

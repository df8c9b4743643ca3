import type Database from 'better-sqlite3';
import { storeBlob } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { recordFeedback } from '../workflow/feedback-service.js';
import { todayIso } from '../workflow/office-settings.js';
import { createLinkedMatter, newDocumentCount, storeDocuments, upsertOpinion, type ConflictChoice, type Plan, type ReadyDocuments } from './apply-common.js';
import { issuedLetters, reviewRow } from './apply-review.js';
import { matterByUid, opinionByUid } from './links.js';
import type { FeedbackData, LetterData, StatisticsData, SubmissionData } from './payloads.js';
import { findInMatterBySha } from '../documents/document-store.js';
import { officeTimeZone } from '../clock.js';
import { dateInZone } from '../../../shared/domain/office-time.js';

/* 送审 in, 意见书 in (at the unit), 反馈 in (at the 司法所), 统计上报 in (at the county). */

export function planSubmission(db: Database.Database, data: SubmissionData): Plan {
  const matterId = matterByUid(db, data.matter.uid);
  const docs = newDocumentCount(db, matterId, data.documents);
  const changes = matterId === null
    ? [`登记送审事项「${data.matter.title}」（送审单位 ${data.matter.submittingUnit}，对方编号 ${data.matter.senderSerial}）`, `导入送审文件 ${docs} 份`]
    : [docs > 0 ? `该事项已登记（${getMatter(db, matterId).serial}）：补充文件 ${docs} 份` : `该事项已登记（${getMatter(db, matterId).serial}），没有新文件`];
  return { changes, conflicts: [], blocked: null };
}

export function applySubmission(db: Database.Database, actor: string, data: SubmissionData, senderName: string, ready: ReadyDocuments): number {
  const matterId = matterByUid(db, data.matter.uid) ?? createLinkedMatter(db, actor, data.matter, senderName);
  storeDocuments(db, actor, matterId, data.documents, ready);
  return matterId;
}

export function planLetter(db: Database.Database, data: LetterData, senderCode: string): Plan {
  const matterId = matterByUid(db, data.matter.uid);
  const known = prepared(db, 'SELECT 1 FROM received_letters WHERE from_code = ? AND number = ?').get(senderCode, data.letter.number);
  const changes = [
    matterId === null ? `登记事项「${data.matter.title}」` : `事项「${getMatter(db, matterId).title}」`,
    known ? `意见书 ${data.letter.number} 已收到过，不重复保存` : `收存意见书 ${data.letter.number}（${data.letter.issueDate}）`,
    `审查意见 ${data.opinions.length} 条（可逐条登记采纳情况）`,
  ];
  // The letter's opinions replace the local copies: never on a matter reviewed, signed off or answered here.
  const review = matterId === null ? undefined : reviewRow(db, matterId);
  const blocked = matterId !== null && (issuedLetters(db, matterId) > 0 || review?.state === 'approved' || review?.state === 'submitted')
    ? '本机该事项已有本单位提交或签批的审查、或已出具的意见书，意见书包不会覆盖它们。'
    : null;
  return { changes, conflicts: [], blocked };
}

export function applyLetter(db: Database.Database, actor: string, data: LetterData, senderCode: string, senderName: string, letterBytes: Buffer): number {
  const matterId = matterByUid(db, data.matter.uid) ?? createLinkedMatter(db, actor, data.matter, senderName);
  if (!prepared(db, 'SELECT 1 FROM received_letters WHERE from_code = ? AND number = ?').get(senderCode, data.letter.number)) {
    storeBlob(db, data.letter.sha256, letterBytes);
    prepared(
      db,
      `INSERT INTO received_letters (matter_id, from_code, number, kind, issue_date, model_json, sha256, size, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(matterId, senderCode, data.letter.number, data.letter.kind, data.letter.issueDate, JSON.stringify(data.letter.model), data.letter.sha256, letterBytes.length, nowIso());
  }
  // The opinions are the issuing office's; adoption recorded here is kept when a later letter updates them.
  for (const card of data.opinions) upsertOpinion(db, matterId, { ...card, anchor: null }, undefined);
  prepared(db, 'UPDATE matters SET result = ?, updated_at = ? WHERE id = ?').run(data.result, nowIso(), matterId);
  return matterId;
}

function feedbackTarget(db: Database.Database, data: FeedbackData): number {
  const matterId = matterByUid(db, data.matterUid);
  if (matterId === null) throw new AppError('package.unknown-matter', '本机没有该反馈所涉及的审查事项。');
  for (const a of data.adoptions) {
    if (opinionByUid(db, a.opinionUid) === null) throw new AppError('package.unknown-opinion', '反馈中有本机没有的审查意见，可能对方收到的是另一份意见书。');
  }
  return matterId;
}

const ADOPTION_ZH = { adopted: '采纳', 'partly-adopted': '部分采纳', 'not-adopted': '未采纳' } as const;

export function planFeedback(db: Database.Database, data: FeedbackData): Plan {
  const matterId = feedbackTarget(db, data);
  const plan: Plan = { changes: [`登记反馈：${data.reply.slice(0, 60)}`, `逐条采纳情况 ${data.adoptions.length} 条`], conflicts: [], blocked: null };
  if (data.revisedDocument) plan.changes.push(findInMatterBySha(db, matterId, data.revisedDocument.sha256) ? '修改稿已在本机' : `导入修改稿「${data.revisedDocument.fileName}」`);
  for (const a of data.adoptions) {
    const row = prepared(db, 'SELECT position, adoption FROM opinions WHERE id = ?').get(opinionByUid(db, a.opinionUid)) as { position: number; adoption: keyof typeof ADOPTION_ZH | null };
    if (row.adoption !== null && row.adoption !== a.adoption) {
      plan.conflicts.push({ what: `第 ${row.position} 条意见的采纳情况`, local: ADOPTION_ZH[row.adoption], incoming: ADOPTION_ZH[a.adoption] });
    }
  }
  return plan;
}

export function applyFeedback(db: Database.Database, actor: string, data: FeedbackData, ready: ReadyDocuments, choice: ConflictChoice | null): number {
  const matterId = feedbackTarget(db, data);
  const revised = data.revisedDocument ? (storeDocuments(db, actor, matterId, [data.revisedDocument], ready)[0] ?? findInMatterBySha(db, matterId, data.revisedDocument.sha256)) : null;
  const adoptions = data.adoptions
    .map((a) => ({ opinionId: opinionByUid(db, a.opinionUid)!, adoption: a.adoption, reason: a.reason }))
    .filter((a) => {
      if (choice !== 'keep-local') return true;
      const row = prepared(db, 'SELECT adoption FROM opinions WHERE id = ?').get(a.opinionId) as { adoption: string | null };
      return row.adoption === null || row.adoption === a.adoption;
    });
  const matter = getMatter(db, matterId);
  const today = todayIso();
  recordFeedback(db, actor, {
    matterId,
    receivedOn: today < matter.receivedOn ? matter.receivedOn : today,
    reply: data.reply,
    revisedDocumentId: revised?.id ?? null,
    adoptions,
  });
  return matterId;
}

export function planStatistics(db: Database.Database, data: StatisticsData, senderCode: string): Plan {
  const earlier = prepared(db, 'SELECT created_at FROM statistics_reports WHERE office_code = ? AND period_from = ? AND period_to = ? ORDER BY created_at DESC LIMIT 1').get(
    senderCode,
    data.period.from,
    data.period.to,
  ) as { created_at: string } | undefined;
  const changes = [`收存统计报表 ${data.statistics.periodZh}：审查事项 ${data.statistics.total} 件、台账 ${data.ledger.length} 行`];
  if (data.documents.length > 0) {
    const letters = data.documents.filter((f) => f.kind === 'letter').length;
    changes.push(`附带文件 ${data.documents.length - letters} 份、意见书 ${letters} 份（存入本机档案，可在县级汇总中查看）`);
  }
  if (earlier) changes.push(`替代该单位同期 ${dateInZone(earlier.created_at, officeTimeZone(db))} 报送的报表`);
  return { changes, conflicts: [], blocked: null };
}

export function applyStatistics(
  db: Database.Database,
  data: StatisticsData,
  packageId: string,
  sender: { code: string; name: string },
  createdAt: string,
  fileBytes: (sha256: string) => Buffer,
): void {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO statistics_reports (package_id, office_code, office_name, period_from, period_to, created_at, statistics_json, ledger_json, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(packageId, sender.code, sender.name, data.period.from, data.period.to, createdAt, JSON.stringify(data.statistics), JSON.stringify(data.ledger), nowIso());
  for (const f of data.documents) {
    const bytes = fileBytes(f.sha256);
    storeBlob(db, f.sha256, bytes);
    prepared(
      db,
      `INSERT INTO statistics_report_files (report_id, matter_serial, kind, role, version, file_name, sha256, size)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, sha256, matter_serial) DO NOTHING`,
    ).run(lastInsertRowid, f.matterSerial, f.kind, f.role, f.version, f.fileName, f.sha256, bytes.length);
  }
}

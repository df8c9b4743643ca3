import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { getMatter } from '../matters/matter-service.js';
import { moveMatterIfAllowed } from '../matters/matter-status.js';
import { nowIso, prepared } from '../store/statements.js';
import { applyFindingDecisions, createLinkedMatter, newDocumentCount, storeDocuments, upsertOpinion, type ConflictChoice, type Plan, type ReadyDocuments } from './apply-common.js';
import { matterByUid, opinionByUid, remoteAccount } from './links.js';
import type { ConsultData, ConsultReplyData } from './payloads.js';
import { officeTimeZone } from '../clock.js';
import { formatInstant } from '../../../shared/domain/office-time.js';

/*
 * 协审: the 司法所 sends a matter with its review to its counsel (consult); the counsel sends back
 * answers, opinions, findings decisions and possibly the submission for sign-off (consult-reply).
 */

interface ReviewRow {
  state: 'open' | 'submitted' | 'returned' | 'approved';
  updated_at: string;
}

export function reviewRow(db: Database.Database, matterId: number): ReviewRow | undefined {
  return prepared(db, 'SELECT state, updated_at FROM reviews WHERE matter_id = ?').get(matterId) as ReviewRow | undefined;
}

export function issuedLetters(db: Database.Database, matterId: number): number {
  return (prepared(db, "SELECT count(*) AS n FROM letters WHERE matter_id = ? AND kind <> 'return-notice'").get(matterId) as { n: number }).n;
}

export function planConsult(db: Database.Database, data: ConsultData): Plan {
  const matterId = matterByUid(db, data.matter.uid);
  const plan: Plan = { changes: [], conflicts: [], blocked: null };
  if (matterId === null) {
    plan.changes.push(`登记协审事项「${data.matter.title}」（送审单位 ${data.matter.submittingUnit}）`);
  } else {
    const review = reviewRow(db, matterId);
    if (issuedLetters(db, matterId) > 0) plan.blocked = '本机已就该事项出具意见书，协审包不会覆盖已出具的意见书。';
    else if (review?.state === 'approved') plan.blocked = '本机该事项的审查已签批，不会被协审包覆盖。';
    else if (review) {
      plan.conflicts.push({ what: '审查记录', local: `本机已有该事项的审查记录（最后修改 ${formatInstant(review.updated_at, officeTimeZone(db))}）`, incoming: '司法所重新发来的审查清单、意见和预检处理' });
    }
  }
  const docs = newDocumentCount(db, matterId, data.documents);
  if (docs > 0) plan.changes.push(`导入文件 ${docs} 份`);
  plan.changes.push(`审查清单答复 ${data.review.answers.length} 项、审查意见 ${data.opinions.length} 条、预检处理 ${data.findings.length} 项`);
  return plan;
}

export function applyConsult(db: Database.Database, actor: string, data: ConsultData, senderName: string, ready: ReadyDocuments, choice: ConflictChoice | null): number {
  let matterId = matterByUid(db, data.matter.uid);
  const isNew = matterId === null;
  matterId ??= createLinkedMatter(db, actor, data.matter, senderName);
  // On the counsel's own installation the matter is theirs: a counsel-only account may then work on it.
  prepared(
    db,
    "UPDATE matters SET counsel_id = (SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'counsel' WHERE u.login = ?) WHERE id = ? AND counsel_id IS NULL",
  ).run(actor, matterId);
  storeDocuments(db, actor, matterId, data.documents, ready);
  if (!isNew && choice === 'keep-local' && reviewRow(db, matterId)) return matterId;
  const now = nowIso();
  if (!reviewRow(db, matterId)) {
    prepared(db, 'INSERT INTO reviews (matter_id, template_id, template_version, template_snapshot, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      matterId,
      data.review.templateId,
      data.review.templateVersion,
      JSON.stringify(data.review.templateSnapshot),
      now,
      now,
    );
  } else {
    prepared(db, "UPDATE reviews SET state = 'open', template_id = ?, template_version = ?, template_snapshot = ?, updated_at = ? WHERE matter_id = ?").run(
      data.review.templateId,
      data.review.templateVersion,
      JSON.stringify(data.review.templateSnapshot),
      now,
      matterId,
    );
  }
  prepared(db, 'UPDATE reviews SET summary = ? WHERE matter_id = ?').run(data.review.summary, matterId);
  prepared(db, 'UPDATE matters SET result = ?, updated_at = ? WHERE id = ?').run(data.review.result, now, matterId);
  prepared(db, 'DELETE FROM checklist_answers WHERE matter_id = ?').run(matterId);
  for (const a of data.review.answers) {
    prepared(db, 'INSERT INTO checklist_answers (matter_id, item_id, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)').run(matterId, a.itemId, a.status, a.note, a.updatedAt, a.updatedBy);
  }
  const keep = new Set<number>();
  for (const card of data.opinions) keep.add(upsertOpinion(db, matterId, card, undefined));
  for (const { id } of prepared(db, 'SELECT id FROM opinions WHERE matter_id = ?').all(matterId) as { id: number }[]) {
    if (!keep.has(id)) {
      prepared(db, "UPDATE findings SET state = 'open', opinion_id = NULL WHERE opinion_id = ?").run(id);
      prepared(db, 'DELETE FROM opinions WHERE id = ?').run(id);
    }
  }
  applyFindingDecisions(db, matterId, data.findings);
  moveMatterIfAllowed(db, actor, matterId, 'registered', 'in-review');
  return matterId;
}

/** The time the consult this reply answers went out: local changes after it are the conflicts. */
function consultSentAt(db: Database.Database, packageId: string): string {
  const row = prepared(db, "SELECT at FROM exchange_packages WHERE package_id = ? AND direction = 'out' AND kind = 'consult'").get(packageId) as { at: string } | undefined;
  if (!row) throw new AppError('package.unknown-consult', '本机没有发出过这份协审回复所答复的协审包，无法导入。');
  return row.at;
}

function replyTarget(db: Database.Database, data: ConsultReplyData): number {
  const matterId = matterByUid(db, data.matterUid);
  if (matterId === null) throw new AppError('package.unknown-matter', '本机没有该协审回复所涉及的审查事项。');
  return matterId;
}

/** The checklist questions of the matter's review (its template snapshot), to name an item in a conflict. */
function checklistQuestions(db: Database.Database, matterId: number): Map<string, string> {
  const row = prepared(db, 'SELECT template_snapshot FROM reviews WHERE matter_id = ?').get(matterId) as { template_snapshot: string } | undefined;
  try {
    const items = (JSON.parse(row?.template_snapshot ?? '{}') as { items?: { id: string; question: string }[] }).items ?? [];
    return new Map(items.map((i) => [i.id, i.question]));
  } catch {
    return new Map();
  }
}

/** The checklist's own words for an answer (as on the review page), for the conflict shown to the person. */
const ANSWER_ZH: Record<string, string> = { pass: '通过', problem: '有问题', 'not-applicable': '不适用' };
const answerText = (status: string, note: string | null) => `${ANSWER_ZH[status] ?? status}${note ? `：${note}` : ''}`;

export function planReply(db: Database.Database, data: ConsultReplyData): Plan {
  const matterId = replyTarget(db, data);
  const sentAt = consultSentAt(db, data.inReplyTo);
  const plan: Plan = { changes: [], conflicts: [], blocked: null };
  const review = reviewRow(db, matterId);
  if (!review) plan.blocked = '本机该事项尚未开始审查。';
  else if (issuedLetters(db, matterId) > 0) plan.blocked = '本机已就该事项出具意见书，协审回复不会覆盖已出具的意见书。';
  else if (review.state === 'approved') plan.blocked = '本机该事项的审查已签批通过，协审回复不会覆盖已签批的审查。';
  else if (review.state === 'submitted') plan.blocked = '本机该事项的审查已提交签批；如需采用协审回复，请签批人先退回。';
  const local = new Map(
    (prepared(db, 'SELECT item_id, status, note, updated_at FROM checklist_answers WHERE matter_id = ?').all(matterId) as { item_id: string; status: string; note: string | null; updated_at: string }[]).map((a) => [a.item_id, a]),
  );
  const questions = checklistQuestions(db, matterId);
  for (const a of data.answers) {
    const mine = local.get(a.itemId);
    if (mine && mine.updated_at > sentAt && (mine.status !== a.status || mine.note !== a.note)) {
      const question = questions.get(a.itemId);
      plan.conflicts.push({
        what: `审查要点 ${a.itemId}${question ? `「${question.length > 30 ? `${question.slice(0, 30)}…` : question}」` : ''}`,
        local: answerText(mine.status, mine.note),
        incoming: answerText(a.status, a.note),
        key: `answer:${a.itemId}`,
      });
    }
  }
  for (const card of data.opinions) {
    const id = opinionByUid(db, card.uid);
    if (id === null) continue;
    const mine = prepared(db, 'SELECT text, updated_at FROM opinions WHERE id = ?').get(id) as { text: string; updated_at: string };
    if (mine.updated_at > sentAt && mine.text !== card.text) plan.conflicts.push({ what: `审查意见 ${card.position}`, local: mine.text, incoming: card.text, key: `opinion:${card.uid}` });
  }
  const isNew = data.opinions.filter((o) => opinionByUid(db, o.uid) === null).length;
  plan.changes.push(`法律顾问 ${data.counsel.displayName} 的清单答复 ${data.answers.length} 项、审查意见 ${data.opinions.length} 条（新增 ${isNew} 条）、预检处理 ${data.findings.length} 项`);
  if (data.submitted) plan.changes.push('法律顾问已提交签批：事项转入待签批');
  return plan;
}

export function applyReply(db: Database.Database, actor: string, data: ConsultReplyData, senderCode: string, choice: ConflictChoice | null): number {
  const matterId = replyTarget(db, data);
  const plan = planReply(db, data);
  const skip = new Set(choice === 'keep-local' ? plan.conflicts.map((c) => c.key) : []);
  const counsel = remoteAccount(db, actor, senderCode, data.counsel, getMatter(db, matterId).counselId);
  const now = nowIso();
  for (const a of data.answers) {
    if (skip.has(`answer:${a.itemId}`)) continue;
    prepared(
      db,
      `INSERT INTO checklist_answers (matter_id, item_id, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (matter_id, item_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(matterId, a.itemId, a.status, a.note, now, counsel.login);
  }
  const sentAt = consultSentAt(db, data.inReplyTo);
  const inReply = new Set<number>();
  for (const card of data.opinions) {
    const existing = opinionByUid(db, card.uid);
    if (skip.has(`opinion:${card.uid}`) && existing !== null) {
      inReply.add(existing);
      continue;
    }
    // The counsel's own opinions (written or rewritten on their laptop) carry the counsel's name.
    const byCounsel = card.author?.login === data.counsel.login;
    inReply.add(upsertOpinion(db, matterId, card, byCounsel ? counsel.id : undefined));
  }
  // Opinions sent out for consult that the counsel removed, unless changed here since.
  for (const o of prepared(db, 'SELECT o.id, o.updated_at FROM opinions o JOIN exchange_opinions x ON x.opinion_id = o.id WHERE o.matter_id = ?').all(matterId) as { id: number; updated_at: string }[]) {
    if (!inReply.has(o.id) && o.updated_at <= sentAt) {
      prepared(db, "UPDATE findings SET state = 'open', opinion_id = NULL WHERE opinion_id = ?").run(o.id);
      prepared(db, 'DELETE FROM opinions WHERE id = ?').run(o.id);
    }
  }
  applyFindingDecisions(db, matterId, data.findings);
  prepared(db, 'UPDATE reviews SET summary = ?, updated_at = ? WHERE matter_id = ?').run(data.summary, now, matterId);
  prepared(db, 'UPDATE matters SET result = ?, updated_at = ? WHERE id = ?').run(data.result, now, matterId);
  if (data.submitted) {
    prepared(db, "UPDATE reviews SET state = 'submitted', override_reason = ?, updated_at = ? WHERE matter_id = ?").run(data.submitted.overrideReason, now, matterId);
    prepared(db, "INSERT INTO signoffs (matter_id, action, actor, user_id, comment, at) VALUES (?, 'submit', ?, ?, ?, ?)").run(
      matterId,
      counsel.login,
      counsel.id,
      data.submitted.overrideReason,
      data.submitted.at,
    );
    moveMatterIfAllowed(db, counsel.login, matterId, 'registered', 'in-review');
    moveMatterIfAllowed(db, counsel.login, matterId, 'in-review', 'awaiting-signoff');
  }
  return matterId;
}

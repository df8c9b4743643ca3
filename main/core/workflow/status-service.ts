import type Database from 'better-sqlite3';
import { unlinkedName } from '../accounts/account-store.js';
import type { StatusChangeRecord, WorkflowView } from '../../../shared/contract/workflow.js';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import { StatusChangeRequest } from '../../../shared/domain/workflow.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import {
  type MatterClockRow,
  deadlineInfo,
  dueDateFromHistory,
  historySteps,
  limitOf,
} from './deadline-service.js';
import { pausesFromHistory } from './history.js';
import { loadWorkflowSettings, todayIso } from './office-settings.js';
import { allowedMoves, assertMove, moveNeedsReason } from './status-machine.js';
import { deadlineRuleText } from './working-days.js';
import { writeTransaction } from '../store/write-transaction.js';

interface MatterFlowRow extends MatterClockRow {
  opinion_issued_on: string | null;
  closed_on: string | null;
}

function matterRow(db: Database.Database, matterId: number): MatterFlowRow {
  const row = prepared(
    db,
    'SELECT id, type, received_on, due_on, limit_days, status, opinion_issued_on, closed_on FROM matters WHERE id = ?',
  ).get(matterId) as MatterFlowRow | undefined;
  if (!row) throw new AppError('matter.not-found', `审查事项（编号 ${matterId}）不存在或已被删除。`);
  return row;
}

interface ChangeRow {
  id: number;
  matter_id: number;
  from_status: MatterStatus;
  to_status: MatterStatus;
  effective_on: string;
  at: string;
  actor: string;
  reason: string | null;
}

const toRecord = (r: ChangeRow & { display_name?: string | null }): StatusChangeRecord => ({
  id: r.id,
  matterId: r.matter_id,
  from: r.from_status,
  to: r.to_status,
  effectiveOn: r.effective_on,
  at: r.at,
  actor: r.actor,
  actorName: r.display_name ?? unlinkedName(r.actor),
  reason: r.reason,
});

/** Every recorded move of a matter, oldest first. */
export function statusHistory(db: Database.Database, matterId: number): StatusChangeRecord[] {
  matterRow(db, matterId);
  const rows = prepared(
    db,
    'SELECT c.*, u.display_name FROM status_changes c LEFT JOIN users u ON u.login = c.actor WHERE c.matter_id = ? ORDER BY c.id',
  ).all(matterId) as (ChangeRow & { display_name: string | null })[];
  return rows.map(toRecord);
}

/**
 * Moves a matter to another status in one immediate transaction: checks the move with the status
 * machine, records it (who, when, effective day, reason), keeps the opinion/closing dates, and, when
 * the move enters or leaves 退回补正, recomputes the due date from the pauses in the history.
 * Other modules (sign-off, letters) call this inside their own transaction; it nests as a savepoint.
 */
export function moveMatterStatus(
  db: Database.Database,
  actor: string,
  request: StatusChangeRequest,
  today: string = todayIso(),
): StatusChangeRecord {
  const req = StatusChangeRequest.parse(request);
  const move = writeTransaction(db, () => {
    const before = matterRow(db, req.matterId);
    assertMove(before.status, req.to);
    if (moveNeedsReason(before.status, req.to) && !req.reason) {
      throw new AppError('status.reason-required', '此项操作须填写原因（例如需补正的材料、撤回原因或退回签批的意见）。');
    }
    const effectiveOn = req.effectiveOn ?? today;
    if (effectiveOn > today) throw new AppError('status.future-date', `生效日期 ${effectiveOn} 晚于今天，不能预先登记。`);
    if (effectiveOn < before.received_on) {
      throw new AppError('status.before-received', `生效日期 ${effectiveOn} 早于收件日期 ${before.received_on}。`);
    }
    const last = prepared(db, 'SELECT max(effective_on) AS d FROM status_changes WHERE matter_id = ?').get(req.matterId) as {
      d: string | null;
    };
    if (last.d !== null && effectiveOn < last.d) {
      throw new AppError('status.date-order', `生效日期 ${effectiveOn} 早于上一次流转的日期 ${last.d}。`);
    }
    const at = nowIso();
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO status_changes (matter_id, from_status, to_status, effective_on, at, actor, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(req.matterId, before.status, req.to, effectiveOn, at, actor, req.reason);

    const settings = loadWorkflowSettings(db);
    let dueOn = before.due_on;
    let limitDays = before.limit_days;
    if (req.to === 'returned' || before.status === 'returned') {
      limitDays = limitOf(settings, before);
      const pauses = pausesFromHistory(historySteps(db, req.matterId));
      dueOn = dueDateFromHistory(settings, { ...before, limit_days: limitDays }, pauses).dueOn;
    }
    const opinionIssuedOn = req.to === 'opinion-issued' ? effectiveOn : before.opinion_issued_on;
    const closedOn = req.to === 'closed' ? effectiveOn : before.closed_on;
    prepared(
      db,
      `UPDATE matters SET status = ?, due_on = ?, limit_days = ?, opinion_issued_on = ?, closed_on = ?, updated_at = ?
       WHERE id = ?`,
    ).run(req.to, dueOn, limitDays, opinionIssuedOn, closedOn, at, req.matterId);
    const change = toRecord(
      prepared(db, 'SELECT c.*, u.display_name FROM status_changes c LEFT JOIN users u ON u.login = c.actor WHERE c.id = ?').get(lastInsertRowid) as ChangeRow,
    );
    recordAudit(db, {
      actor,
      action: 'matter.status',
      entity: 'matter',
      entityId: req.matterId,
      before: { status: before.status, dueOn: before.due_on },
      after: { status: req.to, dueOn, effectiveOn, reason: req.reason },
    });
    return change;
  });
  return move;
}

/** Everything the workflow tab shows: status, allowed moves, history, pauses and the deadline. */
export function workflowView(db: Database.Database, matterId: number, today: string = todayIso()): WorkflowView {
  const row = matterRow(db, matterId);
  const settings = loadWorkflowSettings(db);
  const history = statusHistory(db, matterId);
  return {
    matterId,
    status: row.status,
    receivedOn: row.received_on,
    limitDays: limitOf(settings, row),
    allowedMoves: allowedMoves(row.status).map((to) => ({ to, needsReason: moveNeedsReason(row.status, to) })),
    history,
    pauses: pausesFromHistory(history),
    deadline: deadlineInfo(db, settings, row, today),
    opinionIssuedOn: row.opinion_issued_on,
    closedOn: row.closed_on,
    ruleText: deadlineRuleText(settings.deadline, settings.calendar),
    rule: {
      countStartDay: settings.deadline.countStartDay,
      pauseMode: settings.deadline.pauseMode,
      countAdjustedWorkdays: settings.deadline.countAdjustedWorkdays,
      coverage: settings.calendar.coverage,
    },
  };
}

/** Deadline states of several matters at once (for matter lists). */
export function deadlinesOf(db: Database.Database, matterIds: readonly number[], today: string = todayIso()) {
  const settings = loadWorkflowSettings(db);
  return matterIds.map((id) => ({ matterId: id, deadline: deadlineInfo(db, settings, matterRow(db, id), today) }));
}

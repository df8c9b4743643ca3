import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { DeadlineStateName, QueueInput, QueueItem, QueueOutput } from '../../../shared/contract/workflow.js';
import type { MatterStatus, MatterType } from '../../../shared/domain/matter.js';
import { prepared } from '../store/statements.js';
import { deadlineInfo } from './deadline-service.js';
import { loadWorkflowSettings, todayIso } from './office-settings.js';

/** Most urgent first; matters waiting for the unit's reply come last. */
const URGENCY: Record<DeadlineStateName, number> = {
  overdue: 0,
  'due-today': 1,
  'due-soon': 2,
  ok: 3,
  none: 4,
  paused: 5,
  done: 6,
};

interface QueueRow {
  id: number;
  serial: string;
  title: string;
  type: MatterType;
  submitting_unit: string;
  township: string | null;
  received_on: string;
  due_on: string | null;
  limit_days: number | null;
  status: MatterStatus;
  signed_off_on: string | null;
  reviewer_id: number | null;
  reviewer_name: string | null;
}

/**
 * The reviewer's queue for the home screen: every matter not yet closed, withdrawn or voided, with its
 * deadline state on `today`, the most urgent first (then the earliest due date, then the oldest).
 */
export function reviewerQueue(db: Database.Database, input: z.output<typeof QueueInput>): QueueOutput {
  const today = input.today ?? todayIso();
  const settings = loadWorkflowSettings(db);
  const rows = prepared(
    db,
    `SELECT m.id, m.serial, m.title, m.type, m.submitting_unit, m.township, m.received_on, m.due_on, m.limit_days,
            m.status, m.signed_off_on, m.reviewer_id, u.display_name AS reviewer_name
     FROM matters m LEFT JOIN users u ON u.id = m.reviewer_id
     WHERE m.status NOT IN ('closed', 'withdrawn') AND m.voided_at IS NULL AND (@reviewer IS NULL OR m.reviewer_id = @reviewer)`,
  ).all({ reviewer: input.reviewerId ?? null }) as QueueRow[];
  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    serial: r.serial,
    title: r.title,
    type: r.type,
    submittingUnit: r.submitting_unit,
    township: r.township,
    receivedOn: r.received_on,
    status: r.status,
    signedOffOn: r.signed_off_on,
    reviewerId: r.reviewer_id,
    reviewerName: r.reviewer_name,
    deadline: deadlineInfo(db, settings, r, today),
  }));
  items.sort(
    (a, b) =>
      URGENCY[a.deadline.state] - URGENCY[b.deadline.state] ||
      (a.deadline.dueOn ?? '9999').localeCompare(b.deadline.dueOn ?? '9999') ||
      a.receivedOn.localeCompare(b.receivedOn) ||
      a.id - b.id,
  );
  const count = (state: DeadlineStateName) => items.filter((i) => i.deadline.state === state).length;
  return {
    today,
    items: items.slice(0, input.limit),
    total: items.length,
    counts: {
      overdue: count('overdue'),
      dueToday: count('due-today'),
      dueSoon: count('due-soon'),
      paused: count('paused'),
      awaitingFeedback: items.filter((i) => i.status === 'awaiting-feedback').length,
    },
  };
}

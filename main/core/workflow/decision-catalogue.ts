import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  DECISION_STEPS,
  type DecisionFields,
  type DecisionItem,
  type DecisionStep,
  type DecisionStepInput,
  type DecisionStepState,
} from '../../../shared/contract/workflow.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';

/*
 * 重大行政决策 年度决策事项目录 (国务院令第713号第3条第3款) and the procedure steps each item needs:
 * 公众参与 (第14条), 专家论证 (第19条), 风险评估 (第22条), 合法性审查 (第25条), 集体讨论决定 (第30条),
 * 公布 (第32条). 合法性审查 and 集体讨论决定 are always required; the others apply when the item calls for
 * them (专业性强 / 可能影响社会稳定 / 依法不予公开) and may be marked not applicable, with the reason.
 */

export const STEP_ZH: Record<DecisionStep, string> = {
  'public-participation': '公众参与',
  'expert-review': '专家论证',
  'risk-assessment': '风险评估',
  'legality-review': '合法性审查',
  'collective-decision': '集体讨论决定',
  publication: '公布',
};

/** Steps that can never be marked not applicable. */
const ALWAYS_REQUIRED: ReadonlySet<DecisionStep> = new Set(['legality-review', 'collective-decision']);
/** Steps that must be settled before the collective decision is taken. */
const BEFORE_DECISION: readonly DecisionStep[] = ['public-participation', 'expert-review', 'risk-assessment', 'legality-review'];

interface ItemRow {
  id: number;
  year: number;
  title: string;
  responsible_unit: string;
  matter_id: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

interface StepRow {
  step: DecisionStep;
  done_on: string | null;
  evidence_document_id: number | null;
  not_applicable: string | null;
}

const settled = (s: DecisionStepState) => s.doneOn !== null || s.notApplicable !== null;

/** What is missing and what is wrong with an item's recorded steps. */
export function assessSteps(steps: readonly DecisionStepState[]): Pick<DecisionItem, 'missing' | 'missingBeforeDecision' | 'problems' | 'readyForDecision'> {
  const byStep = new Map(steps.map((s) => [s.step, s]));
  const state = (step: DecisionStep): DecisionStepState =>
    byStep.get(step) ?? { step, doneOn: null, evidenceDocumentId: null, notApplicable: null };
  const missing = DECISION_STEPS.filter((s) => !settled(state(s)));
  const missingBeforeDecision = BEFORE_DECISION.filter((s) => !settled(state(s)));
  const problems: string[] = [];
  const decided = state('collective-decision').doneOn;
  if (decided !== null) {
    if (missingBeforeDecision.length > 0) {
      problems.push(`已集体讨论决定，但决定前尚未完成：${missingBeforeDecision.map((s) => STEP_ZH[s]).join('、')}`);
    }
    for (const s of BEFORE_DECISION) {
      const done = state(s).doneOn;
      if (done !== null && done > decided) problems.push(`${STEP_ZH[s]}的日期（${done}）晚于集体讨论决定的日期（${decided}）`);
    }
  }
  const published = state('publication').doneOn;
  if (published !== null && (decided === null || published < decided)) {
    problems.push('公布日期早于集体讨论决定，或尚未集体讨论决定');
  }
  for (const s of DECISION_STEPS) {
    const st = state(s);
    if (st.doneOn !== null && st.evidenceDocumentId === null) problems.push(`${STEP_ZH[s]}已填写日期，但未关联证明材料`);
  }
  return { missing, missingBeforeDecision, problems, readyForDecision: missingBeforeDecision.length === 0 };
}

function itemRow(db: Database.Database, id: number): ItemRow {
  const row = prepared(db, 'SELECT * FROM decision_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!row) throw new AppError('decision.not-found', `决策事项（编号 ${id}）不存在。`);
  return row;
}

function toItem(db: Database.Database, row: ItemRow): DecisionItem {
  const stored = prepared(db, 'SELECT step, done_on, evidence_document_id, not_applicable FROM decision_steps WHERE item_id = ?').all(
    row.id,
  ) as StepRow[];
  const byStep = new Map(stored.map((s) => [s.step, s]));
  const steps: DecisionStepState[] = DECISION_STEPS.map((step) => {
    const s = byStep.get(step);
    return {
      step,
      doneOn: s?.done_on ?? null,
      evidenceDocumentId: s?.evidence_document_id ?? null,
      notApplicable: s?.not_applicable ?? null,
    };
  });
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    responsibleUnit: row.responsible_unit,
    matterId: row.matter_id,
    note: row.note,
    steps,
    ...assessSteps(steps),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkMatter(db: Database.Database, matterId: number | null): void {
  if (matterId !== null && !prepared(db, 'SELECT 1 FROM matters WHERE id = ?').get(matterId)) {
    throw new AppError('matter.not-found', `关联的审查事项（编号 ${matterId}）不存在。`);
  }
}

export function getDecision(db: Database.Database, id: number): DecisionItem {
  return toItem(db, itemRow(db, id));
}

/** The catalogue of a year (or of every year), in entry order. */
export function listDecisions(db: Database.Database, year?: number): DecisionItem[] {
  const rows = prepared(db, 'SELECT * FROM decision_items WHERE (@year IS NULL OR year = @year) ORDER BY year DESC, id').all({
    year: year ?? null,
  }) as ItemRow[];
  return rows.map((r) => toItem(db, r));
}

export function createDecision(db: Database.Database, actor: string, f: z.output<typeof DecisionFields>): DecisionItem {
  return writeTransaction(db, () => {
    checkMatter(db, f.matterId);
    const now = nowIso();
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO decision_items (year, title, responsible_unit, matter_id, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(f.year, f.title, f.responsibleUnit, f.matterId, f.note, now, now);
    const item = getDecision(db, Number(lastInsertRowid));
    recordAudit(db, { actor, action: 'decision.create', entity: 'decision', entityId: item.id, after: item });
    return item;
  });
}

export function updateDecision(db: Database.Database, actor: string, id: number, f: z.output<typeof DecisionFields>): DecisionItem {
  return writeTransaction(db, () => {
    const before = getDecision(db, id);
    checkMatter(db, f.matterId);
    prepared(db, 'UPDATE decision_items SET year = ?, title = ?, responsible_unit = ?, matter_id = ?, note = ?, updated_at = ? WHERE id = ?').run(
      f.year,
      f.title,
      f.responsibleUnit,
      f.matterId,
      f.note,
      nowIso(),
      id,
    );
    const item = getDecision(db, id);
    recordAudit(db, { actor, action: 'decision.update', entity: 'decision', entityId: id, before, after: item });
    return item;
  });
}

export function deleteDecision(db: Database.Database, actor: string, id: number): { ok: true } {
  return writeTransaction(db, () => {
    const before = getDecision(db, id);
    prepared(db, 'DELETE FROM decision_items WHERE id = ?').run(id);
    recordAudit(db, { actor, action: 'decision.delete', entity: 'decision', entityId: id, before });
    return { ok: true as const };
  });
}

/** Records (or clears, with neither date nor reason) one procedure step of an item. */
export function setDecisionStep(db: Database.Database, actor: string, input: z.output<typeof DecisionStepInput>): DecisionItem {
  return writeTransaction(db, () => {
    const before = getDecision(db, input.itemId);
    if (input.notApplicable !== null && ALWAYS_REQUIRED.has(input.step)) {
      throw new AppError('decision.step-required', `“${STEP_ZH[input.step]}”是必经程序，不能标为不适用。`);
    }
    if (input.evidenceDocumentId !== null) {
      if (!prepared(db, 'SELECT 1 FROM documents WHERE id = ?').get(input.evidenceDocumentId)) {
        throw new AppError('document.not-found', `证明材料（文件编号 ${input.evidenceDocumentId}）不存在。`);
      }
      if (input.doneOn === null) throw new AppError('decision.step-date', '关联证明材料时须填写履行日期。');
    }
    if (input.doneOn === null && input.notApplicable === null) {
      prepared(db, 'DELETE FROM decision_steps WHERE item_id = ? AND step = ?').run(input.itemId, input.step);
    } else {
      prepared(
        db,
        `INSERT INTO decision_steps (item_id, step, done_on, evidence_document_id, not_applicable, updated_at, updated_by)
         VALUES (@itemId, @step, @doneOn, @evidenceDocumentId, @notApplicable, @now, @actor)
         ON CONFLICT (item_id, step) DO UPDATE SET done_on = excluded.done_on,
           evidence_document_id = excluded.evidence_document_id, not_applicable = excluded.not_applicable,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run({ ...input, now: nowIso(), actor });
    }
    prepared(db, 'UPDATE decision_items SET updated_at = ? WHERE id = ?').run(nowIso(), input.itemId);
    const item = getDecision(db, input.itemId);
    const was = before.steps.find((s) => s.step === input.step);
    const now = item.steps.find((s) => s.step === input.step);
    recordAudit(db, { actor, action: 'decision.step', entity: 'decision', entityId: input.itemId, before: was, after: now });
    return item;
  });
}

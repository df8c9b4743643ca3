import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { replayHistory } from '../../../main/core/workflow/history.js';
import { moveMatterStatus, statusHistory, workflowView } from '../../../main/core/workflow/status-service.js';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { MATTER_STATUSES, type MatterStatus } from '../../../shared/domain/matter.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { ALLOWED_MOVES } from './expected-moves.js';

const ALLOWED = ALLOWED_MOVES;

/** A way to reach each status from 已登记. */
const PATH_TO: Record<MatterStatus, MatterStatus[]> = {
  registered: [],
  'in-review': ['in-review'],
  'awaiting-signoff': ['in-review', 'awaiting-signoff'],
  'opinion-issued': ['in-review', 'awaiting-signoff', 'opinion-issued'],
  'awaiting-feedback': ['in-review', 'awaiting-signoff', 'opinion-issued', 'awaiting-feedback'],
  closed: ['in-review', 'awaiting-signoff', 'opinion-issued', 'closed'],
  returned: ['returned'],
  withdrawn: ['withdrawn'],
};

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());

const register = (receivedOn = '2024-03-01') =>
  createMatter(env.core.db, 'clerk', CreateMatterInput.parse({ type: 'village.rules', title: '村规民约', submittingUnit: '东风村', receivedOn }));

function walk(matterId: number, path: MatterStatus[]): void {
  path.forEach((to, i) =>
    moveMatterStatus(env.core.db, 'reviewer', { matterId, to, effectiveOn: `2024-03-${String(2 + i).padStart(2, '0')}`, reason: '理由' }),
  );
}

describe('status moves through the database', () => {
  it('rejects every forbidden move from every status, writing nothing', () => {
    let rejected = 0;
    for (const from of MATTER_STATUSES) {
      const matter = register();
      walk(matter.id, PATH_TO[from]);
      expect(workflowView(env.core.db, matter.id).status).toBe(from);
      for (const to of MATTER_STATUSES) {
        if (ALLOWED.has(`${from}>${to}`)) continue;
        const before = tableCounts(env.core);
        expect(() =>
          moveMatterStatus(env.core.db, 'reviewer', { matterId: matter.id, to, effectiveOn: '2024-03-20', reason: '试图违规流转' }),
        ).toThrow(expect.objectContaining({ code: to === from ? expect.any(String) : 'status.forbidden' }));
        expect(tableCounts(env.core)).toEqual(before);
        const row = env.core.db.prepare('SELECT status FROM matters WHERE id = ?').get(matter.id) as { status: string };
        expect(row.status).toBe(from);
        rejected++;
      }
    }
    // 64 ordered pairs less the 15 allowed moves.
    expect(rejected).toBe(49);
  });

  it('allows exactly the allowed moves, each recorded with who, when, the day and the reason', () => {
    for (const key of ALLOWED) {
      const [from, to] = key.split('>') as [MatterStatus, MatterStatus];
      const matter = register();
      walk(matter.id, PATH_TO[from]);
      const view = workflowView(env.core.db, matter.id);
      expect(view.allowedMoves.map((m) => m.to)).toContain(to);
      const change = moveMatterStatus(env.core.db, 'approver', { matterId: matter.id, to, effectiveOn: '2024-03-25', reason: '依规流转' });
      expect(change).toMatchObject({ from, to, actor: 'approver', effectiveOn: '2024-03-25', reason: '依规流转' });
      expect(Date.parse(change.at)).not.toBeNaN();
    }
  });

  it('keeps a complete history that replays to the current status, with the opinion and closing days', () => {
    const matter = register('2024-04-01');
    const moves: [MatterStatus, string, string | null][] = [
      ['returned', '2024-04-02', '缺少村民代表会议记录'],
      ['registered', '2024-04-08', null],
      ['in-review', '2024-04-09', null],
      ['awaiting-signoff', '2024-04-10', null],
      ['in-review', '2024-04-11', '第三条依据不足，请补充'],
      ['awaiting-signoff', '2024-04-12', null],
      ['opinion-issued', '2024-04-15', null],
      ['awaiting-feedback', '2024-04-15', null],
      ['closed', '2024-04-30', null],
    ];
    for (const [to, effectiveOn, reason] of moves) moveMatterStatus(env.core.db, 'r1', { matterId: matter.id, to, effectiveOn, reason });
    const history = statusHistory(env.core.db, matter.id);
    expect(history.map((h) => [h.to, h.effectiveOn, h.reason])).toEqual(moves);
    expect(history[0]!.from).toBe('registered');
    expect(replayHistory(history)).toBe('closed');
    const row = env.core.db.prepare('SELECT status, opinion_issued_on, closed_on FROM matters WHERE id = ?').get(matter.id);
    expect(row).toEqual({ status: 'closed', opinion_issued_on: '2024-04-15', closed_on: '2024-04-30' });
    const audits = env.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'matter.status' AND entity_id = ?").get(matter.id);
    expect(audits).toEqual({ n: moves.length });
    expect(() => env.core.db.prepare('UPDATE status_changes SET actor = ?').run('x')).toThrow(/append-only/);
  });

  it('requires a reason for a return, a withdrawal and a sign-off sent back', () => {
    const matter = register();
    const before = tableCounts(env.core);
    for (const to of ['returned', 'withdrawn'] as const) {
      expect(() => moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to, effectiveOn: '2024-03-02' })).toThrow(/原因/);
      expect(() => moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to, effectiveOn: '2024-03-02', reason: '  ' })).toThrow(/原因/);
    }
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses days in the future, before receipt or before the previous move', () => {
    const matter = register('2024-03-01');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(() => moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to: 'in-review', effectiveOn: tomorrow })).toThrow(
      expect.objectContaining({ code: 'status.future-date' }),
    );
    expect(() => moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to: 'in-review', effectiveOn: '2024-02-28' })).toThrow(
      expect.objectContaining({ code: 'status.before-received' }),
    );
    moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to: 'in-review', effectiveOn: '2024-03-05' });
    expect(() => moveMatterStatus(env.core.db, 'r', { matterId: matter.id, to: 'awaiting-signoff', effectiveOn: '2024-03-04' })).toThrow(
      expect.objectContaining({ code: 'status.date-order' }),
    );
    expect(statusHistory(env.core.db, matter.id)).toHaveLength(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { saveWorkflowSettings, workflowSettingsView } from '../../../main/core/workflow/office-settings.js';
import { reviewerQueue } from '../../../main/core/workflow/queue-service.js';
import { moveMatterStatus, workflowView } from '../../../main/core/workflow/status-service.js';
import { CreateMatterInput, type CreateMatterInput as MatterIn } from '../../../shared/contract/matters.js';
import { QueueInput, WorkflowSettingsInput } from '../../../shared/contract/workflow.js';
import { DeadlineSettings } from '../../../shared/domain/workflow.js';
import { tempCore } from '../../support/core.js';

// Dates below are counted by hand from the State Council notices:
// 2024 春节: 2/10–2/17 off, Sundays 2/4 and 2/18 working; 2025 国庆: 10/1–10/8 off, Sun 9/28 and Sat 10/11 working.

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());

const register = (over: Partial<MatterIn>) =>
  createMatter(
    env.core.db,
    'clerk',
    CreateMatterInput.parse({ type: 'village.rules', title: '村规民约', submittingUnit: '东风村', receivedOn: '2024-02-01', ...over }),
  );
const move = (matterId: number, to: 'returned' | 'in-review' | 'registered' | 'awaiting-signoff' | 'opinion-issued', effectiveOn: string) =>
  moveMatterStatus(env.core.db, 'r', { matterId, to, effectiveOn, reason: to === 'returned' ? '缺少会议记录' : null });
const dueOn = (id: number) => (env.core.db.prepare('SELECT due_on FROM matters WHERE id = ?').get(id) as { due_on: string | null }).due_on;

describe('due dates kept in the database', () => {
  it('are computed at registration from the type limit across the 2024 Spring Festival', () => {
    // 7 working days after Thu 2024-02-01: 2/2, 2/4 (调休 Sunday), 2/5, 2/6, 2/7, 2/8, 2/9.
    const m = register({});
    expect(m.dueOn).toBe('2024-02-09');
    expect(workflowView(env.core.db, m.id).limitDays).toBe(7);
  });

  it('stop while returned for materials and resume with the days left (2024 Spring Festival)', () => {
    const m = register({});
    move(m.id, 'returned', '2024-02-05'); // used: 2/2, 2/4, 2/5 → 4 left
    expect(dueOn(m.id)).toBeNull();
    const paused = workflowView(env.core.db, m.id, '2024-02-06');
    expect(paused.deadline).toMatchObject({ state: 'paused', remainingWhenResumed: 4 });
    expect(paused.pauses).toEqual([{ from: '2024-02-05', to: null }]);
    move(m.id, 'in-review', '2024-02-08'); // re-receipt day not counted: 2/9, 2/18, 2/19, 2/20
    expect(dueOn(m.id)).toBe('2024-02-20');
    expect(workflowView(env.core.db, m.id, '2024-02-19').deadline).toMatchObject({ state: 'due-soon', dueOn: '2024-02-20', workingDaysLeft: 1 });
    expect(workflowView(env.core.db, m.id, '2024-02-20').deadline.state).toBe('due-today');
    expect(workflowView(env.core.db, m.id, '2024-02-21').deadline).toMatchObject({ state: 'overdue', workingDaysLeft: -1 });
  });

  it('add up two returns, the second across the 2025 National Day holiday', () => {
    // contract, 7 days after Fri 2025-09-26: 9/28, 9/29, 9/30, 10/9, 10/10, 10/11, 10/13.
    const m = register({ type: 'contract', receivedOn: '2025-09-26' });
    expect(m.dueOn).toBe('2025-10-13');
    move(m.id, 'returned', '2025-09-28'); // used 9/28 → 6 left
    move(m.id, 'registered', '2025-09-29'); // counts from 9/30: 9/30, 10/9, 10/10, 10/11, 10/13, 10/14
    expect(dueOn(m.id)).toBe('2025-10-14');
    move(m.id, 'in-review', '2025-09-30');
    move(m.id, 'returned', '2025-10-09'); // used 9/30 (and 10/9, the return day) → 9/28, 9/30, 10/9 = 3 used, 4 left
    expect(workflowView(env.core.db, m.id, '2025-10-10').deadline.remainingWhenResumed).toBe(4);
    move(m.id, 'in-review', '2025-10-13'); // 10/14, 10/15, 10/16, 10/17
    expect(dueOn(m.id)).toBe('2025-10-17');
    expect(workflowView(env.core.db, m.id).pauses).toEqual([
      { from: '2025-09-28', to: '2025-09-29' },
      { from: '2025-10-09', to: '2025-10-13' },
    ]);
  });

  it('restart the whole period after the materials come when the office chooses so', () => {
    saveWorkflowSettings(env.core.db, 'admin', WorkflowSettingsInput.parse({ deadline: DeadlineSettings.parse({ pauseMode: 'restart' }) }));
    const m = register({});
    move(m.id, 'returned', '2024-02-05');
    move(m.id, 'in-review', '2024-02-08'); // 7 from 2/8: 2/9, 2/18, 2/19, 2/20, 2/21, 2/22, 2/23
    expect(dueOn(m.id)).toBe('2024-02-23');
    expect(workflowView(env.core.db, m.id).ruleText).toContain('重新计算全部期限');
  });

  it('follow the office limit per type and a due date given by hand', () => {
    saveWorkflowSettings(
      env.core.db,
      'admin',
      WorkflowSettingsInput.parse({
        officeLimits: {
          'village.rules': { workingDays: 10, minWorkingDays: null, maxWorkingDays: null, basisZh: '本县规定', certainty: 'practice', noteZh: '' },
        },
      }),
    );
    expect(workflowSettingsView(env.core.db).limits['village.rules'].workingDays).toBe(10);
    // 10 after 2024-02-01: …2/9 is the 7th, then 2/18, 2/19, 2/20.
    expect(register({}).dueOn).toBe('2024-02-20');
    const byHand = register({ dueOn: '2024-02-06' }); // 2/2, 2/4, 2/5, 2/6 → a 4-day limit
    expect(byHand.dueOn).toBe('2024-02-06');
    expect(workflowView(env.core.db, byHand.id).limitDays).toBe(4);
    move(byHand.id, 'returned', '2024-02-02'); // 1 used, 3 left
    move(byHand.id, 'in-review', '2024-02-05'); // 2/6, 2/7, 2/8
    expect(dueOn(byHand.id)).toBe('2024-02-08');
  });

  it('do not change once the opinion is out, and the queue orders matters by urgency', () => {
    const overdue = register({ receivedOn: '2024-01-02' }); // due 2024-01-11
    const today = register({ receivedOn: '2024-02-01' }); // due 2024-02-09
    const returned = register({ receivedOn: '2024-02-02' });
    move(returned.id, 'returned', '2024-02-05');
    const done = register({ receivedOn: '2024-01-03' });
    move(done.id, 'in-review', '2024-01-04');
    move(done.id, 'awaiting-signoff', '2024-01-05');
    move(done.id, 'opinion-issued', '2024-01-08');
    expect(dueOn(done.id)).toBe('2024-01-12');
    const queue = reviewerQueue(env.core.db, QueueInput.parse({ today: '2024-02-09' }));
    expect(queue.items.map((i) => [i.id, i.deadline.state])).toEqual([
      [overdue.id, 'overdue'],
      [today.id, 'due-today'],
      [returned.id, 'paused'],
      [done.id, 'done'],
    ]);
    expect(queue.counts).toEqual({ overdue: 1, dueToday: 1, dueSoon: 0, paused: 1, awaitingFeedback: 0 });
  });
});

describe('a return after the deadline has passed', () => {
  it('keeps the due date and shows the matter as overdue, not paused', async () => {
    const m = register({ receivedOn: '2024-02-01' }); // due 2024-02-09
    move(m.id, 'returned', '2024-02-20');
    expect(dueOn(m.id)).toBe('2024-02-09');
    expect(workflowView(env.core.db, m.id, '2024-02-21').deadline).toMatchObject({ state: 'overdue', dueOn: '2024-02-09' });
    move(m.id, 'in-review', '2024-02-26');
    expect(dueOn(m.id)).toBe('2024-02-09');
  });
});

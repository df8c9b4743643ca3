import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { remindersFor } from '../../../main/core/reminders/reminder-service.js';
import { loadWorkflowSettings } from '../../../main/core/workflow/office-settings.js';
import { workingDaysBetween } from '../../../main/core/workflow/working-days.js';
import { callAs } from '../../support/approved-matter.js';
import { ensureAccount } from '../../support/accounts.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;
// The day before the 2026 National Day holiday: calendar days and working days differ a lot after it.
const TODAY = '2026-09-30';

beforeAll(async () => {
  core = await openCore(temp.dir);
});
afterAll(() => {
  core.close();
  temp.remove();
});

const create = (title: string, dueOn: string) =>
  callAs(core, '王审查', 'matters.create', { type: 'contract', title, submittingUnit: '镇政府', receivedOn: '2026-09-01', dueOn });

describe('reminders', () => {
  it('lists overdue, due today and due within N working days by the holiday calendar', async () => {
    const late = await create('逾期的合同', '2026-09-28');
    const today = await create('今日到期的合同', TODAY);
    const afterHoliday = await create('节后到期的合同', '2026-10-10');
    const far = await create('很久以后到期的合同', '2026-12-30');
    const me = await ensureAccount(core, '王审查');
    const calendar = loadWorkflowSettings(core.db).calendar;
    const left = workingDaysBetween(TODAY, '2026-10-10', calendar);
    // Ten calendar days but only a few working days: the holiday calendar, not the weekday count, decides.
    expect(left).toBeLessThan(5);

    const r = remindersFor(core, me, { days: left, months: 6, today: TODAY });
    const kindOf = (id: number) => r.items.filter((i) => i.matterId === id).map((i) => i.kind);
    expect(kindOf(late.id)).toEqual(['overdue']);
    expect(kindOf(today.id)).toEqual(['due-today']);
    expect(kindOf(afterHoliday.id)).toEqual(['due-soon']);
    expect(kindOf(far.id)).toEqual([]);
    expect(r.items.find((i) => i.matterId === afterHoliday.id)!.detail).toBe(`还剩 ${left} 个工作日（期限 2026-10-10）`);
    expect(r.badge).toBe(3);

    const tighter = remindersFor(core, me, { days: left - 1, months: 6, today: TODAY });
    expect(tighter.items.some((i) => i.matterId === afterHoliday.id)).toBe(false);
  });

  it('reminds an approver of reviews waiting for their sign-off, not the one who submitted', async () => {
    const matter = await create('待签批的合同', '2026-12-30');
    const review = await callAs(core, '王审查', 'review.start', { matterId: matter.id });
    for (const item of review.template.items) await callAs(core, '王审查', 'review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await callAs(core, '王审查', 'review.conclude', { matterId: matter.id, result: 'lawful', summary: '合法。' });
    await callAs(core, '王审查', 'review.submit', { matterId: matter.id });
    const approver = await ensureAccount(core, '李所长');
    const submitter = await ensureAccount(core, '王审查');
    const forApprover = remindersFor(core, approver, { months: 6, today: TODAY }).items.filter((i) => i.kind === 'awaiting-signoff');
    expect(forApprover.map((i) => i.matterId)).toEqual([matter.id]);
    expect(remindersFor(core, submitter, { months: 6, today: TODAY }).items.some((i) => i.kind === 'awaiting-signoff')).toBe(false);
    const viewer = await ensureAccount(core, 'viewer1', ['viewer']);
    expect(remindersFor(core, viewer, { months: 6, today: TODAY }).items.some((i) => i.kind === 'awaiting-signoff')).toBe(false);
  });

  it('lists 规范性文件 whose validity ends within N months, and a missed daily backup', async () => {
    const entry = (no: string, validUntil: string) =>
      callAs(core, '王审查', 'normative.create', {
        registrationNo: no,
        title: `文件${no}`,
        issuingBody: '镇政府',
        documentNo: null,
        issuedOn: '2024-01-01',
        validFrom: '2024-01-01',
        validUntil,
        note: null,
      });
    const soon = await entry('GF-1', '2027-01-15');
    const later = await entry('GF-2', '2027-09-01');
    const me = await ensureAccount(core, '王审查');
    const three = remindersFor(core, me, { months: 4, today: TODAY }).items.filter((i) => i.kind === 'normative-expiring');
    expect(three.map((i) => i.normativeId)).toEqual([soon.id]);
    const twelve = remindersFor(core, me, { months: 12, today: TODAY }).items.filter((i) => i.kind === 'normative-expiring');
    expect(twelve.map((i) => i.normativeId)).toEqual([soon.id, later.id]);

    // Matters exist and no backup ever ran: two days later the daily backup is missed.
    const inTwoDays = Date.now() + 2 * 86_400_000;
    const missed = remindersFor(core, me, { months: 6, today: TODAY }, inTwoDays).items.filter((i) => i.kind === 'backup-missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.detail).toBe('尚无成功的备份');
  });
});

import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { contextAs, ensureAccount } from '../../support/accounts.js';
import { tableCounts } from '../../support/core.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => {
  core.close();
  temp.remove();
});

const make = (title: string) => callAs(core, '王审查', 'matters.create', { type: 'contract', title, submittingUnit: '镇政府', receivedOn: '2026-03-02' });

describe('batch work on selected matters', () => {
  it('assigns several matters at once, each recorded as its own assignment', async () => {
    const a = await make('批量分办一');
    const b = await make('批量分办二');
    const reviewer = await ensureAccount(core, '张审查', ['reviewer']);
    const out = await callAs(core, '王审查', 'batch.assign', { matterIds: [a.id, b.id], reviewerId: reviewer.id, reason: '按片区分办' });
    expect(out.count).toBe(2);
    for (const m of [a, b]) expect((await callAs(core, '王审查', 'matters.get', { id: m.id })).reviewerId).toBe(reviewer.id);
    const rows = core.db.prepare('SELECT matter_id, reason FROM assignments WHERE matter_id IN (?, ?) ORDER BY matter_id').all(a.id, b.id);
    expect(rows).toEqual([
      { matter_id: a.id, reason: '按片区分办' },
      { matter_id: b.id, reason: '按片区分办' },
    ]);
  });

  it('moves several matters with one reason, and changes none when one of them may not move', async () => {
    const a = await make('批量退回一');
    const b = await make('批量退回二');
    await callAs(core, '王审查', 'batch.move', { matterIds: [a.id, b.id], to: 'in-review', reason: null });
    const withdrawn = await make('已撤回的事项');
    await callAs(core, '王审查', 'workflow.move', { matterId: withdrawn.id, to: 'withdrawn', reason: '撤回' });
    const before = tableCounts(core);
    const refused = await dispatch('batch.move', { matterIds: [a.id, withdrawn.id, b.id], to: 'returned', reason: '缺少起草说明' }, await contextAs(core, '王审查'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(`${withdrawn.serial}：`);
    expect(tableCounts(core)).toEqual(before);
    expect((await callAs(core, '王审查', 'matters.get', { id: a.id })).status).toBe('in-review');

    await callAs(core, '王审查', 'batch.move', { matterIds: [a.id, b.id], to: 'returned', reason: '缺少起草说明' });
    const reasons = core.db.prepare("SELECT reason FROM status_changes WHERE matter_id IN (?, ?) AND to_status = 'returned'").all(a.id, b.id);
    expect(reasons).toEqual([{ reason: '缺少起草说明' }, { reason: '缺少起草说明' }]);
  });

  it('exports the letters or the 登记表 of the selection as one ZIP, and prints the 登记表 a page each', async () => {
    const { matter: one } = await approvedMatter(core, '导出文书一');
    const { matter: two } = await approvedMatter(core, '导出文书二');
    const l1 = await callAs(core, '李所长', 'letters.issue', { matterId: one.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    const l2 = await callAs(core, '李所长', 'letters.issue', { matterId: two.id, kind: 'legality-opinion', issueDate: '2026-03-11' });
    const letters = await callAs(core, '王审查', 'batch.export', { matterIds: [one.id, two.id], what: 'letters' });
    const files = unzipSync(Buffer.from(letters.content));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toContain(`${l1.number}.docx`);
    expect(names[1]).toContain(`${l2.number}.docx`);
    const original = await callAs(core, '王审查', 'letters.download', { id: l1.id });
    expect(Buffer.from(files[names[0]!]!).equals(Buffer.from(original.content))).toBe(true);

    const sheets = await callAs(core, '王审查', 'batch.export', { matterIds: [one.id, two.id, one.id], what: 'summary-sheets' });
    expect(Object.keys(unzipSync(Buffer.from(sheets.content))).sort()).toEqual([`${one.serial}-审查登记表.docx`, `${two.serial}-审查登记表.docx`]);
    const none = await make('未出具文书');
    expect(await dispatch('batch.export', { matterIds: [none.id], what: 'letters' }, await contextAs(core, '王审查'))).toMatchObject({ ok: false, error: { code: 'batch.nothing' } });

    const printable = await callAs(core, '王审查', 'batch.printable', { matterIds: [one.id, two.id] });
    expect(printable.html.match(/<article /g)).toHaveLength(2);
    expect(printable.html).toContain(one.serial);
    expect(printable.html).toContain(two.serial);
  });

  it('refuses the whole batch when one matter is archived (归档 locks it)', async () => {
    const { matter } = await approvedMatter(core, '已归档的合同');
    await callAs(core, '李所长', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-12' });
    await callAs(core, '王审查', 'workflow.move', { matterId: matter.id, to: 'closed' });
    const archived = await callAs(core, '王审查', 'casefile.archive', { matterId: matter.id });
    const open = await make('未归档的事项');
    const before = tableCounts(core);
    const refused = await dispatch('batch.move', { matterIds: [open.id, matter.id], to: 'withdrawn', reason: '清理' }, await contextAs(core, '王审查'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'matter.archived' } });
    if (!refused.ok) expect(refused.error.message).toContain(archived.cover.archiveNo!);
    expect(tableCounts(core)).toEqual(before);
  });
});

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { moveMatter } from '../../../main/core/matters/matter-status.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { contextAs } from '../../support/accounts.js';

const run = promisify(execFile);
const temp = makeTempDir();
let core: Core;

const call = <M extends Method>(method: M, input: MethodInput<M>, on: Core = core): Promise<MethodOutput<M>> => callAs(on, '王审查', method, input);
const attempt = async <M extends Method>(method: M, input: MethodInput<M>, on: Core = core) => dispatch(method, input, await contextAs(on, '王审查'));
const letterText = async (id: number) =>
  (await mammoth.extractRawText({ buffer: Buffer.from((await call('letters.download', { id })).content) })).value;

beforeAll(async () => {
  core = await openCore(temp.dir);
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('before the first letter', () => {
  it('asks for the office name instead of printing a placeholder', async () => {
    const settings = await call('office.get', {});
    expect(settings.officeName).toBe('');
    const { matter } = await approvedMatter(core, '首次出具');
    const preview = await call('letters.preview', { matterId: matter.id, kind: 'legality-opinion' });
    expect(preview.problems.join('')).toContain('尚未填写单位名称');
    expect(await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion' })).toMatchObject({ ok: false, error: { code: 'letter.not-ready' } });
    expect(await attempt('office.save', { settings: { ...settings, officeName: '  ' } })).toMatchObject({ ok: false });
    await call('office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
    expect((await call('letters.preview', { matterId: matter.id, kind: 'legality-opinion' })).problems).toEqual([]);
  });
});

describe('issuing once', () => {
  it('refuses a second letter of the same kind, also after the matter is closed; a correction needs a reason that is printed', async () => {
    const { matter } = await approvedMatter(core, '重复出具');
    const first = await call('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    const again = await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    expect(again).toMatchObject({ ok: false, error: { code: 'letter.exists', message: expect.stringContaining(first.number!) } });
    // Issuing the letter moved the matter on to 待反馈 (issue 20); closing it must not open a second letter.
    expect((await call('matters.get', { id: matter.id })).status).toBe('awaiting-feedback');
    moveMatter(core.db, '王审查', matter.id, 'closed');
    expect((await call('matters.get', { id: matter.id })).status).toBe('closed');
    expect(await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion' })).toMatchObject({ ok: false, error: { code: 'letter.exists' } });
    // The database refuses it too, whoever writes.
    expect(() =>
      core.db
        .prepare(
          `INSERT INTO letters (matter_id, kind, number, number_series, number_year, number_seq, issue_date, model_json, sha256, size, issued_at, issued_by)
           SELECT matter_id, kind, 'x', 'shared', 2099, 1, issue_date, model_json, sha256, size, issued_at, issued_by FROM letters WHERE id = ?`,
        )
        .run(first.id),
    ).toThrow(/only a correction/);

    const noReason = await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion', correctsLetterId: first.id });
    expect(noReason).toMatchObject({ ok: false, error: { message: expect.stringContaining('更正原因') } });
    const fix = await call('letters.issue', {
      matterId: matter.id,
      kind: 'legality-opinion',
      correctsLetterId: first.id,
      correctionReason: '意见二所引条款有误',
      issueDate: '2026-03-12',
    });
    expect(fix.correctionReason).toBe('意见二所引条款有误');
    expect(await letterText(fix.id)).toContain(`本文书系对${first.number}的更正（更正原因：意见二所引条款有误）`);
    // One correction per letter: a further one corrects the correction.
    const twice = await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion', correctsLetterId: first.id, correctionReason: '再次更正' });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining(fix.number!) } });
    const chain = await call('letters.issue', { matterId: matter.id, kind: 'legality-opinion', correctsLetterId: fix.id, correctionReason: '日期笔误', issueDate: '2026-03-13' });
    expect(chain.correctsLetterId).toBe(fix.id);
    expect((await call('letters.list', { matterId: matter.id })).map((l) => l.id)).toEqual([first.id, fix.id, chain.id]);
  });

  it('gives one letter and one number when two connections issue at the same moment', async () => {
    const other = await openCore(temp.dir);
    try {
      const { matter } = await approvedMatter(core, '双击出具');
      const results = await Promise.all(
        [core, other, core, other].map((on) => attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-05-06' }, on)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ error: { code: 'letter.exists' } });
      expect(await call('letters.list', { matterId: matter.id })).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('gives one letter when two processes issue at the same moment', async () => {
    const { matter } = await approvedMatter(core, '两个窗口出具');
    const go = join(temp.dir, 'go');
    const script = join(import.meta.dirname, '..', '..', 'support', 'issue-letter-process.ts');
    const input = JSON.stringify({ matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-05-07' });
    const tsx = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
    const children = ['甲', '乙'].map((actor) => run(tsx, [script, temp.dir, input, go, actor]));
    // Both processes open the archive and wait; then both go.
    await new Promise((r) => setTimeout(r, 2500));
    writeFileSync(go, '');
    const outputs = (await Promise.all(children)).map((c) => JSON.parse(c.stdout.trim().split('\n').at(-1)!) as { ok: boolean; error?: { code: string } });
    expect(outputs.filter((o) => o.ok)).toHaveLength(1);
    expect(outputs.find((o) => !o.ok)?.error?.code).toBe('letter.exists');
    expect(await call('letters.list', { matterId: matter.id })).toHaveLength(1);
  });

  it('refuses a date before the materials were received', async () => {
    const { matter } = await approvedMatter(core, '倒签日期');
    const r = await attempt('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-01' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('不能早于收件日期（2026年3月2日）') } });
  });
});

describe('numbering per kind and the return notice', () => {
  it('does not number return notices by default, or numbers them in their own series; counts the deadline in working days', async () => {
    const create = (title: string) => call('matters.create', { type: 'village.project', title, submittingUnit: '西河村', receivedOn: '2026-09-21' });
    const m1 = await create('村道硬化项目');
    const n1 = await call('letters.issue', { matterId: m1.id, kind: 'return-notice', missingMaterials: ['村民代表会议决议'], issueDate: '2026-09-30' });
    expect(n1.number).toBeNull();
    const text = await letterText(n1.id);
    // 5 working days after 30 September 2026: 8, 9, 10 (a Saturday worked in lieu), 12, 13 October.
    expect(text).toContain('请于2026年10月13日前补正后重新报送');
    expect(text).not.toContain('（草稿，未编号）');
    // Returned already: a second notice at once (double click) is refused.
    expect(await attempt('letters.issue', { matterId: m1.id, kind: 'return-notice', missingMaterials: ['x'] })).toMatchObject({ ok: false });

    const settings = await call('office.get', {});
    await call('office.save', { settings: { ...settings, numbering: { ...settings.numbering, 'return-notice': { mode: 'own', prefix: '郯司补' } } } });
    const m2 = await create('村委会办公楼维修');
    const n2 = await call('letters.issue', { matterId: m2.id, kind: 'return-notice', missingMaterials: ['预算表'], issueDate: '2026-10-09' });
    expect(n2.number).toBe('郯司补〔2026〕1号');
    const { matter } = await approvedMatter(core, '编号互不影响');
    const opinion = await call('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-10-09' });
    expect(opinion.number).toMatch(/^郯司审〔2026〕\d+号$/);
  });
});

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { approvedMatter as approvedFixture, LEASE_FIXTURE as FIXTURE } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { contextAs } from '../../support/accounts.js';

const temp = makeTempDir();
let core: Core;

async function call<M extends Method>(method: M, input: MethodInput<M>, actor = '王审查', on: Core = core): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, await contextAs(on, actor));
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

const approvedMatter = (title?: string) => approvedFixture(core, title);

beforeAll(async () => {
  core = await openCore(temp.dir);
  await call('office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('issuing letters', () => {
  it('refuses to issue before sign-off, and previews the draft', async () => {
    const matter = await call('matters.create', { type: 'contract', title: '采购合同', submittingUnit: '县教育局', receivedOn: '2026-03-02' });
    const preview = await call('letters.preview', { matterId: matter.id, kind: 'legality-opinion' });
    expect(preview.problems).toContain('审查意见尚未签批通过，不能出具意见书。');
    expect(preview.html).toContain('采购合同');
    const refused = await dispatch('letters.issue', { matterId: matter.id, kind: 'legality-opinion' }, await contextAs(core, 'x'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'letter.not-ready' } });
    expect(await call('letters.list', { matterId: matter.id })).toEqual([]);
  });

  it('issues an approved review as an immutable numbered DOCX with every opinion in order', async () => {
    const { matter } = await approvedMatter();
    const letter = await call('letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    expect(letter.number).toBe('郯司审〔2026〕1号');
    // The letter carries opinions to adopt, so the matter waits for the unit's feedback (issue 20).
    expect((await call('matters.get', { id: matter.id })).status).toBe('awaiting-feedback');
    const file = await call('letters.download', { id: letter.id });
    const bytes = Buffer.from(file.content);
    expect(file.sha256).toBe(letter.sha256);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const first = text.indexOf('租赁期限超过二十年的部分无效');
    const second = text.indexOf('建议补充争议解决条款');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text).toContain('郯司审〔2026〕1号');
    expect(text).toContain('2026年3月10日');
    expect(() => core.db.prepare("UPDATE letters SET number = 'x'").run()).toThrow(/immutable/);
    expect(() => core.db.prepare('DELETE FROM letters').run()).toThrow(/immutable/);

    const correction = await call('letters.issue', {
      matterId: matter.id,
      kind: 'legality-opinion',
      correctsLetterId: letter.id,
      correctionReason: '第二条意见引用条款有误',
      issueDate: '2026-03-11',
    });
    expect(correction.number).toBe('郯司审〔2026〕2号');
    const corrected = await mammoth.extractRawText({ buffer: Buffer.from((await call('letters.download', { id: correction.id })).content) });
    expect(corrected.value).toContain('郯司审〔2026〕1号');
    expect(corrected.value).toContain('第二条意见引用条款有误');
    // The first letter's bytes are unchanged.
    expect((await call('letters.download', { id: letter.id })).content).toEqual(file.content);
  });

  it('numbers letters issued at the same time from two connections without gaps or duplicates', async () => {
    const other = await openCore(temp.dir);
    try {
      const matters = [];
      for (let i = 0; i < 6; i++) matters.push((await approvedMatter(`并发事项${i}`)).matter);
      const before = (await call('letters.list', { matterId: matters[0]!.id })).length;
      expect(before).toBe(0);
      const issued = await Promise.all(
        matters.map((m, i) => call('letters.issue', { matterId: m.id, kind: 'legality-opinion', issueDate: '2027-01-05' }, 'x', i % 2 ? other : core)),
      );
      const seqs = issued.map((l) => Number(/〔2027〕(\d+)号/.exec(l.number!)![1])).sort((a, b) => a - b);
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      other.close();
    }
  });

  it('exports the annotated original with the opinion as a Word comment on the quoted text', async () => {
    const { document, quote } = await approvedMatter('批注测试');
    const out = await call('documents.annotate', { documentId: document.id });
    expect(out.placedExactly).toBe(1);
    // The opinion without an anchor is a comment at the start, not left out.
    expect(out.placedAtStart).toBe(1);
    expect(out.notes.join('')).toContain('建议补充争议解决条款');
    const zip = unzipSync(new Uint8Array(Buffer.from(out.content)));
    const comments = strFromU8(zip['word/comments.xml']!);
    expect(comments).toContain('租赁期限超过二十年的部分无效');
    expect(comments).toContain('w:author="王审查"');
    const body = strFromU8(zip['word/document.xml']!);
    const ranges = [...body.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((r) =>
      [...r[2]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(ranges).toContain(quote);
    expect(ranges).toHaveLength(2);
    const before = await mammoth.extractRawText({ buffer: readFileSync(FIXTURE) });
    const after = await mammoth.extractRawText({ buffer: Buffer.from(out.content) });
    expect(after.value).toBe(before.value);
  });

  it('issues a return notice only with the missing materials listed', async () => {
    const matter = await call('matters.create', { type: 'village.project', title: '村道硬化项目', submittingUnit: '西河村', receivedOn: '2026-04-01' });
    const refused = await dispatch('letters.issue', { matterId: matter.id, kind: 'return-notice' }, await contextAs(core, 'x'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'letter.not-ready' } });
    const notice = await call('letters.issue', { matterId: matter.id, kind: 'return-notice', missingMaterials: ['村民代表会议决议', '项目预算表'], issueDate: '2026-04-02' });
    expect(notice.kind).toBe('return-notice');
    expect((await call('matters.get', { id: matter.id })).status).toBe('returned');
    const history = await call('workflow.history', { matterId: matter.id });
    expect(history.at(-1)).toMatchObject({ from: 'registered', to: 'returned', reason: expect.stringContaining('村民代表会议决议') });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from((await call('letters.download', { id: notice.id })).content) })).value;
    expect(text).toContain('村民代表会议决议');
    expect(text).toContain('项目预算表');
  });

  it('exports the summary sheet with the opinion counts', async () => {
    const { matter } = await approvedMatter('登记表测试');
    const sheet = await call('matters.summarySheet', { matterId: matter.id });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(sheet.content) })).value;
    expect(text).toContain(matter.serial);
    expect(text).toContain('登记表测试');
    expect(text).toContain('王审查');
    expect(text).toContain('李所长');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { COVER_FILE } from '../../../main/core/casefile/casefile-export.js';
import { sectionOfAttachment } from '../../../main/core/casefile/contents.js';
import { createHash } from 'node:crypto';
import { todayIso } from '../../../main/core/workflow/office-settings.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import type { Method, MethodInput } from '../../../shared/contract/index.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { contextAs } from '../../support/accounts.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'docx');

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => {
  core.close();
  temp.remove();
});

const refusal = async <M extends Method>(method: M, input: MethodInput<M>, login = '王审查') => {
  const result = await dispatch(method, input, await contextAs(core, login));
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
};

/** A closed matter: approved, opinion letter issued, feedback with a revised draft, closed. */
async function closedMatter(title: string) {
  const { matter, document } = await approvedMatter(core, title);
  const imp = (fileName: string, fixture: string, role?: 'attachment' | 'revised' | 'minutes') =>
    callAs(core, '王审查', 'documents.import', {
      matterId: matter.id,
      fileName,
      content: readFileSync(join(FIXTURES, fixture)),
      ...(role ? { role } : {}),
    });
  await imp('关于审查租赁合同的送审函.docx', 'zh-notice-gov-office-01.docx', 'attachment');
  await imp('村民代表会议纪要.docx', 'zh-gongwen-notice-template-01.docx', 'minutes');
  await imp('起草说明.docx', 'zh-contract-lease-std-01.docx', 'attachment');
  const letter = await callAs(core, '李所长', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
  const revised = await imp('租赁合同修改稿.docx', 'zh-contract-lease-tpl7-01.docx', 'revised');
  await callAs(core, '王审查', 'feedback.record', { matterId: matter.id, receivedOn: '2026-03-20', reply: '已按意见修改租赁期限。', revisedDocumentId: revised.document.id });
  await callAs(core, '王审查', 'workflow.move', { matterId: matter.id, to: 'closed' });
  return { matter, document, letter };
}

describe('the case file (卷宗)', () => {
  it('lists the papers in filing order with the cover facts, and refuses to archive an open case', async () => {
    const open = await callAs(core, '王审查', 'matters.create', { type: 'normative', title: '未办结的文件', submittingUnit: '镇政府', receivedOn: '2026-03-02' });
    expect((await callAs(core, '王审查', 'casefile.get', { matterId: open.id })).archiveProblems).toEqual(['只有已办结或已撤回的事项才能归档。']);
    expect(await refusal('casefile.archive', { matterId: open.id })).toMatchObject({ code: 'casefile.not-ready' });

    const { matter, letter } = await closedMatter('某村房屋租赁合同（卷宗）');
    const view = await callAs(core, '王审查', 'casefile.get', { matterId: matter.id });
    expect(view.entries.map((e) => e.section)).toEqual(['request', 'draft', 'explanation', 'process', 'letter', 'feedback', 'revised']);
    expect(view.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.entries[0]!.title).toBe('关于审查租赁合同的送审函');
    expect(view.entries[4]!.title).toContain(letter.number!);
    expect(view.cover).toMatchObject({
      serial: matter.serial,
      submittingUnit: '东风村民委员会',
      result: 'lawful-after-revision',
      letterNumbers: [letter.number],
      closedOn: todayIso(),
      archiveNo: null,
      entryCount: 7,
    });
    expect(view.cover.reviewer).toBeTruthy();
    expect(view.cover.approver).toBeTruthy();
    expect(view.archiveProblems).toEqual([]);
  });

  it('archives once with a yearly 归档号, audits it, and then refuses every change with a Chinese message', async () => {
    const { matter } = await closedMatter('归档锁定测试合同');
    expect(await refusal('casefile.archive', { matterId: matter.id, archivedOn: '2026-03-01' })).toMatchObject({ code: 'casefile.date-invalid' });
    const archived = await callAs(core, '王审查', 'casefile.archive', { matterId: matter.id, });
    expect(archived.cover.archiveNo).toMatch(new RegExp(`^${todayIso().slice(0, 4)}-合审-\\d{4}$`));
    expect(archived.cover.archivedOn).toBe(todayIso());
    const audit = core.db.prepare("SELECT actor FROM audit_log WHERE action = 'casefile.archive' AND entity_id = ?").all(matter.id);
    expect(audit).toEqual([{ actor: '王审查' }]);

    const again = await refusal('casefile.archive', { matterId: matter.id });
    expect(again.code).toBe('matter.archived');
    const note = await refusal('opinions.add', { matterId: matter.id, text: '再加一条', severity: 'hint', basis: null });
    expect(note.code).toBe('matter.archived');
    expect(note.message).toContain('已归档');
    expect(note.message).toContain(archived.cover.archiveNo!);
    const upload = await refusal('documents.import', { matterId: matter.id, fileName: 'x.txt', content: Buffer.from('补充材料') });
    expect(upload.code).toBe('matter.archived');
    // The triggers hold even for a path that skips the router.
    expect(() => core.db.prepare('UPDATE matters SET title = ? WHERE id = ?').run('改名', matter.id)).toThrow('matter.archived');
    expect(() => core.db.prepare("INSERT INTO feedback (matter_id, received_on, reply, created_at, created_by) VALUES (?, '2026-05-01', 'x', 'now', 'x')").run(matter.id)).toThrow(
      'matter.archived',
    );
    // A second archived case takes the next number of the year.
    const { matter: second } = await closedMatter('第二件归档合同');
    const next = await callAs(core, '王审查', 'casefile.archive', { matterId: second.id, });
    expect(Number(next.cover.archiveNo!.slice(-4))).toBe(Number(archived.cover.archiveNo!.slice(-4)) + 1);
  });

  it('exports one ZIP with the cover and 目录 DOCX and every file byte for byte, and prints both', async () => {
    const { matter } = await closedMatter('导出案卷测试合同');
    const view = await callAs(core, '王审查', 'casefile.get', { matterId: matter.id });
    const out = await callAs(core, '王审查', 'casefile.export', { matterId: matter.id });
    expect(out.fileName).toMatch(/^案卷-.*导出案卷测试合同\.zip$/);
    const files = unzipSync(Buffer.from(out.content));
    expect(Object.keys(files).sort()).toEqual([COVER_FILE, ...view.entries.map((e) => e.fileName)].sort());
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    for (const e of view.entries) {
      if (e.source.kind === 'document') {
        const stored = core.db.prepare('SELECT sha256 FROM documents WHERE id = ?').get(e.source.id) as { sha256: string };
        expect(sha(files[e.fileName]!)).toBe(stored.sha256);
      }
      if (e.source.kind === 'letter') {
        const stored = core.db.prepare('SELECT sha256 FROM letters WHERE id = ?').get(e.source.id) as { sha256: string };
        expect(sha(files[e.fileName]!)).toBe(stored.sha256);
      }
    }
    const feedbackFile = view.entries.find((e) => e.section === 'feedback')!.fileName;
    expect(strFromU8(files[feedbackFile]!)).toContain('已按意见修改租赁期限。');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(files[COVER_FILE]!) });
    expect(text).toContain('合法性审查案卷');
    expect(text).toContain('卷内目录');
    expect(text).toContain(matter.serial);
    for (const e of view.entries) expect(text).toContain(e.title);

    const printable = await callAs(core, '王审查', 'casefile.printable', { matterId: matter.id });
    expect(printable.html).toContain('卷内目录');
    expect(printable.html).toContain('page-break-before:always');
    expect(printable.html.match(/<tr>/g)!.length).toBe(14 + 1 + view.entries.length);
  });

  it('places attachments by the words of their names', () => {
    expect(sectionOfAttachment('关于XX的请示.pdf')).toBe('request');
    expect(sectionOfAttachment('编制说明.docx')).toBe('explanation');
    expect(sectionOfAttachment('社会稳定风险评估报告.docx')).toBe('process');
    expect(sectionOfAttachment('营业执照.pdf')).toBe('other-material');
  });
});

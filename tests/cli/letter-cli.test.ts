import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../main/core/core.js';
import { defaultOfficeSettings } from '../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../support/approved-matter.js';
import { makeTempDir } from '../support/temp-dir.js';
import { TEST_PASSWORD } from '../support/accounts.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
let serial = '';
let documentId = 0;

beforeAll(async () => {
  const core = await openCore(join(temp.dir, 'data'));
  await callAs(core, 'admin', 'office.save', { settings: defaultOfficeSettings('红花镇司法所', '红司审') });
  const fixture = await approvedMatter(core);
  serial = fixture.matter.serial;
  documentId = fixture.document.id;
  core.close();
});
afterAll(() => temp.remove());

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--data', join(temp.dir, 'data')], {
    encoding: 'utf8',
    env: { ...process.env, REVIEW_DESK_PASSWORD: TEST_PASSWORD },
  });

describe('review-desk letter / annotate', () => {
  it('writes a draft without issuing, then issues once and re-exports the same letter', async () => {
    const draft = run('letter', serial, '--draft', '--out', join(temp.dir, 'draft.docx'));
    expect(draft.status).toBe(0);
    expect((await mammoth.extractRawText({ path: join(temp.dir, 'draft.docx') })).value).toContain('草稿');
    // The archive has accounts: issuing needs a named account that may issue.
    const anonymous = run('letter', serial, '--out', join(temp.dir, 'a.docx'));
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain('--as');
    const first = run('letter', serial, '--out', join(temp.dir, 'a.docx'), '--as', '李所长');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('红司审〔');
    const again = run('letter', serial, '--out', join(temp.dir, 'b.docx'));
    expect(again.stdout).toContain('已出具的意见书');
    expect(readFileSync(join(temp.dir, 'b.docx')).equals(readFileSync(join(temp.dir, 'a.docx')))).toBe(true);
  });

  it('exports the annotated original', () => {
    const out = run('annotate', String(documentId), '--out', join(temp.dir, 'annotated.docx'));
    expect(out.status).toBe(0);
    // The anchored opinion on its quote, the one without an anchor at the start of the document.
    expect(out.stdout).toContain('批注 2 条，其中 1 条位于所引原文处，1 条置于文首。');
    const zip = unzipSync(new Uint8Array(readFileSync(join(temp.dir, 'annotated.docx'))));
    const comments = strFromU8(zip['word/comments.xml']!);
    expect(comments).toContain('租赁期限超过二十年');
    // The comment's author is the account that wrote the opinion, never the operating-system user.
    expect(comments).toMatch(/w:author="王审查"/);
  });

  it('fails with a Chinese message and exit 2 for an unknown matter', () => {
    const out = run('letter', '审1999-9999', '--out', join(temp.dir, 'x.docx'));
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('找不到审查编号为“审1999-9999”的事项');
  });
});

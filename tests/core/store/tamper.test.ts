import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextAs } from '../../support/accounts.js';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '王审查', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => {
  core.close();
  temp.remove();
});

/** Changes one byte of a stored blob in place: same length, different SHA-256. */
function tamperBlob(c: Core, sha256: string): void {
  const { data } = c.db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(sha256) as { data: Buffer };
  const changed = Buffer.from(data);
  const at = changed.length >> 1;
  changed[at] = (changed[at] ?? 0) ^ 0xff;
  c.db.prepare('UPDATE blobs SET data = ? WHERE sha256 = ?').run(changed, sha256);
}

describe('stored bytes changed behind the program', () => {
  it('a letter whose bytes changed is refused, not downloaded; so is an original and its export', async () => {
    const { matter, document } = await approvedMatter(core);
    const letter = await callAs(core, '王审查', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    const ctx = await contextAs(core, '王审查');
    expect(await dispatch('letters.download', { id: letter.id }, ctx)).toMatchObject({ ok: true });
    tamperBlob(core, letter.sha256);
    expect(await dispatch('letters.download', { id: letter.id }, ctx)).toMatchObject({ ok: false, error: { code: 'document.blob-corrupt' } });

    expect(await dispatch('documents.original', { id: document.id }, ctx)).toMatchObject({ ok: true });
    tamperBlob(core, document.sha256);
    const refused = await dispatch('documents.original', { id: document.id }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'document.blob-corrupt' } });
    expect(!refused.ok && refused.error.message).toMatch(/校验失败/);
  });
});

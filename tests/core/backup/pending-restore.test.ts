import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupArchive } from '../../../main/core/backup/backup-file.js';
import { PENDING_FILE, PENDING_INFO, restoreIsPending } from '../../../main/core/backup/pending-restore-files.js';
import { stagePendingRestore } from '../../../main/core/backup/restore.js';
import { openCore } from '../../../main/core/core.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));
function temp(): string {
  const t = makeTempDir();
  cleanups.push(() => t.remove());
  return t.dir;
}

const register = (title: string) => ({ type: 'contract' as const, title, submittingUnit: '县教育局', receivedOn: '2026-03-02' });

async function titles(dir: string): Promise<string[]> {
  const core = await openCore(dir);
  try {
    return (core.db.prepare('SELECT title FROM matters ORDER BY id').all() as { title: string }[]).map((r) => r.title);
  } finally {
    core.close();
  }
}

/**
 * A restore staged by the settings page is put in place when the archive is next opened. openCore looks
 * for its files before loading the restore code (issue 17: start-up), so that look must find what
 * readPendingRestore finds, and nothing else.
 */
describe('a staged restore at the next open', () => {
  it('is put in place by openCore, and the staged files are gone', async () => {
    const dir = temp();
    const core = await openCore(dir);
    await callAs(core, '王审查', 'matters.create', register('备份之前的合同'));
    core.close();
    const backup = join(temp(), 'archive.sqlite');
    await backupArchive(join(dir, DATABASE_FILE), backup);
    const again = await openCore(dir);
    await callAs(again, '王审查', 'matters.create', register('备份之后的合同'));
    again.close();

    await stagePendingRestore(dir, backup);
    expect(restoreIsPending(dir)).toBe(true);
    expect(await titles(dir)).toEqual(['备份之前的合同']);
    expect(restoreIsPending(dir)).toBe(false);
    expect(existsSync(join(dir, PENDING_FILE)) || existsSync(join(dir, PENDING_INFO))).toBe(false);
  });

  it('is not pending with only one of its two files (as readPendingRestore)', async () => {
    const dir = temp();
    const core = await openCore(dir);
    await callAs(core, '王审查', 'matters.create', register('现在的合同'));
    core.close();
    const backup = join(temp(), 'archive.sqlite');
    await backupArchive(join(dir, DATABASE_FILE), backup);
    await stagePendingRestore(dir, backup);
    rmSync(join(dir, PENDING_INFO));
    expect(restoreIsPending(dir)).toBe(false);
    expect(await titles(dir)).toEqual(['现在的合同']);
  });
});

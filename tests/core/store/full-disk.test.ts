import { spawnSync } from 'node:child_process';
import { contextAs } from '../../support/accounts.js';
import { mkdirSync, openSync, rmSync, writeSync, closeSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { backupArchive } from '../../../main/core/backup/backup-file.js';
import { openCore } from '../../../main/core/core.js';
import { runDoctor } from '../../../main/core/store/doctor.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { mountSmallDisk } from '../../support/small-disk.js';

const disk = mountSmallDisk(24);
if ('skip' in disk) console.log(`[full-disk] skipped: ${disk.skip}`);
afterAll(() => {
  if (!('skip' in disk)) disk.unmount();
});
const bin = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'bin.js');

/** Writes a filler file until the file system is full; returns a function that frees the space. */
function fillDisk(dir: string): () => void {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 7);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  // Then the last bytes too, so not even a page is free.
  const small = openSync(join(dir, 'filler-small.bin'), 'w');
  try {
    for (;;) writeSync(small, Buffer.alloc(512, 7));
  } catch {
    // ENOSPC
  } finally {
    closeSync(small);
  }
  return () => {
    rmSync(filler, { force: true });
    rmSync(join(dir, 'filler-small.bin'), { force: true });
  };
}

describe.skipIf('skip' in disk)('on a full disk', () => {
  const root = 'skip' in disk ? '' : disk.dir;

  it('writes are refused in Chinese (never an internal error), committed data stays, doctor still reports', async () => {
    const dataDir = join(root, 'data');
    const core = await openCore(dataDir);
    let free = () => {};
    let committed = -1;
    try {
      const ctx = await contextAs(core, 'tester');
      const create = (i: number) =>
        dispatch('matters.create', { type: 'contract', title: `合同${i}：${'甲方乙方权利义务约定'.repeat(18)}`, submittingUnit: '东风村', receivedOn: '2026-03-02' }, ctx);
      expect(await create(0)).toMatchObject({ ok: true });
      free = fillDisk(root);
      const outcomes: string[] = [];
      for (let i = 1; i <= 3000; i++) {
        const r = await create(i);
        if (!r.ok) {
          outcomes.push(r.error.code);
          if (outcomes.length >= 3) break;
        }
      }
      expect(outcomes.length).toBeGreaterThan(0);
      expect(new Set(outcomes)).toEqual(new Set(['store.disk-full']));
      const refused = await create(9999);
      expect(refused).toMatchObject({ ok: false, error: { code: 'store.disk-full', message: expect.stringContaining('磁盘空间不足') } });
      committed = (core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;

      // doctor on the full disk: a report, the free-space problem named, exit code 1.
      const report = await runDoctor(dataDir);
      expect(report.ok).toBe(false);
      expect(report.problems.some((p) => p.check === 'disk-space')).toBe(true);
      const cli = spawnSync(process.execPath, [bin, 'doctor', '--data', dataDir], { encoding: 'utf8' });
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain('✗ 磁盘剩余空间');
      expect(cli.stdout).toContain('磁盘剩余空间不足');

      // A backup to the full disk fails cleanly and leaves no partial file.
      mkdirSync(join(root, 'usb'), { recursive: true });
      await expect(backupArchive(join(dataDir, DATABASE_FILE), join(root, 'usb', 'b.sqlite'))).rejects.toMatchObject({ code: 'backup.disk-full' });
      expect(readdirSync(join(root, 'usb'))).toEqual([]);

    } finally {
      core.close(); // the checkpoint fails quietly on the full disk; nothing is lost
      free();
    }
    const reopened = await openCore(dataDir);
    expect((reopened.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n).toBe(committed);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });
});

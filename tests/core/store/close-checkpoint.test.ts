import { spawn } from 'node:child_process';
import { statSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

// Issue 12 (found by the import-under-load benchmark): a CLI batch that ended while the server was
// working folded the WAL back with a TRUNCATE checkpoint. That mode blocks every new writer while it
// waits for the other process's readers — up to the busy timeout — and the server's opinions.add calls
// of that moment failed with 数据库正忙. While another process uses the folder, closing must not block
// writers; the last process to close still folds the WAL back completely.

const checkpointModes = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map((c) => String(c[0])).filter((sql) => sql.startsWith('wal_checkpoint'));

/** Another live process that has the folder open, as data-dir-use.ts records it. */
function anotherUser(dataDir: string): { stop(): void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  mkdirSync(join(dataDir, 'in-use'), { recursive: true });
  writeFileSync(
    join(dataDir, 'in-use', `${child.pid}-test.json`),
    JSON.stringify({ pid: child.pid, host: hostname(), purpose: 'open', since: new Date().toISOString() }),
  );
  return { stop: () => child.kill() };
}

describe('closing the archive', () => {
  it('while another process uses the folder and reads: a passive checkpoint only, nothing lost', async () => {
    const temp = makeTempDir();
    const other = anotherUser(temp.dir);
    try {
      // A TRUNCATE checkpoint would wait for the reader this long (blocking writers), then give up.
      const core = await openCore(temp.dir, { busyTimeoutMs: 20_000 });
      await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '关闭前的事项', submittingUnit: '某村', receivedOn: '2026-11-02' });
      // The other process's reader, on a snapshot older than the next write.
      const reader = new Database(join(temp.dir, DATABASE_FILE), { readonly: true });
      reader.prepare('BEGIN').run();
      reader.prepare('SELECT count(*) FROM matters').get();
      await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '读者之后的事项', submittingUnit: '某村', receivedOn: '2026-11-02' });
      const pragma = vi.spyOn(core.db, 'pragma');
      core.close();
      expect(checkpointModes(pragma)).toEqual(['wal_checkpoint(PASSIVE)']);
      reader.prepare('COMMIT').run();
      // Written and readable by the next process, checkpointed or not.
      const after = new Database(join(temp.dir, DATABASE_FILE), { readonly: true });
      expect(after.prepare('SELECT title FROM matters ORDER BY id').pluck().all()).toEqual(['关闭前的事项', '读者之后的事项']);
      after.close();
      reader.close();
    } finally {
      other.stop();
      temp.remove();
    }
  });

  it('as the last user of the folder: the WAL is folded back and truncated', async () => {
    const temp = makeTempDir();
    try {
      const core = await openCore(temp.dir);
      await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '独自关闭', submittingUnit: '某村', receivedOn: '2026-11-02' });
      const pragma = vi.spyOn(core.db, 'pragma');
      core.close();
      expect(checkpointModes(pragma)).toEqual(['wal_checkpoint(TRUNCATE)']);
      expect(statSync(join(temp.dir, `${DATABASE_FILE}-wal`), { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    } finally {
      temp.remove();
    }
  });
});

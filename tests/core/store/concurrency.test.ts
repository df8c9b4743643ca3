import { spawn } from 'node:child_process';
import { contextAs } from '../../support/accounts.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { ensureReview } from '../../../main/core/review/review-service.js';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { DATABASE_FILE, openDatabase } from '../../../main/core/store/open-database.js';
import { latestVersion, loadMigrations } from '../../../main/core/store/migrations.js';
import { holdWriteLock } from '../../support/second-process.js';
import { makeTempDir } from '../../support/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

async function archive(options: { busyTimeoutMs?: number } = {}): Promise<{ core: Core; file: string; matterId: number }> {
  const temp = makeTempDir();
  const core = await openCore(temp.dir, options);
  cleanups.push(() => temp.remove(), () => core.close());
  // The account exists before anything is recorded in its name.
  await contextAs(core, 'tester');
  const matter = createMatter(
    core.db,
    'tester',
    CreateMatterInput.parse({ type: 'contract', title: '某村集体土地承包合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' }),
  );
  ensureReview(core, 'tester', matter.id);
  return { core, file: join(temp.dir, DATABASE_FILE), matterId: matter.id };
}

const opinion = { text: '第五条约定的承包期限超过法定期限，建议修改。', severity: 'must', basis: '《中华人民共和国农村土地承包法》第二十一条' } as const;

describe('writes while another process holds the write lock', () => {
  it('a write that reads first waits for the lock instead of failing at once', async () => {
    const { core, file, matterId } = await archive();
    // The reader's snapshot is taken before the other process commits: a DEFERRED transaction that read
    // first could not upgrade to a write and failed with SQLITE_BUSY without waiting.
    const holder = await holdWriteLock(file, 400);
    const added = await dispatch('opinions.add', { matterId, ...opinion }, await contextAs(core, 'tester'));
    await holder.released;
    expect(added).toMatchObject({ ok: true, value: { opinions: [{ text: opinion.text }] } });
    const count = core.db.prepare('SELECT count(*) AS n FROM lock_holder_probe').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('after the busy timeout the user is told the database is busy, and nothing is written', async () => {
    const { core, file, matterId } = await archive({ busyTimeoutMs: 150 });
    const before = core.db.prepare('SELECT count(*) AS n FROM opinions').get();
    const holder = await holdWriteLock(file, 1500);
    const result = await dispatch('opinions.add', { matterId, ...opinion }, await contextAs(core, 'tester'));
    await holder.released;
    expect(result).toEqual({ ok: false, error: { code: 'store.busy', message: '数据库正忙，请稍后再试。' } });
    expect(core.db.prepare('SELECT count(*) AS n FROM opinions').get()).toEqual(before);
  });
});

/** Opens the archive in a separate process (through tsx), printing its schema version or the error. */
function openInChild(dataDir: string): Promise<{ code: number | null; out: string }> {
  const script = `
    const { openCore } = await import(${JSON.stringify(join(import.meta.dirname, '..', '..', '..', 'main', 'core', 'core.ts'))});
    try { const core = await openCore(process.argv[1]); console.log('version', core.schemaVersion()); core.close(); }
    catch (e) { console.log('error', e.code ?? '', e.message, JSON.stringify(e.details ?? null)); process.exitCode = 1; }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

describe('two processes opening a new data folder at once', () => {
  it('both end up on the latest schema; neither fails with "table already exists"', async () => {
    const latest = latestVersion(loadMigrations());
    for (let round = 0; round < 4; round++) {
      const temp = makeTempDir();
      cleanups.push(() => temp.remove());
      const results = await Promise.all([openInChild(temp.dir), openInChild(temp.dir), openInChild(temp.dir)]);
      for (const r of results) {
        expect(r.out.trim(), r.out).toBe(`version ${latest}`);
        expect(r.code).toBe(0);
      }
    }
  });
});

describe('a database from a newer program', () => {
  it('is refused before anything is written: a rollback-journal file stays in rollback mode', async () => {
    const temp = makeTempDir();
    cleanups.push(() => temp.remove());
    const file = join(temp.dir, DATABASE_FILE);
    const made = new Database(file);
    made.pragma('journal_mode = DELETE');
    made.exec('CREATE TABLE future (x)');
    made.pragma(`user_version = ${latestVersion(loadMigrations()) + 1000}`);
    made.close();
    const before = readFileSync(file);
    await expect(openDatabase(temp.dir)).rejects.toMatchObject({ code: 'store.too-new' });
    // Bytes 18–19 of the header are 1 for a rollback journal and 2 for WAL.
    expect(readFileSync(file)).toEqual(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('opening a large archive', () => {
  it('skips quick_check above the size limit (doctor and backups check it), runs it below', async () => {
    const temp = makeTempDir();
    cleanups.push(() => temp.remove());
    const core = await openCore(temp.dir);
    for (let i = 0; i < 300; i++) {
      createMatter(core.db, 't', CreateMatterInput.parse({ type: 'contract', title: `事项${i}`, submittingUnit: '东风村', receivedOn: '2026-03-02' }));
    }
    core.close();
    // Damage the last page (an index or table page) the way a disk fault would.
    const file = join(temp.dir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, bytes.length - 4096 + 100, bytes.length - 100);
    writeFileSync(file, bytes);
    await expect(openDatabase(temp.dir)).rejects.toMatchObject({ code: 'store.corrupt' });
    const opened = await openDatabase(temp.dir, { quickCheckMaxBytes: 1024 });
    opened.close();
  });
});

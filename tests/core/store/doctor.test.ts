import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { runDoctor } from '../../../main/core/store/doctor.js';
import { callAs, LEASE_FIXTURE } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'bin.js');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

/** An archive with one matter and its imported DOCX; returns the folder and the document's SHA-256. */
async function archiveWithDocument(): Promise<{ dir: string; sha256: string }> {
  const temp = makeTempDir();
  cleanups.push(() => temp.remove());
  const core = await openCore(temp.dir);
  const matter = await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '租赁合同', submittingUnit: '东风村', receivedOn: '2026-03-02' });
  const { document } = await callAs(core, 'tester', 'documents.import', {
    matterId: matter.id,
    fileName: 'lease.docx',
    content: readFileSync(LEASE_FIXTURE),
  });
  core.close();
  return { dir: temp.dir, sha256: document.sha256 };
}

/** Changes the archive behind the program's back, the way a disk fault or a hand edit would. */
async function tamper(dir: string, sql: (db: Database.Database) => void): Promise<void> {
  const core = await openCore(dir);
  core.db.pragma('foreign_keys = OFF');
  sql(core.db);
  core.close();
}

describe('doctor', () => {
  it('passes a healthy archive, checking every blob', async () => {
    const { dir } = await archiveWithDocument();
    const report = await runDoctor(dir);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, integrity: 'ok', matters: 1, blobsChecked: 1 });
    expect(report.freeBytes).toBeGreaterThan(0);
  });

  it('finds a dangling row (foreign keys) and a blob whose bytes changed, in Chinese, with exit code 1', async () => {
    const { dir, sha256 } = await archiveWithDocument();
    await tamper(dir, (db) => {
      db.prepare('UPDATE documents SET matter_id = 999 WHERE id = 1').run();
      const { data } = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(sha256) as { data: Buffer };
      const changed = Buffer.from(data);
      changed[100] = (changed[100] ?? 0) ^ 0xff;
      db.prepare('UPDATE blobs SET data = ? WHERE sha256 = ?').run(changed, sha256);
    });
    const report = await runDoctor(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check).sort()).toEqual(['blobs', 'foreign-keys']);
    expect(report.problems.find((p) => p.check === 'foreign-keys')!.message).toMatch(/表 documents 第 1 行引用的 matters 记录不存在/);
    expect(report.problems.find((p) => p.check === 'blobs')!.message).toMatch(/SHA-256 不一致.*lease\.docx/);

    const human = spawnSync(process.execPath, [bin, 'doctor', '--data', dir], { encoding: 'utf8' });
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('✗ 外键检查');
    expect(human.stdout).toContain('✗ 文件校验（SHA-256）');
    expect(human.stdout).toContain('结论：发现 2 个问题');
    const json = spawnSync(process.execPath, [bin, 'doctor', '--data', dir, '--json'], { encoding: 'utf8' });
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { ok: boolean }).ok).toBe(false);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/core/store/open-database.js';
import { FIXTURES } from '../core/documents/fixtures.js';
import { makeTempDir } from '../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
afterAll(() => temp.remove());

function titles(data: string): string[] {
  const db = new Database(join(data, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT title FROM matters ORDER BY id').all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
}

describe('review-desk import, robust per file', () => {
  it('a name of only spaces is refused for that file alone; invisible and bidi characters are removed', () => {
    const inbox = join(temp.dir, 'names');
    mkdirSync(inbox);
    const lease = join(FIXTURES, 'docx', 'zh-contract-lease-std-01.docx');
    copyFileSync(lease, join(inbox, '   .docx'));
    copyFileSync(lease, join(inbox, '   '));
    copyFileSync(join(FIXTURES, 'docx', 'zh-contract-procurement-01.docx'), join(inbox, '采购\u200b合同\u202e（修改稿）\u0007.docx'));
    const data = join(temp.dir, 'names-data');
    const result = spawnSync(process.execPath, [bin, 'import', '--data', data, '--json', inbox], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4); // three files and the summary line
    expect(lines.filter((l) => l.code === 'file.bad-name')).toHaveLength(2);
    expect(lines.at(-1)).toMatchObject({ summary: true, total: 3, processed: 3, imported: 1, stopped: null });
    expect(titles(data)).toEqual(['采购合同（修改稿）']);
    const db = new Database(join(data, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT file_name FROM documents').pluck().all()).toEqual(['采购合同（修改稿）.docx']);
    db.close();
  });

  it('Ctrl+C stops after the current file, says so in Chinese and lists what was imported', async () => {
    const inbox = join(temp.dir, 'many');
    mkdirSync(inbox);
    // Distinct bytes per file, so each is a real import (not recognised as already in the archive).
    // Long enough (3,000 paragraphs each) that the batch is still running when Ctrl+C arrives.
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(inbox, `通知${String(i).padStart(3, '0')}.txt`), `关于第${i}次村民代表会议的通知\n${`第${i}条 村民会议内容如下，应当遵守。\n`.repeat(3000)}`);
    }
    const data = join(temp.dir, 'many-data');
    const child = spawn(process.execPath, [bin, 'import', '--data', data, inbox], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const interrupted = new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if ((out.match(/^✓/gm) ?? []).length >= 1 && !child.killed) {
          child.kill('SIGINT');
          resolve();
        }
      }),
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    await interrupted;
    expect(code).toBe(130);
    expect(err).toContain('正在停止');
    expect(out).toContain('已按 Ctrl+C 停止导入。');
    const done = (out.match(/^✓/gm) ?? []).length;
    expect(out).toMatch(new RegExp(`已处理 \\d+ / 40 个文件：导入 ${done} 个`));
    expect(out).toContain('已导入的审查事项：');
    expect(done).toBeLessThan(40);
    // Exactly the files reported as imported are in the archive: nothing half-imported, nothing unreported.
    expect(titles(data)).toHaveLength(done);
  });
});

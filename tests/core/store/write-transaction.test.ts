import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeErrorOf } from '../../../main/core/store/write-transaction.js';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('write transactions', () => {
  it('are all opened through writeTransaction (IMMEDIATE, busy mapped to a Chinese message)', () => {
    const offenders = sourceFiles(join(root, 'main'))
      .filter((file) => !file.endsWith(join('store', 'write-transaction.ts')))
      .filter((file) => /\.transaction\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('busy and full-disk failures become AppErrors; other errors pass through unchanged', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const snapshot = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const other = Object.assign(new Error('no such table'), { code: 'SQLITE_ERROR' });
    expect(storeErrorOf(busy)).toMatchObject({ code: 'store.busy', message: '数据库正忙，请稍后再试。' });
    expect(storeErrorOf(snapshot)).toMatchObject({ code: 'store.busy' });
    expect(storeErrorOf(full)).toMatchObject({ code: 'store.disk-full' });
    expect(storeErrorOf(other)).toBe(other);
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/core/store/open-database.js';
import { FIXTURES } from '../core/documents/fixtures.js';
import { makeOle } from '../core/documents/make-files.js';
import { makeTempDir } from '../support/temp-dir.js';
import { dateInZone } from '../../shared/domain/office-time.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
const data = join(temp.dir, 'data');
const inbox = join(temp.dir, '收件');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function rows<T>(sql: string): T[] {
  const db = new Database(join(data, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

interface FileReport {
  file: string;
  ok: boolean;
  duplicate?: boolean;
  matterId?: number;
  serial?: string;
  documentId?: number;
  code?: string;
  message?: string;
}

/** `--json` prints one JSON object per file as it is done (JSON Lines), then a summary line. */
function jsonLines(stdout: string): FileReport[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FileReport & { summary?: true })
    .filter((r) => !r.summary);
}

const GOOD = ['房屋租赁合同.docx', '采购合同.docx', '通知.pdf', '通知.txt'];

beforeAll(() => {
  mkdirSync(join(inbox, '子文件夹'), { recursive: true });
  copyFileSync(join(FIXTURES, 'docx', 'zh-contract-lease-std-01.docx'), join(inbox, '房屋租赁合同.docx'));
  copyFileSync(join(FIXTURES, 'docx', 'zh-contract-procurement-01.docx'), join(inbox, '子文件夹', '采购合同.docx'));
  copyFileSync(join(FIXTURES, 'pdf', 'zh-notice-gov-office-textlayer-01.pdf'), join(inbox, '通知.pdf'));
  copyFileSync(join(FIXTURES, 'txt', 'zh-notice-gov-office-gbk-01.txt'), join(inbox, '子文件夹', '通知.txt'));
  writeFileSync(join(inbox, '旧版村规民约.doc'), makeOle(['WordDocument', '1Table']));
  writeFileSync(join(inbox, '空白.docx'), Buffer.alloc(0));
  copyFileSync(join(FIXTURES, 'pdf', 'zh-notice-gov-office-textlayer-01.pdf'), join(inbox, '其实是PDF.docx'));
  writeFileSync(join(inbox, '照片.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  // Hidden files and Office lock files in a folder are skipped.
  writeFileSync(join(inbox, '.DS_Store'), 'x');
  writeFileSync(join(inbox, '~$房屋租赁合同.docx'), 'lock');
});
afterAll(() => temp.remove());

describe('review-desk import', () => {
  it('imports a folder of good and bad files, one matter per good file, and reports every refusal (exit 0)', () => {
    const result = run('import', '--data', data, '--type', 'village.contract', '--unit', '东风村村民委员会', '--json', inbox);
    expect(result.status).toBe(0);
    const reports = jsonLines(result.stdout);
    expect(reports).toHaveLength(8);
    const byName = new Map(reports.map((r) => [r.file.split('/').at(-1)!, r]));
    for (const name of GOOD) {
      expect(byName.get(name)).toMatchObject({ ok: true, duplicate: false, serial: expect.stringMatching(/^审\d{4}-\d{4}$/) });
      expect(byName.get(name)!.matterId).toBeGreaterThan(0);
      expect(byName.get(name)!.documentId).toBeGreaterThan(0);
    }
    // .doc files are read now (issue 15); this one is an OLE shell with an empty Word stream.
    expect(byName.get('旧版村规民约.doc')).toMatchObject({ ok: false, code: 'document.corrupt', message: expect.stringContaining('已损坏') });
    expect(byName.get('空白.docx')).toMatchObject({ ok: false, code: 'document.empty' });
    expect(byName.get('其实是PDF.docx')).toMatchObject({ ok: false, code: 'document.not-docx' });
    // Pictures are read by OCR now; four bytes of JPEG header cannot be decoded.
    expect(byName.get('照片.jpg')).toMatchObject({ ok: false, code: 'document.corrupt', message: expect.stringContaining('图片无法解码') });
    // Only the imported files became matters: a refused file leaves nothing behind.
    const matters = rows<{ title: string; type: string; submitting_unit: string }>('SELECT title, type, submitting_unit FROM matters ORDER BY id');
    expect(matters.map((m) => m.title).sort()).toEqual(['房屋租赁合同', '采购合同', '通知', '通知'].sort());
    expect(matters.every((m) => m.type === 'village.contract' && m.submitting_unit === '东风村村民委员会')).toBe(true);
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM documents')[0]!.n).toBe(4);
  });

  it('prints a summary with the failures and their reasons, and does not register known files again', () => {
    const result = run('import', '--data', data, inbox, join(inbox, '不存在.docx'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('共 9 个文件：导入 0 个，已存在 4 个，未导入 5 个。');
    expect(result.stdout).toMatch(/✗ .*旧版村规民约\.doc：.*已损坏或不完整.*（document\.corrupt）/);
    expect(result.stdout).toMatch(/✗ .*不存在\.docx：找不到文件或文件夹/);
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM matters')[0]!.n).toBe(4);
  });

  it('uses the stated defaults: type contract, unit 未填写, received today', () => {
    const other = join(temp.dir, 'other-data');
    const result = run('import', '--data', other, '--json', join(inbox, '通知.pdf'));
    expect(result.status).toBe(0);
    const [report] = jsonLines(result.stdout);
    expect(report).toMatchObject({ ok: true, serial: expect.stringMatching(/^审\d{4}-0001$/) });
    const db = new Database(join(other, DATABASE_FILE), { readonly: true });
    const matter = db.prepare('SELECT title, type, submitting_unit, received_on FROM matters').get() as Record<string, string>;
    db.close();
    // Today in the office's time zone (the app's one clock), not the machine's: they differ for hours each day.
    const iso = dateInZone(new Date());
    expect(matter).toEqual({ title: '通知', type: 'contract', submitting_unit: '未填写', received_on: iso });
  });

  it('refuses an unknown matter type before touching anything (usage error, non-zero exit)', () => {
    const result = run('import', '--data', join(temp.dir, 'never'), '--type', 'lease', inbox);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('lease');
  });
});

describe('review-desk search', () => {
  it('prints hits with the matter, the document and the marked snippet', () => {
    const result = run('search', '--data', data, '租赁期限');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/共 \d+ 处匹配/);
    expect(result.stdout).toMatch(/审\d{4}-\d{4} 房屋租赁合同 · 送审稿 第1版 房屋租赁合同\.docx/);
    expect(result.stdout).toContain('【租赁期限】');
  });

  it('prints JSON hits and applies the type filter', () => {
    const json = JSON.parse(run('search', '--data', data, '--json', '特此通知').stdout) as {
      total: number;
      hits: { fileName: string; snippet: string; kind: string }[];
    };
    expect(json.total).toBe(2);
    expect(json.hits.map((h) => h.fileName).sort()).toEqual(['通知.pdf', '通知.txt']);
    expect(json.hits.every((h) => h.snippet.includes('<mark>特此通知</mark>'))).toBe(true);
    const filtered = JSON.parse(run('search', '--data', data, '--json', '--type', 'normative', '特此通知').stdout) as { total: number };
    expect(filtered.total).toBe(0);
    expect(run('search', '--data', data, '没有这个词语').stdout).toContain('没有找到匹配的内容。');
  });
});

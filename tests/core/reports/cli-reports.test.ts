import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { type SeedMatter, seedDataset } from './seed-data.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const temp = makeTempDir();
let seeds: SeedMatter[];

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'main', 'cli', 'bin.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(async () => {
  const core = await openCore(temp.dir);
  seeds = seedDataset(core, { count: 80, seed: 5, start: '2024-01-02', spanDays: 360 });
  core.close();
});
afterAll(() => temp.remove());

describe('review-desk stats and ledger', () => {
  it('prints the figures of a period as JSON', () => {
    const run = cli('stats', '--data', temp.dir, '--from', '2024-03-01', '--to', '2024-08-31', '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.out) as { total: number; withdrawn: number; opinions: { total: number }; paragraph: string };
    const inPeriod = seeds.filter((s) => s.receivedOn >= '2024-03-01' && s.receivedOn <= '2024-08-31');
    const counted = inPeriod.filter((s) => s.status !== 'withdrawn');
    expect(stats.total).toBe(counted.length);
    expect(stats.withdrawn).toBe(inPeriod.length - counted.length);
    expect(stats.opinions.total).toBe(counted.reduce((n, s) => n + s.opinions.length, 0));
    expect(stats.paragraph).toContain(`共审查各类文件、合同协议${counted.length}件`);
  });

  it('prints the paragraph in plain text and refuses a bad period in Chinese', () => {
    const ok = cli('stats', '--data', temp.dir, '--from', '2024-01-01', '--to', '2024-12-31');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('2024年，共审查各类文件、合同协议');
    const bad = cli('stats', '--data', temp.dir, '--from', '2024-12-31', '--to', '2024-01-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('起始日期不能晚于截止日期');
  });

  it('exports the ledger as XLSX and as CSV with a BOM', async () => {
    const xlsx = join(temp.dir, '台账.xlsx');
    const run = cli('ledger', '--data', temp.dir, '--out', xlsx);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${seeds.length} 行`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('审查台账')!;
    const serials: string[] = [];
    sheet.eachRow((row, n) => n > 2 && serials.push(String(row.getCell(2).value)));
    expect(serials.sort()).toEqual(seeds.map((s) => s.serial).sort());

    const csv = join(temp.dir, 'ledger.csv');
    expect(cli('ledger', '--data', temp.dir, '--out', csv, '--csv').code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('序号,审查编号,收件日期,送审单位')).toBe(true);
    expect(lines).toHaveLength(seeds.length + 1);
  });
});

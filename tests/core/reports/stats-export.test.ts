import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStatistics } from '../../../main/core/reports/exports.js';
import { computeStatistics } from '../../../main/core/reports/statistics.js';
import { reportSections } from '../../../main/core/reports/stats-export.js';
import type { Statistics } from '../../../shared/contract/reports.js';
import { MATTER_TYPE_ZH } from '../../../shared/domain/labels-zh.js';
import { tempCore } from '../../support/core.js';
import { seedDataset } from './seed-data.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let stats: Statistics;
const period = { from: '2024-01-01', to: '2024-12-31', today: '2025-06-30' };

beforeAll(async () => {
  env = await tempCore();
  seedDataset(env.core, { count: 120, seed: 9, start: '2024-01-02', spanDays: 360 });
  stats = computeStatistics(env.core.db, period);
});
afterAll(() => env.dispose());

describe('statistics report files', () => {
  it('DOCX: A4, the paragraph, and every section table with its figures', async () => {
    const file = await exportStatistics(env.core.db, period, 'docx');
    expect(file.fileName).toBe('合法性审查统计-20240101-20241231.docx');
    const bytes = Buffer.from(file.content);
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain('合法性审查工作统计报告（2024年）');
    expect(text).toContain(stats.paragraph);
    for (const section of reportSections(stats)) expect(text).toContain(section.title);
    for (const t of stats.byType) expect(text).toContain(MATTER_TYPE_ZH[t.type]);
    expect(text).toMatch(new RegExp(`审查事项（件）\\s*${stats.total}`));
  });

  it('XLSX: the paragraph sheet and one sheet per section with the same numbers', async () => {
    const file = await exportStatistics(env.core.db, period, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('年度报告段落')!.getCell('A2').value).toBe(stats.paragraph);
    const byType = workbook.getWorksheet('按事项类型')!;
    const rows: [string, number][] = [];
    byType.eachRow((row, n) => n > 1 && rows.push([String(row.getCell(1).value), Number(row.getCell(2).value)]));
    expect(rows).toEqual(stats.byType.map((t) => [MATTER_TYPE_ZH[t.type], t.count]));
    expect(rows.reduce((sum, [, n]) => sum + n, 0)).toBe(stats.total);
    const months: number[] = [];
    workbook.getWorksheet('按月份')!.eachRow((row, n) => n > 1 && months.push(Number(row.getCell(2).value)));
    expect(months).toHaveLength(12);
    expect(months.reduce((a, b) => a + b, 0)).toBe(stats.total);
  });
});

import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLedger } from '../../../main/core/reports/ledger.js';
import { LEDGER_COLUMNS, writeLedgerXlsx } from '../../../main/core/reports/ledger-export.js';
import { LedgerFilter, type LedgerRow } from '../../../shared/contract/reports.js';
import { tempCore } from '../../support/core.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { seedDataset } from './seed-data.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let rows: LedgerRow[];
const temp = makeTempDir();

beforeAll(async () => {
  env = await tempCore();
  env.core.db.transaction(() => seedDataset(env.core, { count: 2500, seed: 5, start: '2025-01-02', spanDays: 300, light: true }))();
  rows = queryLedger(env.core.db, LedgerFilter.parse({ sort: 'receivedOn', order: 'asc' }), '2025-12-31');
});
afterAll(() => {
  env.dispose();
  temp.remove();
});

describe('the streamed XLSX ledger (issue 17)', () => {
  it('streams into a file with progress, keeping the title, frozen header, filter buttons and every row', async () => {
    expect(rows.length).toBe(2500);
    const path = join(temp.dir, '台账.xlsx');
    const file = createWriteStream(path);
    const progress: [number, number][] = [];
    await writeLedgerXlsx(rows, file, { subtitle: '收件日期 2025-01-02 至 2025-12-31', onProgress: (w, t) => progress.push([w, t]) });
    await finished(file);
    expect(progress).toEqual([[1000, 2500], [2000, 2500], [2500, 2500]]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审查台账')!;
    expect(sheet.getCell('A1').value).toBe('合法性审查工作台账（收件日期 2025-01-02 至 2025-12-31）');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('O1').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('B2').value).toBe('审查编号');
    expect(sheet.rowCount).toBe(rows.length + 2);
    const last = sheet.getRow(rows.length + 2);
    expect(last.getCell(1).value).toBe(rows.length);
    expect(last.getCell(2).value).toBe(rows.at(-1)!.serial);
    expect(last.getCell(LEDGER_COLUMNS.findIndex((c) => c.header === '事项名称') + 1).value).toBe(rows.at(-1)!.title);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { COUNTY_HEADERS, NO_TOWNSHIP, countyFigures } from '../../../main/core/reports/county-report.js';
import { queryLedger } from '../../../main/core/reports/ledger.js';
import { computeStatistics } from '../../../main/core/reports/statistics.js';
import { LedgerFilter } from '../../../shared/contract/reports.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;
let letterNumber: string;
let approvedId: number;

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  const { matter } = await approvedMatter(core, '某村房屋租赁合同');
  approvedId = matter.id;
  const letter = await callAs(core, '李所长', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
  letterNumber = letter.number!;
  const fb = await callAs(core, '王审查', 'feedback.list', { matterId: matter.id });
  await callAs(core, '王审查', 'feedback.record', {
    matterId: matter.id,
    receivedOn: '2026-03-20',
    reply: '已修改。',
    adoptions: [
      { opinionId: fb.opinions[0]!.id, adoption: 'adopted' },
      { opinionId: fb.opinions[1]!.id, adoption: 'not-adopted', reason: '另行约定' },
    ],
  });
  const make = (title: string, township: string, type: 'normative' | 'village.rules' | 'contract') =>
    callAs(core, '王审查', 'matters.create', { type, title, submittingUnit: `${township}政府`, township, receivedOn: '2026-04-01' });
  await make('红花镇规范性文件', '红花镇', 'normative');
  await make('红花镇村规民约', '红花镇', 'village.rules');
  const gone = await make('马头镇合同', '马头镇', 'contract');
  await callAs(core, '王审查', 'workflow.move', { matterId: gone.id, to: 'withdrawn', reason: '送审单位撤回' });
  await make('马头镇规范性文件', '马头镇', 'normative');
  await callAs(core, '王审查', 'matters.create', { type: 'contract', title: '去年的合同', submittingUnit: '镇政府', township: '红花镇', receivedOn: '2025-12-30' });
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('ledger columns offices report', () => {
  it('shows 意见书文号, 出具日期, 反馈日期 and adoption per matter', () => {
    const row = queryLedger(core.db, LedgerFilter.parse({})).find((r) => r.id === approvedId)!;
    expect(row.letterNumbers).toBe(letterNumber);
    expect(row.letterIssuedOn).toBe('2026-03-10');
    expect(row.feedbackOn).toBe('2026-03-20');
    expect(row.adoption).toMatchObject({ adopted: 1, notAdopted: 1, pending: 0 });
  });
});

describe('county report by township', () => {
  it('adds up to the statistics module’s figures for the year, withdrawn apart', () => {
    const { rows, total } = countyFigures(core.db, 2026);
    expect(rows.map((r) => r.township)).toEqual(['红花镇', '马头镇', NO_TOWNSHIP]);
    const stats = computeStatistics(core.db, { from: '2026-01-01', to: '2026-12-31' });
    expect(total.total).toBe(stats.total);
    expect(total.withdrawn).toBe(stats.withdrawn);
    expect(total.opinions).toBe(stats.opinions.total);
    expect(total.adopted).toBe(stats.adoption.adopted);
    expect(total.notAdopted).toBe(stats.adoption.notAdopted);
    expect(rows.find((r) => r.township === '马头镇')).toMatchObject({ total: 1, normative: 1, contract: 0, withdrawn: 1 });
    expect(rows.find((r) => r.township === '红花镇')).toMatchObject({ total: 2, normative: 1, village: 1 });
    expect(rows.find((r) => r.township === NO_TOWNSHIP)).toMatchObject({ total: 1, village: 1, lawfulAfterRevision: 1, issued: 1, opinions: 2 });
  });

  it('exports the XLSX with grouped headers, one row per township and a 合计 row', async () => {
    const out = await callAs(core, '王审查', 'reports.countyXlsx', { year: 2026, today: '2027-01-05' });
    expect(out.fileName).toBe('2026年度合法性审查统计表（按乡镇）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.content) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const text = (r: number, c: number) => String(sheet.getCell(r, c).value ?? '');
    expect(text(1, 1)).toBe('2026年度合法性审查工作情况统计表（按乡镇）');
    expect(text(2, 1)).toContain('郯城县红花镇司法所');
    expect(text(3, 3)).toBe('按事项类型');
    const headers = COUNTY_HEADERS.map((h, i) => (text(4, i + 1) || text(3, i + 1)));
    expect(headers).toEqual(COUNTY_HEADERS);
    expect([5, 6, 7, 8].map((r) => text(r, 1))).toEqual(['红花镇', '马头镇', NO_TOWNSHIP, '合计']);
    const totalCol = COUNTY_HEADERS.indexOf('审查总数') + 1;
    expect(sheet.getCell(8, totalCol).value).toBe(4);
    const rate = COUNTY_HEADERS.indexOf('采纳率') + 1;
    expect(text(7, rate)).toBe('50.0%');
    expect(text(9, 1)).toContain('填报日期：2027-01-05');
  });
});

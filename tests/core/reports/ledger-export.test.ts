import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedger } from '../../../main/core/reports/exports.js';
import { queryLedger } from '../../../main/core/reports/ledger.js';
import { LEDGER_COLUMNS, ledgerCsv } from '../../../main/core/reports/ledger-export.js';
import { LedgerFilter, type LedgerFilter as FilterIn, type LedgerRow } from '../../../shared/contract/reports.js';
import { MATTER_STATUS_ZH, MATTER_TYPE_ZH, REVIEW_RESULT_ZH } from '../../../shared/domain/labels-zh.js';
import { tempCore } from '../../support/core.js';
import { type SeedMatter, seedDataset } from './seed-data.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let seeds: SeedMatter[];

beforeAll(async () => {
  env = await tempCore();
  seeds = seedDataset(env.core, { count: 240, seed: 77, start: '2024-01-02', spanDays: 300 });
});
afterAll(() => env.dispose());

const query = (f: FilterIn) => queryLedger(env.core.db, LedgerFilter.parse(f), '2025-01-15');
const byReceivedAsc = (a: SeedMatter, b: SeedMatter) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.id - b.id);

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('ledger query', () => {
  it('applies type, township and date filters as a plain loop over the seed does', () => {
    const rows = query({ types: ['village.rules', 'village.contract', 'contract'], township: '红花镇', from: '2024-02-01', to: '2024-09-30', sort: 'receivedOn', order: 'asc' });
    const expected = seeds
      .filter((s) => ['village.rules', 'village.contract', 'contract'].includes(s.type) && s.township === '红花镇')
      .filter((s) => s.receivedOn >= '2024-02-01' && s.receivedOn <= '2024-09-30')
      .sort(byReceivedAsc);
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((r) => r.id)).toEqual(expected.map((s) => s.id));
  });

  it('filters by unit, status, reviewer, conclusion and text', () => {
    const s0 = seeds[0]!;
    const ids = (f: FilterIn) => query({ ...f, sort: 'receivedOn', order: 'asc' }).map((r) => r.id);
    const want = (pred: (s: SeedMatter) => boolean) => seeds.filter(pred).sort(byReceivedAsc).map((s) => s.id);
    expect(ids({ submittingUnit: s0.unit })).toEqual(want((s) => s.unit === s0.unit));
    expect(ids({ statuses: ['closed', 'awaiting-feedback'] })).toEqual(want((s) => s.status === 'closed' || s.status === 'awaiting-feedback'));
    expect(ids({ reviewerId: s0.reviewerId })).toEqual(want((s) => s.reviewerId === s0.reviewerId));
    expect(ids({ result: 'none' })).toEqual(want((s) => s.result === null));
    expect(ids({ result: 'unlawful' })).toEqual(want((s) => s.result === 'unlawful'));
    expect(ids({ query: '土地承包' })).toEqual(want((s) => s.title.includes('土地承包')));
    expect(ids({ query: s0.serial })).toEqual([s0.id]);
    expect(ids({ query: '红星村' })).toEqual(want((s) => s.unit.includes('红星村')));
  });

  it('sorts by any column, ties by id in the same direction', () => {
    const rows = query({ sort: 'opinionCount', order: 'desc' });
    expect(rows).toHaveLength(seeds.length);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.opinionCount > b.opinionCount || (a.opinionCount === b.opinionCount && a.id > b.id)).toBe(true);
    }
    const counts = new Map(seeds.map((s) => [s.id, s.opinions.length]));
    for (const r of rows) expect(r.opinionCount).toBe(counts.get(r.id));
    const bySerial = query({ sort: 'serial', order: 'asc' }).map((r) => r.serial);
    expect(bySerial).toEqual([...bySerial].sort());
  });
});

describe('ledger export', () => {
  const filter: FilterIn = { types: ['village.contract', 'village.rules', 'normative'], sort: 'receivedOn', order: 'asc' };
  let rows: LedgerRow[];
  let sheetRows: (string | number)[][];

  beforeAll(async () => {
    rows = query(filter);
    const file = await exportLedger(env.core.db, LedgerFilter.parse(filter), 'xlsx', '2025-01-15');
    expect(file.fileName).toBe('审查台账-20250115.xlsx');
    expect(file.rows).toBe(rows.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审查台账')!;
    sheetRows = [];
    sheet.eachRow((row) => sheetRows.push((row.values as (string | number)[]).slice(1)));
  });

  it('writes the title, the office column layout and one row per ledger row', () => {
    expect(String(sheetRows[0]![0])).toBe('合法性审查工作台账');
    expect(sheetRows[1]).toEqual(['序号', '审查编号', '收件日期', '送审单位', '乡镇', '事项名称', '事项类型', '审查人', '审查结论', '意见条数', '意见书文号', '出具日期', '反馈日期', '采纳情况', '办结日期', '办理期限', '状态', '备注']);
    expect(sheetRows).toHaveLength(rows.length + 2);
  });

  it('matches the seed data cell by cell', () => {
    const seedById = new Map(seeds.map((s) => [s.id, s]));
    rows.forEach((r, i) => {
      const s = seedById.get(r.id)!;
      const cells = sheetRows[i + 2]!;
      const value = (header: string) => cells[LEDGER_COLUMNS.findIndex((c) => c.header === header)] ?? '';
      expect(value('序号')).toBe(i + 1);
      expect(value('审查编号')).toBe(s.serial);
      expect(value('收件日期')).toBe(s.receivedOn);
      expect(value('送审单位')).toBe(s.unit);
      expect(value('乡镇')).toBe(s.township ?? '');
      expect(value('事项名称')).toBe(s.title);
      expect(value('事项类型')).toBe(MATTER_TYPE_ZH[s.type]);
      expect(value('审查人')).toBe(s.reviewerName);
      expect(value('审查结论')).toBe(s.result ? REVIEW_RESULT_ZH[s.result] : '');
      expect(value('意见条数')).toBe(s.opinions.length);
      expect(value('状态')).toBe(MATTER_STATUS_ZH[s.status]);
      expect(value('办结日期')).toBe(s.moves.find((m) => m.to === 'closed')?.on ?? '');
      const a = s.opinions;
      const n = (k: string | null) => a.filter((o) => o.adoption === k).length;
      const adoption = value('采纳情况');
      if (a.length === 0) expect(adoption).toBe('无意见');
      else if (n(null) === a.length) expect(adoption).toBe('待反馈');
      else expect(adoption).toBe(`采纳${n('adopted')}条，部分采纳${n('partly-adopted')}条，未采纳${n('not-adopted')}条${n(null) ? `，待反馈${n(null)}条` : ''}`);
    });
  });

  it('writes the same rows as CSV, UTF-8 with a BOM', () => {
    const bytes = ledgerCsv(rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(parsed).toEqual(sheetRows.slice(1).map((r) => LEDGER_COLUMNS.map((_, i) => String(r[i] ?? ''))));
  });

  it('quotes commas, quotes and line breaks and defuses formula-like text in CSV', () => {
    const row = { ...rows[0]!, title: '关于"三资"管理,\r\n的办法', note: '=HYPERLINK("x")' };
    const parsed = parseCsv(ledgerCsv([row]).subarray(3).toString('utf8'));
    expect(parsed[1]![5]).toBe('关于"三资"管理,\r\n的办法');
    expect(parsed[1]![LEDGER_COLUMNS.findIndex((c) => c.header === '备注')]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('ledger text filter and the full-text index', () => {
  it('finds a matter by text the search index holds for it as well as by its title', async () => {
    const { indexSource } = await import('../../../main/core/search/search-index.js');
    const target = seeds.find((s) => !s.title.includes('宅基地'))!;
    // Stands in for an imported document's text: any source the search module indexes for the matter.
    env.core.db.transaction(() =>
      indexSource(env.core.db, { kind: 'test-text', refId: 1, matterId: target.id, documentId: null }, ['第五条 宅基地使用权不得流转给本村以外人员。']),
    )();
    const ids = query({ query: '宅基地', sort: 'receivedOn', order: 'asc' }).map((r) => r.id);
    const want = seeds.filter((s) => s.id === target.id || s.title.includes('宅基地')).sort(byReceivedAsc);
    expect(ids).toEqual(want.map((s) => s.id));
    // Titles are still matched by plain substring, the index adds nothing wrong.
    expect(query({ query: '土地承包' }).length).toBe(seeds.filter((s) => s.title.includes('土地承包')).length);
  });
});

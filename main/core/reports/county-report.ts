/**
 * The year's figures by township (乡镇) in the layout a county 司法局 asks townships for when it compiles
 * the annual rule-of-law report: one row per township, a 合计 row, two header rows with merged groups
 * (类型 / 审查结论 / 审查意见及采纳), and the 填报单位 / 填报日期 lines offices sign. Counted as the
 * statistics module counts: matters received in the year; withdrawn ones are shown apart and left out
 * of every other figure.
 */
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { MatterType, ReviewResult } from '../../../shared/domain/matter.js';
import { isVillageType } from '../../../shared/domain/matter.js';
import { readOfficeSettings } from '../letters/office-settings.js';
import { prepared } from '../store/statements.js';

export const NO_TOWNSHIP = '（未填乡镇）';

export interface TownshipFigures {
  township: string;
  total: number;
  village: number;
  normative: number;
  decision: number;
  contract: number;
  opinion: number;
  lawful: number;
  lawfulAfterRevision: number;
  unlawful: number;
  issued: number;
  opinions: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  pending: number;
  withdrawn: number;
}

const ZERO = (township: string): TownshipFigures => ({
  township,
  total: 0,
  village: 0,
  normative: 0,
  decision: 0,
  contract: 0,
  opinion: 0,
  lawful: 0,
  lawfulAfterRevision: 0,
  unlawful: 0,
  issued: 0,
  opinions: 0,
  adopted: 0,
  partlyAdopted: 0,
  notAdopted: 0,
  pending: 0,
  withdrawn: 0,
});

type Numeric = Exclude<keyof TownshipFigures, 'township'>;

/** The figures of matters received in `year`, per township (sorted by name, 未填 last) and in total. */
export function countyFigures(db: Database.Database, year: number): { rows: TownshipFigures[]; total: TownshipFigures } {
  const matters = prepared(
    db,
    `SELECT m.township, m.type, m.status, m.result, m.opinion_issued_on,
            (SELECT count(*) FROM opinions o WHERE o.matter_id = m.id) AS n,
            (SELECT count(*) FROM opinions o WHERE o.matter_id = m.id AND o.adoption = 'adopted') AS a,
            (SELECT count(*) FROM opinions o WHERE o.matter_id = m.id AND o.adoption = 'partly-adopted') AS p,
            (SELECT count(*) FROM opinions o WHERE o.matter_id = m.id AND o.adoption = 'not-adopted') AS r
     FROM matters m WHERE m.received_on BETWEEN ? AND ?`,
  ).all(`${year}-01-01`, `${year}-12-31`) as {
    township: string | null;
    type: MatterType;
    status: string;
    result: ReviewResult | null;
    opinion_issued_on: string | null;
    n: number;
    a: number;
    p: number;
    r: number;
  }[];
  const by = new Map<string, TownshipFigures>();
  for (const m of matters) {
    const name = m.township?.trim() || NO_TOWNSHIP;
    const f = by.get(name) ?? ZERO(name);
    by.set(name, f);
    if (m.status === 'withdrawn') {
      f.withdrawn++;
      continue;
    }
    f.total++;
    if (isVillageType(m.type)) f.village++;
    else f[m.type as 'normative' | 'decision' | 'contract' | 'opinion']++;
    if (m.result === 'lawful') f.lawful++;
    if (m.result === 'lawful-after-revision') f.lawfulAfterRevision++;
    if (m.result === 'unlawful') f.unlawful++;
    if (m.opinion_issued_on) f.issued++;
    f.opinions += m.n;
    f.adopted += m.a;
    f.partlyAdopted += m.p;
    f.notAdopted += m.r;
    f.pending += m.n - m.a - m.p - m.r;
  }
  const rows = [...by.values()].sort((x, y) =>
    x.township === NO_TOWNSHIP ? 1 : y.township === NO_TOWNSHIP ? -1 : x.township.localeCompare(y.township, 'zh-CN'),
  );
  const total = ZERO('合计');
  for (const r of rows) for (const k of Object.keys(total) as (keyof TownshipFigures)[]) if (k !== 'township') total[k as Numeric] += r[k as Numeric];
  return { rows, total };
}

/** Columns under their group headers; `rate` is the 采纳率 (adopted + partly) / opinions with feedback. */
const GROUPS: { group: string | null; columns: { header: string; key: Numeric | 'rate'; width: number }[] }[] = [
  { group: null, columns: [{ header: '审查总数', key: 'total', width: 9 }] },
  {
    group: '按事项类型',
    columns: [
      { header: '村级重大事项', key: 'village', width: 10 },
      { header: '行政规范性文件', key: 'normative', width: 10 },
      { header: '重大行政决策', key: 'decision', width: 10 },
      { header: '合同协议', key: 'contract', width: 9 },
      { header: '法律意见', key: 'opinion', width: 9 },
    ],
  },
  {
    group: '审查结论',
    columns: [
      { header: '合法', key: 'lawful', width: 7 },
      { header: '修改后合法', key: 'lawfulAfterRevision', width: 9 },
      { header: '不合法', key: 'unlawful', width: 7 },
    ],
  },
  {
    group: '审查意见及采纳情况',
    columns: [
      { header: '出具意见书（件）', key: 'issued', width: 10 },
      { header: '提出意见（条）', key: 'opinions', width: 10 },
      { header: '采纳', key: 'adopted', width: 7 },
      { header: '部分采纳', key: 'partlyAdopted', width: 8 },
      { header: '未采纳', key: 'notAdopted', width: 7 },
      { header: '待反馈', key: 'pending', width: 7 },
      { header: '采纳率', key: 'rate', width: 8 },
    ],
  },
  { group: null, columns: [{ header: '撤回（不计入）', key: 'withdrawn', width: 10 }] },
];

export const COUNTY_HEADERS = ['乡镇（街道）', ...GROUPS.flatMap((g) => g.columns.map((c) => c.header))];

/** 采纳率 over the opinions that have a reply; '—' when none has. */
export function adoptionRate(f: TownshipFigures): string {
  const answered = f.adopted + f.partlyAdopted + f.notAdopted;
  return answered === 0 ? '—' : `${(((f.adopted + f.partlyAdopted) / answered) * 100).toFixed(1)}%`;
}

export function countyRowValues(f: TownshipFigures): (string | number)[] {
  return [f.township, ...GROUPS.flatMap((g) => g.columns.map((c) => (c.key === 'rate' ? adoptionRate(f) : f[c.key])))];
}

export async function countyReportXlsx(db: Database.Database, year: number, today: string): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const { rows, total } = countyFigures(db, year);
  const office = readOfficeSettings(db).officeName;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Review Desk 合法性审查工作台';
  const sheet = wb.addWorksheet(`${year}年度`, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = COUNTY_HEADERS.length;
  sheet.columns = [{ width: 16 }, ...GROUPS.flatMap((g) => g.columns.map((c) => ({ width: c.width })))];
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  sheet.mergeCells(1, 1, 1, width);
  Object.assign(sheet.getCell(1, 1), { value: `${year}年度合法性审查工作情况统计表（按乡镇）` });
  sheet.getCell(1, 1).font = { name: '宋体', size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = `填报单位：${office || '（未设置）'}        统计范围：${year}年1月1日至${year}年12月31日收件的审查事项`;
  // Rows 3–4: the grouped header; a column without a group spans both rows.
  let col = 2;
  sheet.mergeCells(3, 1, 4, 1);
  sheet.getCell(3, 1).value = '乡镇（街道）';
  for (const g of GROUPS) {
    if (g.group === null) {
      sheet.mergeCells(3, col, 4, col);
      sheet.getCell(3, col).value = g.columns[0]!.header;
      col++;
      continue;
    }
    sheet.mergeCells(3, col, 3, col + g.columns.length - 1);
    sheet.getCell(3, col).value = g.group;
    g.columns.forEach((c, i) => (sheet.getCell(4, col + i).value = c.header));
    col += g.columns.length;
  }
  for (const r of [3, 4]) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: '黑体', bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = border;
    }
  }
  for (const f of [...rows, total]) {
    const row = sheet.addRow(countyRowValues(f));
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.border = border;
      cell.alignment = { horizontal: c === 1 ? 'left' : 'center' };
      if (f === total) cell.font = { bold: true };
    });
  }
  const foot = sheet.addRow([]);
  foot.getCell(1).value = `填报人：                    审核人：                    填报日期：${today}`;
  sheet.mergeCells(foot.number, 1, foot.number, width);
  const name = `${year}年度合法性审查统计表（按乡镇）.xlsx`;
  return { fileName: name, bytes: Buffer.from(await wb.xlsx.writeBuffer()), rows: rows.length };
}

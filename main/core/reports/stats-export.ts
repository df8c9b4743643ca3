import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { Statistics } from '../../../shared/contract/reports.js';
import { MATTER_STATUS_ZH, MATTER_TYPE_ZH, REVIEW_RESULT_ZH, SEVERITY_ZH } from '../../../shared/domain/labels-zh.js';
import { oneDecimal } from './annual-paragraph.js';

/** The statistics report: the same sections in DOCX and XLSX, each a titled two-or-more-column table. */

export interface ReportSection {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

const pct = (rate: number | null) => (rate === null ? '—' : `${oneDecimal(rate * 100)}%`);

/** The report's tables, in order; both exports are built from this list. */
export function reportSections(s: Statistics): ReportSection[] {
  const a = s.adoption;
  const t = s.turnaround;
  return [
    {
      title: '一、总体情况',
      header: ['项目', '数值'],
      rows: [
        ['审查事项（件）', s.total],
        ['其中村级重大事项（件）', s.village],
        ['撤回（件，未计入）', s.withdrawn],
        ['作废（件，未计入）', s.voided],
        ['提出审查意见（条）', s.opinions.total],
        ['采纳率（含部分采纳）', pct(a.rate)],
        ['已出具意见（件）', t.completed],
        ['平均用时（工作日）', t.averageWorkingDays === null ? '—' : oneDecimal(t.averageWorkingDays)],
        ['超过审查期限办结（件）', t.overdue],
        ['在办已超期（件）', t.openOverdue],
      ],
    },
    { title: '二、按事项类型', header: ['事项类型', '件数'], rows: s.byType.map((x) => [MATTER_TYPE_ZH[x.type], x.count]) },
    { title: '三、按乡镇（街道）', header: ['乡镇（街道）', '件数'], rows: s.byTownship.map((x) => [x.name || '（未填写）', x.count]) },
    { title: '四、按送审单位', header: ['送审单位', '件数'], rows: s.byUnit.map((x) => [x.name, x.count]) },
    { title: '五、按月份', header: ['月份', '件数'], rows: s.byMonth.map((x) => [x.month, x.count]) },
    {
      title: '六、审查意见',
      header: ['项目', '条数'],
      rows: [
        ...s.opinions.bySeverity.map((x): [string, number] => [SEVERITY_ZH[x.severity], x.count]),
        ['合计', s.opinions.total],
        ['采纳', a.adopted],
        ['部分采纳', a.partlyAdopted],
        ['未采纳', a.notAdopted],
        ['尚未反馈', a.pending],
      ],
    },
    {
      title: '七、审查结论与办理状态',
      header: ['项目', '件数'],
      rows: [
        ...s.byResult.map((x): [string, number] => [x.result ? REVIEW_RESULT_ZH[x.result] : '尚无结论', x.count]),
        ...s.byStatus.map((x): [string, number] => [`状态：${MATTER_STATUS_ZH[x.status]}`, x.count]),
      ],
    },
  ];
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: '仿宋_GB2312' };
const HEAD_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: '黑体' };

const cell = (value: string | number, bold = false) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: typeof value === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: String(value), bold, font: BODY_FONT, size: 24 })],
      }),
    ],
  });

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** The report as DOCX: title, the annual-report paragraph, then one table per section. */
export async function statisticsDocx(s: Statistics): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: `合法性审查工作统计报告（${s.periodZh}）`, font: { ...BODY_FONT, eastAsia: '方正小标宋简体' }, size: 36 })],
    }),
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560, after: 240 },
      children: [new TextRun({ text: s.paragraph, font: BODY_FONT, size: 32 })],
    }),
  ];
  for (const section of reportSections(s)) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: section.title, font: HEAD_FONT, size: 30, color: '000000' })],
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
        rows: [
          new TableRow({ tableHeader: true, children: section.header.map((h) => cell(h, true)) }),
          ...section.rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun({
          text: `统计口径：收件日期在${s.from}至${s.to}之间的事项；撤回的事项不计入；用时按工作日计算，退回补正期间不计。`,
          font: BODY_FONT,
          size: 21,
        }),
      ],
    }),
  );
  const doc = new Document({
    creator: 'Review Desk 合法性审查工作台',
    title: `合法性审查工作统计报告（${s.periodZh}）`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** The report as XLSX: a summary sheet with the paragraph, then one sheet per section. */
export async function statisticsXlsx(s: Statistics): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Review Desk 合法性审查工作台';
  const summary = workbook.addWorksheet('年度报告段落');
  summary.columns = [{ width: 100 }];
  summary.getCell('A1').value = `合法性审查工作统计（${s.periodZh}）`;
  summary.getCell('A1').font = { bold: true, size: 14 };
  summary.getCell('A2').value = s.paragraph;
  summary.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  summary.getRow(2).height = 120;
  for (const section of reportSections(s)) {
    const name = section.title.replace(/^[一二三四五六七八九十]+、/, '').slice(0, 31);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = section.header.map((_, i) => ({ width: i === 0 ? 36 : 14 }));
    const header = sheet.addRow(section.header);
    header.font = { bold: true };
    for (const row of section.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

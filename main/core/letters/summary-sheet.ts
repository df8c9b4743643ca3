/** 审查登记表: one matter's registration facts, dates, reviewers, conclusion and opinions, as a table DOCX. */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { DEFAULT_LETTER_FONTS, LETTER_KIND_ZH, SummarySheetModel } from '../../../shared/domain/letter.js';
import type { LetterFonts } from '../../../shared/domain/letter.js';
import { MATTER_STATUS_ZH, MATTER_TYPE_ZH, REVIEW_RESULT_ZH } from '../../../shared/domain/labels-zh.js';
import { fontTableXml, runFont } from './fonts.js';
import { formatChineseDate } from './format.js';
import { A4_PAGE_PROPERTIES, PAGE, SIZE } from './gbt9704.js';

/** Label/value rows; a row with one pair spans the full width. */
type Row = [string, string] | [string, string, string, string];

/** The rows of the sheet as text, in printed order (also what the tests read back). */
export function summarySheetRows(m: SummarySheetModel): Row[] {
  const date = (d: string | null) => (d ? formatChineseDate(d) : '—');
  const name = (s: string | null) => (s && s.trim() ? s : '—');
  const c = m.opinionCounts;
  const a = m.adoption;
  const letters = m.letters.length
    ? m.letters
        .map((l) => `${l.number ?? '（未编号）'} ${LETTER_KIND_ZH[l.kind]}（${formatChineseDate(l.issueDate)}）`)
        .join('\n')
    : '—';
  return [
    ['审查编号', m.serialNumber, '事项类型', MATTER_TYPE_ZH[m.matterType]],
    ['事项名称', m.matterTitle],
    ['送审单位', m.submittingUnit, '联系方式', name(m.contact)],
    ['收件日期', date(m.receivedDate), '办理期限', date(m.dueDate)],
    ['办结日期', date(m.completedDate), '办理状态', MATTER_STATUS_ZH[m.status]],
    ['审查人', name(m.reviewer), '复核人', name(m.approver)],
    ['审查结论', m.conclusion ? REVIEW_RESULT_ZH[m.conclusion] : '—'],
    ['审查意见', `共${c.must + c.should + c.hint}条（必须修改${c.must}条，建议修改${c.should}条，提示${c.hint}条）`],
    ['采纳情况', `采纳${a.adopted}条，部分采纳${a.partial}条，未采纳${a.rejected}条，未反馈${a.pending}条`],
    ['出具文书', letters],
    ['意见摘要', m.summary.trim() || '—'],
    ['备注', name(m.notes)],
  ];
}

function cell(text: string, fonts: LetterFonts, opts: { label?: boolean; span?: number; width: number }): TableCell {
  const font = runFont(opts.label ? fonts.heading1 : fonts.body, fonts.latin);
  return new TableCell({
    columnSpan: opts.span,
    width: { size: opts.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.label ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, font, size: SIZE.sihao })],
        }),
    ),
  });
}

export async function buildSummarySheetDocx(model: SummarySheetModel, fonts: LetterFonts = DEFAULT_LETTER_FONTS): Promise<Buffer> {
  const m = SummarySheetModel.parse(model);
  const typeWidth = PAGE.width - PAGE.left - PAGE.right;
  const labelW = Math.round(typeWidth * 0.16);
  const valueW = Math.round(typeWidth * 0.34);
  const rows = summarySheetRows(m).map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children:
          r.length === 2
            ? [cell(r[0], fonts, { label: true, width: labelW }), cell(r[1], fonts, { span: 3, width: typeWidth - labelW })]
            : [
                cell(r[0], fonts, { label: true, width: labelW }),
                cell(r[1], fonts, { width: valueW }),
                cell(r[2], fonts, { label: true, width: labelW }),
                cell(r[3], fonts, { width: valueW }),
              ],
      }),
  );
  const doc = new Document({
    creator: m.officeName,
    title: `审查登记表 ${m.serialNumber}`,
    styles: { default: { document: { run: { font: runFont(fonts.body, fonts.latin), size: SIZE.sihao } } } },
    sections: [
      {
        properties: {
          page: A4_PAGE_PROPERTIES,
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: `${m.officeName}合法性审查登记表`, font: runFont(fonts.title, fonts.latin), size: SIZE.erhao })],
          }),
          new Table({ width: { size: typeWidth, type: WidthType.DXA }, columnWidths: [labelW, valueW, labelW, valueW], rows }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 240 },
            children: [new TextRun({ text: `打印日期：${formatChineseDate(m.printedOn)}`, font: runFont(fonts.body, fonts.latin), size: SIZE.sihao })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
}

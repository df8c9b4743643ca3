/**
 * The 案卷封面 and 卷内目录 of a case as one DOCX (cover on page one, 目录 from page two), in the letters'
 * page and type settings (A4, GB/T 9704 margins, 小标宋 title, 仿宋 body, 黑体 labels). The 目录 columns
 * follow the usual 卷内文件目录: 序号, 责任者, 题名, 日期, 备注.
 */
import { AlignmentType, Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { CasefileView } from '../../../shared/contract/casefile.js';
import { MATTER_TYPE_ZH, REVIEW_RESULT_ZH } from '../../../shared/domain/labels-zh.js';
import type { LetterFonts } from '../../../shared/domain/letter.js';
import { fontTableXml, runFont } from '../letters/fonts.js';
import { formatChineseDate } from '../letters/format.js';
import { A4_PAGE_PROPERTIES, PAGE, SIZE } from '../letters/gbt9704.js';

const date = (d: string | null) => (d ? formatChineseDate(d) : '—');

/** The cover's label/value rows in printed order (the printable view and the tests read the same rows). */
export function coverRows(view: CasefileView): [string, string][] {
  const c = view.cover;
  return [
    ['归档号', c.archiveNo ?? '（未归档）'],
    ['审查编号', c.serial],
    ['事项名称', c.title],
    ['事项类型', MATTER_TYPE_ZH[c.type]],
    ['送审单位', c.submittingUnit],
    ['收件日期', date(c.receivedOn)],
    ['出具意见日期', date(c.opinionIssuedOn)],
    ['办结日期', date(c.closedOn)],
    ['审查人', c.reviewer ?? '—'],
    ['审批人', c.approver ?? '—'],
    ['审查结论', c.result ? REVIEW_RESULT_ZH[c.result] : '—'],
    ['意见书文号', c.letterNumbers.join('、') || '—'],
    ['归档日期', date(c.archivedOn)],
    ['卷内文件', `${c.entryCount}件`],
  ];
}

export const CONTENTS_HEADER = ['序号', '责任者', '题名', '日期', '备注'] as const;

export function contentsRows(view: CasefileView): string[][] {
  return view.entries.map((e) => [String(e.seq), e.author, e.title, e.date, e.fileName]);
}

export async function buildCasefileDocx(view: CasefileView, fonts: LetterFonts): Promise<Buffer> {
  const typeWidth = PAGE.width - PAGE.left - PAGE.right;
  const body = runFont(fonts.body, fonts.latin);
  const label = runFont(fonts.heading1, fonts.latin);
  const title = runFont(fonts.title, fonts.latin);
  const cell = (text: string, width: number, opts: { label?: boolean; center?: boolean; size?: number } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: opts.label || opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text, font: opts.label ? label : body, size: opts.size ?? SIZE.sihao })],
        }),
      ],
    });
  const labelW = Math.round(typeWidth * 0.25);
  const cover = new Table({
    width: { size: typeWidth, type: WidthType.DXA },
    columnWidths: [labelW, typeWidth - labelW],
    rows: coverRows(view).map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, labelW, { label: true }), cell(v, typeWidth - labelW)] })),
  });
  // 序号 / 责任者 / 题名 / 日期 / 备注 in fifths of the type area tuned for Chinese titles.
  const widths = [0.08, 0.2, 0.42, 0.14, 0.16].map((f) => Math.round(typeWidth * f));
  const small = 24; // 小四 for the 目录, so a long 题名 stays on one or two lines.
  const contents = new Table({
    width: { size: typeWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: CONTENTS_HEADER.map((h, i) => cell(h, widths[i]!, { label: true, size: small })) }),
      ...contentsRows(view).map(
        (r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, widths[i]!, { center: i === 0 || i === 3, size: small })) }),
      ),
    ],
  });
  const heading = (text: string) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text, font: title, size: SIZE.erhao })] });
  const doc = new Document({
    creator: view.cover.officeName || 'Review Desk',
    title: `案卷 ${view.cover.serial}`,
    styles: { default: { document: { run: { font: body, size: SIZE.sihao } } } },
    sections: [
      {
        properties: {
          page: A4_PAGE_PROPERTIES,
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: view.cover.officeName, font: body, size: SIZE.sanhao })] }),
          heading('合法性审查案卷'),
          cover,
          new Paragraph({ children: [new PageBreak()] }),
          heading('卷内目录'),
          contents,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
}

/** The opinion letter as a DOCX in GB/T 9704—2012 layout, built with the docx library. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { LetterModel, OfficeSettings, LETTER_KIND_ZH, type LetterModelInput } from '../../../shared/domain/letter.js';
import type { LetterFonts } from '../../../shared/domain/letter.js';
import { fontTableXml, runFont } from './fonts.js';
import { BODY_TRACKING, HEADER_SPACE_BEFORE, LINE_PITCH, PAGE, SIZE, chars } from './gbt9704.js';
import { layoutLetter, signatureLayout, type LayoutOptions, type LetterBlock, type SignatureLine } from './letter-content.js';

const RED = 'FF0000';

type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber';

function run(text: string, fonts: LetterFonts, role: FontRole, size: number, color?: string): TextRun {
  // 三号 text is set 0.25 pt tighter so that 28 characters fill the 156 mm line in every renderer (see BODY_TRACKING).
  const tracking = size === SIZE.sanhao ? { characterSpacing: BODY_TRACKING } : {};
  return new TextRun({ text, font: runFont(fonts[role], fonts.latin), size, ...tracking, ...(color ? { color } : {}) });
}

/**
 * Every line is exactly one grid line (28.95 pt, 22 lines on the 225 mm type area), as the Word-made
 * 公文 templates set it ("固定值"): Word, WPS and LibreOffice then agree on lines per page, whatever
 * font metrics the installed substitute for 仿宋_GB2312 has. Widow control keeps two lines together.
 */
function para(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: true, ...options, spacing: { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT, ...options.spacing } });
}

/** Two-character first-line indent (每段左空二字), in twips and in character units for Word's grid. */
const INDENT_2 = { firstLine: chars(2), firstLineChars: 200 } as const;

/**
 * keepNext: the paragraph stays on the page of the one after it (the tail before the 署名). No keepLines
 * there: with widow control only the last two lines of the closing paragraph go over with the 署名,
 * not the whole paragraph (which left up to its length in empty lines at the foot of the page before).
 */
function blockParagraphs(block: LetterBlock, fonts: LetterFonts, keepNext: boolean): Paragraph[] {
  const keep = keepNext ? { keepNext: true } : {};
  const body = (text: string, extra: IParagraphOptions = {}) =>
    para({ alignment: AlignmentType.JUSTIFIED, indent: INDENT_2, children: [run(text, fonts, 'body', SIZE.sanhao)], ...keep, ...extra });
  switch (block.kind) {
    case 'office-header':
      // 发文机关标志: upper edge 35 mm below the top of the type area (7.2.4).
      return [
        para({
          alignment: AlignmentType.CENTER,
          spacing: { before: HEADER_SPACE_BEFORE },
          children: [run(block.text, fonts, 'title', SIZE.erhao, RED)],
        }),
      ];
    case 'number':
      return [
        para({
          alignment: AlignmentType.CENTER,
          children: [run(block.text, fonts, 'body', SIZE.sanhao)],
          // 版头分隔线 4 mm (≈ 11 pt) under the 发文字号 (7.2.7); its weight is not given, 1 pt is common 〔实务〕.
          ...(block.rule ? { border: { bottom: { style: BorderStyle.SINGLE, color: RED, size: 8, space: 11 } } } : {}),
        }),
      ];
    case 'blank':
      return [para({ children: [], ...keep })];
    case 'title':
      // Balanced lines in one paragraph (7.3.1); it never breaks across pages and stays with the 主送机关.
      return [
        para({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          children: block.lines.map((line, i) => new TextRun({ text: line, font: runFont(fonts.title, fonts.latin), size: SIZE.erhao, break: i > 0 ? 1 : 0 })),
        }),
      ];
    case 'recipient':
      return [para({ alignment: AlignmentType.LEFT, children: [run(block.text, fonts, 'body', SIZE.sanhao)] })];
    case 'heading1':
      // A heading is never the last line of a page (keepNext).
      return [para({ indent: INDENT_2, keepNext: true, keepLines: true, children: [run(block.text, fonts, 'heading1', SIZE.sanhao)] })];
    case 'heading2':
      return [para({ indent: INDENT_2, keepNext: true, keepLines: true, children: [run(block.text, fonts, 'heading2', SIZE.sanhao)] })];
    case 'body':
      return [body(block.text)];
    case 'attachments': {
      const numbered = block.items.length > 1;
      // 附件说明: 左空二字 "附件：", names after it; later names line up with the first (7.3.4).
      const left = chars(2) + chars(block.label.length);
      return block.items.map((item, i) =>
        para({
          alignment: AlignmentType.LEFT,
          ...keep,
          indent: i === 0 ? { left, hanging: chars(block.label.length) } : { left },
          children: [run(`${i === 0 ? block.label : ''}${numbered ? `${i + 1}.` : ''}${item}`, fonts, 'body', SIZE.sanhao)],
        }),
      );
    }
    case 'signature': {
      const lines = signatureLayout(block.office, block.date, block.sealed);
      const placed = (line: SignatureLine) => ({
        alignment: line.align === 'center' ? AlignmentType.CENTER : line.align === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
        indent: { left: chars(line.left), right: chars(line.right) },
      });
      return [
        para({ ...placed(lines.office), keepNext: true, keepLines: true, children: [run(block.office, fonts, 'body', SIZE.sanhao)] }),
        para({
          ...placed(lines.date),
          ...keep,
          // No automatic space between the digits and 年/月/日: Word then sets the date as wide as
          // signatureLayout counts it (LibreOffice ignores this and adds ⅕ character at each change;
          // the 署名 stays centred over the date anyway, by construction).
          autoSpaceEastAsianText: false,
          children: [run(block.date, fonts, 'body', SIZE.sanhao)],
        }),
      ];
    }
    case 'note':
    case 'signoff':
      return [body(block.text, { alignment: AlignmentType.LEFT })];
  }
}

/**
 * 页码: 4号 半角宋体, "— 1 —"; odd pages right with one character of space, even pages left (7.5).
 * One character here is one 四号 character (14 pt = 280 twips).
 */
function pageNumberFooter(fonts: LetterFonts, side: 'odd' | 'even'): Footer {
  const font = runFont(fonts.pageNumber, null);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZE.sihao * 10 } : { left: SIZE.sihao * 10 },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE.sihao })],
      }),
    ],
  });
}

/**
 * Which blocks keep with the next one: the last paragraph of the text, the blank lines and the 署名
 * stay on one page with the 成文日期 (7.3.5: no page holding only the signature; "此页无正文" is not
 * allowed), and the 附注 stays with the date.
 */
function keepFlags(blocks: LetterBlock[]): boolean[] {
  const flags = blocks.map(() => false);
  const sig = blocks.findIndex((b) => b.kind === 'signature');
  if (sig < 0) return flags;
  let i = sig - 1;
  while (i >= 0 && (blocks[i]!.kind === 'blank' || blocks[i]!.kind === 'attachments')) flags[i--] = true;
  if (i >= 0) flags[i] = true;
  if (blocks[sig + 1]?.kind === 'note' || blocks[sig + 1]?.kind === 'signoff') flags[sig] = true;
  return flags;
}

/** Build the letter DOCX. Validates the model and settings first. */
export async function buildLetterDocx(model: LetterModelInput, settings: OfficeSettings, options: LayoutOptions = {}): Promise<Buffer> {
  const m = LetterModel.parse(model);
  const s = OfficeSettings.parse(settings);
  const fonts = s.fonts;
  const { blocks } = layoutLetter(m, s, options);
  const keep = keepFlags(blocks);
  const doc = new Document({
    creator: m.officeName,
    title: `${m.letterNumber ?? '草稿'} ${LETTER_KIND_ZH[m.kind]}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(fonts.body, fonts.latin), size: SIZE.sanhao },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
          // Line grid only: the character pitch comes from BODY_TRACKING, not from a character grid
          // (LibreOffice reads a negative w:charSpace as a much wider pitch: 18 characters a line).
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children: blocks.flatMap((b, i) => blockParagraphs(b, fonts, keep[i]!)),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
}

/**
 * Proof by rendering (issue 11): each letter kind and three 批注版 go through LibreOffice to PDF once,
 * and the page is read back — size and margins, the red header, page numbers, the signature block on
 * the page of the last paragraph, no heading at a page foot — and set beside a Word-made 公文 template
 * (tests/fixtures/docx/zh-gongwen-notice-template-01.docx, see MANIFEST.tsv) holding the same text.
 * The figures are printed for the README / closing note.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateDocx, buildLetterDocx, listDocxParagraphs } from '../../../main/core/letters/index.js';
import { convertToPdf, hasRenderer, isPageNumber, readPdf, type PdfLayout, type PdfLine } from '../../support/render-pdf.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { fixture } from './docx-test-utils.js';
import { legalityOpinion, manyOpinions, settings } from './sample-letter.js';

// CI installs LibreOffice (.ci/run); on a machine without it the test says so instead of passing.
const available = hasRenderer();
if (!available && process.env.CI) throw new Error('LibreOffice (soffice) and poppler-utils are required for the rendering test');

const temp = makeTempDir();
const TEXT =
  '根据有关法律、法规、规章和规范性文件的规定，我单位对其进行了合法性审查。该村规民约总体符合法律规定，个别条款需按本意见修改完善后提交村民会议表决通过，并报乡镇人民政府备案。';
const TEMPLATE = 'zh-gongwen-notice-template-01.docx';
const TYPE_TOP = 37;
const TYPE_BOTTOM = 297 - 35;
const LEFT = 28;
const RIGHT = 210 - 26;
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** The template with its body paragraph holding TEXT, repeated so that page 2 is full. */
function filledTemplate(): Uint8Array {
  const zip = unzipSync(fixture(TEMPLATE));
  const xml = strFromU8(zip['word/document.xml']!);
  const i = xml.indexOf('[此处输入正文内容]');
  const pStart = xml.lastIndexOf('<w:p ', i);
  const pEnd = xml.indexOf('</w:p>', i) + 6;
  const para = xml.slice(pStart, pEnd).replace('[此处输入正文内容]', TEXT);
  zip['word/document.xml'] = strToU8(xml.slice(0, pStart) + para.repeat(20) + xml.slice(pEnd));
  return zipSync(zip);
}

const lettersSettings = { ...settings, printBasisPart: true, printMaterialsPart: true };
let pdf: Record<string, PdfLayout> = {};

beforeAll(async () => {
  if (!available) return;
  const noParts = { ...settings, printBasisPart: false, printMaterialsPart: false };
  const files: Record<string, Uint8Array> = {
    // 22 and 23 opinions put the closing paragraph at the foot of page 3: the 署名 must come along.
    'opinion-22': await buildLetterDocx(legalityOpinion({ opinions: manyOpinions(22), attachments: [], contact: null }), noParts),
    'opinion-23': await buildLetterDocx(legalityOpinion({ opinions: manyOpinions(23), attachments: [], contact: null }), noParts),
    'opinion-long': await buildLetterDocx(legalityOpinion({ opinions: manyOpinions(12), summary: TEXT }), lettersSettings),
    'legal-opinion': await buildLetterDocx(legalityOpinion({ kind: 'legal-opinion', summary: TEXT }), lettersSettings),
    'return-notice': await buildLetterDocx(
      legalityOpinion({ kind: 'return-notice', letterNumber: null, conclusion: null, missingMaterials: ['村民会议表决记录', '征求意见情况说明'], returnDeadline: '2024-01-22' }),
      lettersSettings,
    ),
    template: filledTemplate(),
  };
  for (const name of ['zh-contract-lease-rural-01.docx', 'zh-normative-elderly-care-01.docx', 'fixture-notes-01.docx']) {
    const original = fixture(name);
    const paras = listDocxParagraphs(original);
    const idx = paras.findIndex((p) => p.trim().length > 8);
    const annotated = await annotateDocx(original, [
      { quote: paras[idx]!.trim().slice(0, 4), paragraph: idx, start: paras[idx]!.indexOf(paras[idx]!.trim().slice(0, 4)), end: 0, text: '批注测试', author: '王审查' },
    ]);
    const key = name.replace(/\.docx$/, '');
    files[`orig-${key}`] = original;
    files[`annot-${key}`] = annotated.buffer;
  }
  const paths = convertToPdf(temp.dir, files);
  pdf = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readPdf(p)]));
}, 300_000);
afterAll(() => temp.remove());

const bodyLines = (l: PdfLayout, page: number) => l.lines.filter((x) => x.page === page && !isPageNumber(x));
const round = (n: number) => Math.round(n * 10) / 10;

describe.runIf(available)('letters rendered by LibreOffice', () => {
  it('A4 with the GB/T 9704 margins', () => {
    for (const name of ['opinion-long', 'legal-opinion', 'return-notice']) {
      const l = pdf[name]!;
      expect(round(l.width)).toBeCloseTo(210, 0);
      expect(round(l.height)).toBeCloseTo(297, 0);
      const body = l.lines.filter((x) => !isPageNumber(x));
      // 顶格 lines start on the left margin, full lines end at the right one, nothing outside.
      expect(Math.min(...body.map((x) => x.xMin))).toBeCloseTo(LEFT, 0);
      // A closing comma or full stop may hang into the margin (标点溢出, on by default in Word and LibreOffice).
      for (const x of body) expect(x.xMax, `${name}: ${x.text}`).toBeLessThanOrEqual(RIGHT + (/[，。；：、）》”]$/.test(x.text) ? 6 : 0.8));
      for (let p = 2; p <= l.pages; p++) {
        const first = bodyLines(l, p)[0]!;
        expect(first.yMin).toBeGreaterThanOrEqual(TYPE_TOP);
        expect(first.yMin).toBeLessThan(TYPE_TOP + 4);
        for (const x of bodyLines(l, p)) expect(x.yMax).toBeLessThanOrEqual(TYPE_BOTTOM + 1);
      }
    }
  });

  it('puts the red header 35 mm below the top of the type area (7.2.4)', () => {
    const header = pdf['opinion-long']!.lines.find((x) => x.page === 1 && x.text === '郯城县司法局')!;
    console.log(`[render] 发文机关标志 upper edge: ${round(header.yMin - TYPE_TOP)} mm below the type area (standard: 35 mm)`);
    expect(Math.abs(header.yMin - TYPE_TOP - 35)).toBeLessThan(1.5);
  });

  it('numbers pages "— n —" 7 mm under the type area, odd pages right and even pages left with one character of space', () => {
    const l = pdf['opinion-long']!;
    expect(l.pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= l.pages; p++) {
      const n = l.lines.find((x) => x.page === p && isPageNumber(x))!;
      expect(n.text).toBe(`—${p}—`);
      expect(Math.abs(n.yMin - (TYPE_BOTTOM + 7))).toBeLessThan(1.5);
      // One 四号 character = 4.94 mm.
      if (p % 2 === 1) expect(Math.abs(RIGHT - 4.94 - n.xMax)).toBeLessThan(1);
      else expect(Math.abs(n.xMin - (LEFT + 4.94))).toBeLessThan(1);
    }
  });

  it('sets the 成文日期 four characters from the right with the 署名 centred over it (7.3.5.1)', () => {
    const l = pdf['opinion-long']!;
    const date = l.lines.filter((x) => x.text === '2024年1月15日').at(-1)!;
    const office = l.lines.filter((x) => x.text === '郯城县司法局').at(-1)!;
    const char = 156 / 28;
    console.log(
      `[render] 成文日期 right space ${round((RIGHT - date.xMax) / char)} characters; 署名 centre ${round((office.xMin + office.xMax) / 2 - (date.xMin + date.xMax) / 2)} mm from the date's`,
    );
    expect(Math.abs(RIGHT - date.xMax - 4 * char)).toBeLessThan(1);
    // Here the date is about two characters wider than counted: without 仿宋_GB2312 LibreOffice sets the
    // digits in DejaVu Sans (0.64 of a character, not 0.5) and adds its Asian/Western spacing at each of
    // the five changes between digits and 年/月/日 (w:autoSpaceDN="0" is honoured by Word, not by
    // LibreOffice), so the centre moves by about one character; with 仿宋_GB2312 in Word/WPS it is exact.
    expect(Math.abs((office.xMin + office.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(1.25 * char);
    expect(office.yMin).toBeLessThan(date.yMin);
  });

  it('keeps the signature and date on the page of the last paragraph, and no heading at a page foot', () => {
    for (const name of ['opinion-22', 'opinion-23', 'opinion-long', 'legal-opinion', 'return-notice']) {
      const l = pdf[name]!;
      const date = l.lines.filter((x) => x.text === '2024年1月15日').at(-1)!;
      const office = l.lines.filter((x) => x.text === '郯城县司法局').at(-1)!;
      const before = l.lines.filter((x) => !isPageNumber(x) && x.yMin < office.yMin && x.page === office.page);
      expect(date.page, name).toBe(office.page);
      // The page holding the 署名 also holds text of the letter above it (not only the signature block).
      expect(before.filter((x) => x.text.length > 0 && !/^附件/.test(x.text)).length, name).toBeGreaterThan(0);
      for (let p = 1; p <= l.pages; p++) {
        const last = bodyLines(l, p).at(-1);
        if (last) expect(HEADING.test(last.text), `${name} p${p}: ${last.text}`).toBe(false);
      }
    }
  });

  it('lays out like the Word-made 公文 template: 28 characters a line, 22 lines a page', () => {
    const ours = pdf['opinion-long']!;
    const tpl = pdf.template!;
    const linesOf = (l: PdfLayout, pred: (x: PdfLine) => boolean) => l.lines.filter(pred);
    // Our letter: the paragraph holding TEXT, its full lines (the first is indented two characters).
    const start = ours.lines.findIndex((x) => x.text.startsWith('根据有关法律'));
    const para: PdfLine[] = [];
    for (let i = start, seen = ''; seen.length < TEXT.length && i < ours.lines.length; i++) {
      if (isPageNumber(ours.lines[i]!)) continue;
      para.push(ours.lines[i]!);
      seen += ours.lines[i]!.text;
    }
    const oursPerLine = para.slice(1, -1).map((x) => [...x.text].length);
    const oursPerPage = bodyLines(ours, 2).length;
    // The template in the same renderer: a page of body text only (page 2).
    const tplPerPage = bodyLines(tpl, 2).length;
    const tplFull = linesOf(tpl, (x) => x.page === 2 && !isPageNumber(x)).map((x) => [...x.text].length);
    const tplPerLine = Math.max(...tplFull);
    // What the template's own grid asks for (Word and WPS lay it out so): type width / character pitch.
    const doc = strFromU8(unzipSync(fixture(TEMPLATE))['word/document.xml']!);
    const charSpace = Number(/w:charSpace="(-?\d+)"/.exec(doc)![1]);
    const [left, right] = [/w:left="(\d+)"/, /w:right="(\d+)"/].map((re) => Number(re.exec(/<w:pgMar[^>]*>/.exec(doc)![0])![1]));
    const gridPerLine = Math.floor((11906 - left! - right!) / 20 / (16 + charSpace / 4096));
    // Lines a page the template's exact 579-twip line spacing gives on its type area (Word and WPS: exact
    // spacing is not snapped to the document grid; LibreOffice snaps it to the 595-twip grid).
    const [top, bottom] = [/w:top="(\d+)"/, /w:bottom="(\d+)"/].map((re) => Number(re.exec(/<w:pgMar[^>]*>/.exec(doc)![0])![1]));
    const exactLine = Number(/w:line="(\d+)" w:lineRule="exact"/.exec(doc)![1]);
    const exactPerPage = Math.floor((16838 - top! - bottom!) / exactLine);
    console.log(
      `[render] characters per line: ours ${oursPerLine.join('/')} · template grid ${gridPerLine} · template in LibreOffice ${tplPerLine}; ` +
        `lines per page: ours ${oursPerPage} · template line spacing ${exactPerPage} · template in LibreOffice ${tplPerPage}`,
    );
    expect(oursPerLine.length).toBeGreaterThan(1);
    for (const n of oursPerLine) expect(n).toBe(gridPerLine);
    expect(gridPerLine).toBe(28);
    expect(oursPerPage).toBe(22);
    expect(oursPerPage).toBe(exactPerPage);
    // LibreOffice itself misreads the template's grids (it prints 14 characters and 21 lines, see the log);
    // our letter does not depend on a character grid, so it gives the template's intended figures there too.
  });
});

describe.runIf(available)('批注版 rendered by LibreOffice', () => {
  it('lays out exactly like the original (comments change no page)', () => {
    for (const key of ['zh-contract-lease-rural-01', 'zh-normative-elderly-care-01', 'fixture-notes-01']) {
      const a = pdf[`annot-${key}`]!;
      const o = pdf[`orig-${key}`]!;
      expect(a.pages, key).toBe(o.pages);
      expect(a.lines.map((x) => `${x.page}:${x.text}`)).toEqual(o.lines.map((x) => `${x.page}:${x.text}`));
    }
  });
});

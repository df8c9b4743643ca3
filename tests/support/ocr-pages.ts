/**
 * The OCR accuracy set (issue 15): pages of real corpus documents (tests/fixtures/docx) rendered by
 * LibreOffice → PDF → pdftoppm at 150 and 300 dpi, with the PDF's own text layer (pdftotext) as the
 * expected text, plus pages made to look like phone photos (a few degrees of rotation, blur, uneven
 * light, a red seal stamped over the text, JPEG) from the same renderings. Built at test time, so the
 * expected text is known exactly and nothing large is committed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { convertToPdf } from './render-pdf.js';

export interface OcrSample {
  name: string;
  /** Rendered when asked (pdftoppm, sharp), so building the set is one LibreOffice run. */
  image: () => Promise<Buffer>;
  expected: string;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'docx');

/** Documents and the page of each used; chosen for body text, numbered clauses and a table. */
const SOURCES: { doc: string; page150: number; page300: number; photo?: number }[] = [
  { doc: 'zh-normative-elderly-care-01', page150: 1, page300: 2, photo: 3 },
  { doc: 'zh-contract-loan-01', page150: 1, page300: 2, photo: 3 },
  { doc: 'zh-notice-gov-office-01', page150: 1, page300: 1 },
  { doc: 'zh-rules-confined-space-01', page150: 1, page300: 2, photo: 1 },
  { doc: 'zh-normative-tech-fund-01', page150: 1, page300: 2, photo: 3 },
  { doc: 'zh-contract-procurement-01', page150: 2, page300: 1, photo: 3 },
];

/** The comparison ignores layout: whitespace is dropped, full-width forms folded (NFKC) on both sides. */
export function normalizeForCer(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export function levenshtein(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, i) => i);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[B.length]!;
}

/** Character error rate of `actual` against `expected` (edits / expected characters). */
export function cer(actual: string, expected: string): number {
  const e = normalizeForCer(expected);
  return levenshtein(normalizeForCer(actual), e) / Math.max(1, [...e].length);
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

function renderPage(pdf: string, page: number, dpi: number, dir: string): Buffer {
  const base = join(dir, `${page}-${dpi}-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, base]);
  return readFileSync(`${base}.png`);
}

/** A red round seal with the unit's name, as stamped over the signature lines of a resolution. */
function sealSvg(size: number): Buffer {
  const r = size / 2 - 6;
  const chars = [...'东风村村民委员会'];
  const letters = chars
    .map((ch, i) => {
      const a = Math.PI * (1.15 + (0.7 * i) / (chars.length - 1));
      const x = size / 2 + Math.cos(a) * r * 0.78;
      const y = size / 2 + Math.sin(a) * r * 0.78;
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${(size / 9).toFixed(0)}" fill="#d42020" text-anchor="middle" dominant-baseline="middle" font-family="Noto Serif CJK SC">${ch}</text>`;
    })
    .join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${r}" fill="none" stroke="#d42020" stroke-width="${size / 30}"/>` +
      `<text x="${size / 2}" y="${size / 2}" font-size="${size / 4}" fill="#d42020" text-anchor="middle" dominant-baseline="middle">★</text>${letters}</svg>`,
  );
}

/** Uneven light: a bright spot on one side fading to a shadow on the other (multiplied over the page). */
function lightSvg(width: number, height: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="g" cx="0.25" cy="0.2" r="1.1">` +
      `<stop offset="0" stop-color="#ffffff"/><stop offset="0.6" stop-color="#d8d4cc"/><stop offset="1" stop-color="#8f8a80"/></radialGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
}

/** A photo of a printed page: seal over the text, uneven light, turned by `degrees`, slightly out of focus, JPEG. */
export async function phonePhoto(page: Buffer, degrees: number): Promise<Buffer> {
  const meta = await sharp(page).metadata();
  const width = meta.width!;
  const height = meta.height!;
  const seal = Math.round(width * 0.3);
  const stamped = await sharp(page)
    .composite([
      { input: sealSvg(seal), left: Math.round(width * 0.55), top: Math.round(height * 0.3), blend: 'multiply' },
      { input: lightSvg(width, height), blend: 'multiply' },
    ])
    .png()
    .toBuffer();
  return sharp(stamped)
    .rotate(degrees, { background: '#5a5550' })
    .blur(1.1)
    .jpeg({ quality: 72 })
    .toBuffer();
}

/** Builds the whole set in `dir` (one LibreOffice run): 6 pages at 150 dpi, 6 at 300 dpi, 5 photos. */
export function buildOcrSamples(dir: string): OcrSample[] {
  const files = Object.fromEntries(SOURCES.map((s) => [s.doc, readFileSync(join(FIXTURES, `${s.doc}.docx`))]));
  const pdfs = convertToPdf(dir, files);
  const samples: OcrSample[] = [];
  const angles = [3, -2.5, 4, -3.5, 2];
  let photo = 0;
  for (const s of SOURCES) {
    const pdf = pdfs[s.doc]!;
    samples.push({ name: `${s.doc} p${s.page150} 150dpi`, image: async () => renderPage(pdf, s.page150, 150, dir), expected: pageText(pdf, s.page150) });
    samples.push({ name: `${s.doc} p${s.page300} 300dpi`, image: async () => renderPage(pdf, s.page300, 300, dir), expected: pageText(pdf, s.page300) });
    if (s.photo !== undefined) {
      const angle = angles[photo++ % angles.length]!;
      const page = s.photo;
      samples.push({ name: `${s.doc} p${page} photo ${angle}°`, image: () => phonePhoto(renderPage(pdf, page, 200, dir), angle), expected: pageText(pdf, page) });
    }
  }
  return samples;
}

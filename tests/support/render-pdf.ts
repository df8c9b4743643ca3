/**
 * Rendering proof: DOCX → PDF with Debian's LibreOffice (headless), read back with poppler's
 * pdfinfo/pdftotext. One soffice run converts every file of a test (start-up is the slow part).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function hasRenderer(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts the files (name → DOCX bytes) in one LibreOffice run; returns name → PDF path. */
export function convertToPdf(dir: string, files: Record<string, Uint8Array>): Record<string, string> {
  const src = join(dir, 'docx');
  const out = join(dir, 'pdf');
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(src, `${name}.docx`);
    writeFileSync(p, bytes);
    return p;
  });
  // A private profile: no clash with a LibreOffice the user has open, nothing left in $HOME.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...paths], {
    stdio: 'ignore',
  });
  return Object.fromEntries(Object.keys(files).map((name) => [name, join(out, `${name}.pdf`)]));
}

const PT_TO_MM = 25.4 / 72;

export interface PdfLine {
  page: number;
  /** Box of the line in millimetres from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** The line's words joined without spaces (pdftotext splits CJK text into words at random). */
  text: string;
}

export interface PdfLayout {
  pages: number;
  /** Page size in millimetres. */
  width: number;
  height: number;
  lines: PdfLine[];
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function readPdf(pdf: string): PdfLayout {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const html = join(`${pdf}.html`);
  execFileSync('pdftotext', ['-bbox-layout', pdf, html]);
  const lines: PdfLine[] = [];
  readFileSync(html, 'utf8')
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
        const text = decode([...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''));
        lines.push({
          page: i + 1,
          xMin: Number(m[1]) * PT_TO_MM,
          yMin: Number(m[2]) * PT_TO_MM,
          xMax: Number(m[3]) * PT_TO_MM,
          yMax: Number(m[4]) * PT_TO_MM,
          text,
        });
      }
    });
  return { pages, width: Number(size[1]) * PT_TO_MM, height: Number(size[2]) * PT_TO_MM, lines: mergeRows(lines) };
}

/** pdftotext sometimes reports one printed line as several (a word per character); rows on one baseline are one line. */
function mergeRows(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const l of [...lines].sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)) {
    const row = out.find((r) => r.page === l.page && Math.abs(r.yMin - l.yMin) < 1 && Math.abs(r.yMax - l.yMax) < 1);
    if (!row) {
      out.push({ ...l });
      continue;
    }
    row.text = row.xMin <= l.xMin ? row.text + l.text : l.text + row.text;
    row.xMin = Math.min(row.xMin, l.xMin);
    row.xMax = Math.max(row.xMax, l.xMax);
  }
  return out;
}

/** Page-number lines ("— 3 —" reads as —3—). */
export const isPageNumber = (l: PdfLine) => /^[—–-]+\d+[—–-]+$/.test(l.text);

/** A horizontal red line drawn on a page (the 版头分隔线), in millimetres. */
export interface RedRule {
  top: number;
  bottom: number;
  xMin: number;
  xMax: number;
}

/**
 * Red horizontal rules on one page: the page rasterised by pdftoppm at `dpi`, rows whose longest run of
 * red pixels is at least `minLength` mm (text in red, such as the 发文机关标志, has only short runs).
 */
export function redRules(pdf: string, page: number, dpi = 200, minLength = 100): RedRule[] {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  // P6 header: "P6\n<w> <h>\n255\n" then RGB bytes.
  let pos = 0;
  const fields: number[] = [];
  while (fields.length < 3) {
    while (/\s/.test(String.fromCharCode(ppm[pos]!))) pos++;
    if (ppm[pos] === 0x50) {
      pos += 2;
      continue;
    }
    let n = '';
    while (/\d/.test(String.fromCharCode(ppm[pos]!))) n += String.fromCharCode(ppm[pos++]!);
    fields.push(Number(n));
  }
  pos++;
  const [w, h] = fields as [number, number];
  const mm = 25.4 / dpi;
  const rows: { y: number; x0: number; x1: number }[] = [];
  for (let y = 0; y < h; y++) {
    let best = { len: 0, x0: 0 };
    let run = 0;
    for (let x = 0; x < w; x++) {
      const i = pos + (y * w + x) * 3;
      const red = ppm[i]! > 180 && ppm[i + 1]! < 110 && ppm[i + 2]! < 110;
      run = red ? run + 1 : 0;
      if (run > best.len) best = { len: run, x0: x - run + 1 };
    }
    if (best.len * mm >= minLength) rows.push({ y, x0: best.x0, x1: best.x0 + best.len });
  }
  const rules: RedRule[] = [];
  for (const r of rows) {
    const last = rules.at(-1);
    if (last && Math.abs(r.y * mm - last.bottom) <= mm * 1.5) last.bottom = (r.y + 1) * mm;
    else rules.push({ top: r.y * mm, bottom: (r.y + 1) * mm, xMin: r.x0 * mm, xMax: r.x1 * mm });
  }
  return rules;
}

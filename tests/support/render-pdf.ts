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

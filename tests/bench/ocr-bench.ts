/**
 * OCR speed (issue 15): an A4 page at 150 dpi (a corpus document rendered by LibreOffice → pdftoppm),
 * the whole page from decoding to text, median of 5 runs after one warm-up. Wall clock and the CPU
 * time of this process side by side: on a busy shared machine the wall clock mostly measures waiting
 * for a core. The engine uses 2 threads, so CPU time can exceed wall time on an idle 2-core PC.
 */
import { loadPage } from '../../main/core/ocr/load-image.js';
import { loadEngine } from '../../main/core/ocr/ocr-engine.js';
import { ocrPage } from '../../main/core/ocr/ocr-page.js';
import { buildOcrSamples, cer } from '../support/ocr-pages.js';
import { makeTempDir } from '../support/temp-dir.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchOcr(): Promise<object> {
  const temp = makeTempDir('ocr-bench');
  try {
    const loadStart = performance.now();
    await loadEngine();
    const modelLoadMs = Math.round(performance.now() - loadStart);
    const samples = buildOcrSamples(temp.dir);
    const page = samples.find((s) => s.name.includes('150dpi'))!;
    const image = await page.image();
    await ocrPage(await loadPage(image));
    const wall: number[] = [];
    const cpu: number[] = [];
    let lastCer = 0;
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const rows = await ocrPage(await loadPage(image));
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      lastCer = cer(rows.map((r) => r.map((l) => l.text).join('')).join('\n'), page.expected);
    }
    return {
      page: page.name,
      modelLoadMs,
      medianWallMs: Math.round(median(wall)),
      medianCpuMs: Math.round(median(cpu)),
      wallMs: wall.map(Math.round),
      cer: Math.round(lastCer * 10000) / 10000,
    };
  } finally {
    temp.remove();
  }
}

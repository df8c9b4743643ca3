/**
 * A 50 MB PDF uploaded through the browser door (issue 15), as a user does it: Debian's Chromium on the
 * matter's 文档 page, the file picked in the upload panel, until the panel says 「已导入」. Figures per
 * upload: time to accepted, and the peak resident memory of the server process during the upload (Linux
 * VmHWM, reset before each upload through /proc/<pid>/clear_refs). The PDF: one page of Chinese text
 * with a 50 MB uncompressed picture on it (a text layer, so no OCR — the figure is the transport and
 * the import, not the OCR); every upload gets different bytes so none is a duplicate.
 *
 * Baseline in the same run: BENCH_UPLOAD_BASELINE=<build folder of the commit before> (a copy of build/
 * with package.json, node_modules, resources and build→. linked in, so it serves its own renderer);
 * uploads alternate between the two servers so machine load falls on both alike. Needs `npm run build`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../../main/core/paths.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'Upload2026pass';
// Just under the 50 MB import limit: a PDF of exactly 50 MB of picture plus its objects would be refused
// (the first runs waited for 「已导入」 on a refused upload).
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 49.5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A one-page PDF: Chinese text (UniGB-UCS2-H CID font) over a picture of `mb` MB of noise; `seed` varies the bytes. */
function bigPdf(mb: number, seed: number): Buffer {
  const width = 4096;
  const height = Math.ceil((mb * 1024 * 1024) / (width * 3));
  const pixels = Buffer.allocUnsafe(width * height * 3);
  let x = 2463534242 ^ seed;
  for (let i = 0; i < pixels.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    pixels.writeUInt32LE(x >>> 0, Math.min(i, pixels.length - 4));
  }
  const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  const lines = ['东风村村民委员会关于集体土地承包的决议', '第一条 为规范本村集体土地承包经营，根据有关法律法规，制定本决议。', `第二条 本决议经村民会议讨论通过（编号 ${seed}）。`];
  const text = lines.map((l, i) => `BT /F1 14 Tf 72 ${780 - i * 22} Td <${hex(l)}> Tj ET`).join('\n') + '\nq 450 0 0 450 72 120 cm /Im1 Do Q';
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 8 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, 'latin1'),
      pixels,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(part);
    size += part.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(chunks);
}

interface Door {
  name: string;
  child: ChildProcess;
  url: string;
  data: { dir: string; remove(): void };
}

/** The build's own CLI makes the account, then its `serve` runs on a free port; resolves with the URL it prints. */
async function startDoor(name: string, buildDir: string): Promise<Door> {
  const main = join(buildDir, 'main', 'cli', 'main.js');
  const data = makeTempDir();
  const add = spawnSync(process.execPath, [main, 'users', 'add', '--data', data.dir, '--login', 'bench', '--name', '测试', '--role', 'admin', '--role', 'reviewer'], {
    env: { ...process.env, REVIEW_DESK_NEW_PASSWORD: PASSWORD },
    encoding: 'utf8',
  });
  if (add.status !== 0) throw new Error(`${name}: users add failed: ${add.stderr}`);
  const child = spawn(process.execPath, [main, 'serve', '--data', data.dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${name}: serve exited ${code}: ${out}`)));
  });
  return { name, child, url, data };
}

function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m![1]);
}

/** Signs in through the page (the build's own sign-in), makes a matter, uploads the file; ms to 「已导入」 and peak MB. */
async function uploadOnce(browser: Browser, door: Door, file: string, n: number): Promise<{ ms: number; peakMb: number; restMb: number; browserPeakMb: number }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(door.url);
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    const matterId = (await page.evaluate(`(async () => {
      const post = async (method, input) => {
        const r = await fetch('/api/rpc/' + method, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
        const j = await r.json();
        if (!j.ok) throw new Error(j.error.message);
        return j.value;
      };
      await post('auth.login', { login: 'bench', password: ${JSON.stringify(PASSWORD)} });
      return (await post('matters.create', { type: 'village.rules', title: '上传测试 ${n}', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' })).id;
    })()`)) as number;
    // Only the hash changes, so reload: the page signed out at first must start again with its new cookie.
    await page.goto(`${door.url}#/matters/${matterId}/documents`);
    await page.reload();
    const input = page.locator('.ant-upload input[type=file]');
    await input.waitFor({ state: 'attached', timeout: 180_000 }).catch(async (e: unknown) => {
      await page.screenshot({ path: join(projectRoot(), 'tests', 'output', `upload-bench-${door.name}.png`) });
      throw e;
    });
    const pid = door.child.pid!;
    const restMb = memoryKb(pid, 'VmRSS') / 1024;
    writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
    // The browser side: the page's JS heap, sampled through the DevTools protocol while the upload runs.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMb = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
    let browserPeakMb = await heapMb();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        browserPeakMb = Math.max(browserPeakMb, await heapMb().catch(() => 0));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = performance.now();
    await input.setInputFiles(file);
    // Done when imported; a refusal ends the run at once with its message instead of waiting.
    const outcome = await Promise.race([
      page.getByText(/已导入：/).waitFor({ timeout: 600_000 }).then(() => null),
      page.locator('.ant-message-error, .ant-notification-notice-error, .ant-alert-error').first().waitFor({ timeout: 600_000 }).then(async () =>
        page.locator('.ant-message-error, .ant-notification-notice-error, .ant-alert-error').first().innerText(),
      ),
    ]);
    const ms = performance.now() - t0;
    sampling = false;
    await sampler;
    if (outcome !== null) throw new Error(`upload refused on ${door.name}: ${outcome}`);
    return { ms, peakMb: memoryKb(pid, 'VmHWM') / 1024, restMb, browserPeakMb };
  } finally {
    await context.close();
  }
}

export async function benchUpload(): Promise<object> {
  const root = projectRoot();
  const builds: [string, string][] = [['after', join(root, 'build')]];
  if (process.env.BENCH_UPLOAD_BASELINE) builds.unshift(['before', process.env.BENCH_UPLOAD_BASELINE]);
  const files = makeTempDir();
  const doors: Door[] = [];
  const chromium = await launchChromium();
  try {
    for (const [name, dir] of builds) doors.push(await startDoor(name, dir));
    const results: Record<string, { ms: number[]; peakMb: number[]; growthMb: number[]; browserPeakMb: number[] }> = {};
    let n = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const door of doors) {
        const file = join(files.dir, `决议-${++n}.pdf`);
        writeFileSync(file, bigPdf(FILE_MB, n));
        const r = await uploadOnce(chromium.browser, door, file, n);
        const slot = (results[door.name] ??= { ms: [], peakMb: [], growthMb: [], browserPeakMb: [] });
        slot.ms.push(Math.round(r.ms));
        slot.peakMb.push(Math.round(r.peakMb));
        slot.growthMb.push(Math.round(r.peakMb - r.restMb));
        slot.browserPeakMb.push(Math.round(r.browserPeakMb));
        console.log(`${door.name} #${run + 1}: ${Math.round(r.ms)} ms, server peak ${Math.round(r.peakMb)} MB (+${Math.round(r.peakMb - r.restMb)} MB over its resting size), page JS heap peak ${Math.round(r.browserPeakMb)} MB`);
      }
    }
    const medians = Object.fromEntries(
      Object.entries(results).map(([k, v]) => [k, { msToAccepted: median(v.ms), serverPeakMb: median(v.peakMb), serverGrowthMb: median(v.growthMb), browserHeapPeakMb: median(v.browserPeakMb), runs: v }]),
    );
    const before = medians.before;
    const after = medians.after!;
    return {
      fileMb: FILE_MB,
      runs: RUNS,
      medians,
      ...(before
        ? {
            ratioTimeAfterToBefore: Number((after.msToAccepted / before.msToAccepted).toFixed(2)),
            ratioPeakAfterToBefore: Number((after.serverPeakMb / before.serverPeakMb).toFixed(2)),
            ratioGrowthAfterToBefore: Number((after.serverGrowthMb / before.serverGrowthMb).toFixed(2)),
            ratioBrowserHeapAfterToBefore: Number((after.browserHeapPeakMb / before.browserHeapPeakMb).toFixed(2)),
          }
        : {}),
    };
  } finally {
    await chromium.close();
    for (const door of doors) {
      door.child.kill('SIGINT');
      await new Promise((resolve) => door.child.once('exit', resolve));
      door.data.remove();
    }
    files.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchUpload(), null, 2));
}

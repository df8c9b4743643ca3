/**
 * Where the first screen's time goes (issue 17): one cold load of the built renderer, signed in on an empty
 * archive, traced by Chromium (CDP Tracing through playwright-core) until the queue's heading shows. Prints
 * the main thread's CPU time by kind (script compile/evaluate, style, layout, paint), the renderer's CPU
 * time by thread, the JavaScript time by file, each request with its start and end, and — when the build has
 * source maps (REVIEW_DESK_SOURCEMAP=1 npm run build:renderer) — the sampled CPU time by package.
 *
 *   npx tsx tests/bench/first-screen-profile.ts [throttle=1] [staticDir=build/renderer]
 *   (PROFILE_TRACE_OUT=file.json also keeps the raw trace, for chrome://tracing or Perfetto)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SourceMapConsumer } from 'source-map';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { rendererBuildDir } from '../../main/core/paths.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { makeTempDir } from '../support/temp-dir.js';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: unlike dur, not stretched by other processes' load. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string; functionName?: string; cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
  id?: string;
}
export interface CpuProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfileChunk {
  nodes?: CpuProfileNode[];
  samples?: number[];
}

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** Self CPU time per event name on one thread (complete events nest; a child's time is taken from its parent). */
export function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of sorted) {
    const cpu = e.tdur ?? e.dur!;
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) totals.set(parent.name, (totals.get(parent.name) ?? 0) - cpu);
    totals.set(e.name, (totals.get(e.name) ?? 0) + cpu);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return totals;
}

/** CPU time of each of the renderer's threads (its top-level tasks), in ms. */
function cpuByThread(events: TraceEvent[], pid: number, names: Map<string, string | undefined>, from: number): [string, number][] {
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.name !== 'RunTask' || e.ts < from) continue;
    const name = names.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
    totals.set(name, (totals.get(name) ?? 0) + (e.tdur ?? e.dur!));
  }
  return [...totals].filter(([, us]) => us > 1000).sort((a, b) => b[1] - a[1]).map(([n, us]) => [n, Math.round(us / 1000)]);
}

/** The package (or source folder) a bundled position came from, through the chunk's source map. */
export async function packageResolver(staticDir: string): Promise<(url: string, line: number, column: number) => string> {
  const maps = new Map<string, SourceMapConsumer | null>();
  return (url, line, column) => {
    const file = basename(new URL(url, 'http://x/').pathname);
    if (!maps.has(file)) {
      const path = join(staticDir, 'assets', `${file}.map`);
      maps.set(file, existsSync(path) ? (new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) as unknown as SourceMapConsumer) : null);
    }
    const map = maps.get(file);
    if (!map) return file || '(native)';
    const source = map.originalPositionFor({ line: line + 1, column }).source ?? '';
    const at = source.lastIndexOf('node_modules/');
    if (at < 0) return source.replace(/^(\.\.\/)+/, '').split('/').slice(0, 3).join('/') || file;
    const parts = source.slice(at + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0] === 'antd' ? `antd/${parts[2]}` : parts[0]!;
  };
}

export async function profileFirstScreen(throttle = 1, staticDir = rendererBuildDir()): Promise<object> {
  const temp = makeTempDir('review-desk-profile-');
  const core = await openCore(join(temp.dir, 'data'));
  const account = await ensureAccount(core, 'bench');
  const server = await startServer({ core, staticDir, port: 0 });
  const chromium = await launchChromium();
  try {
    const load = async (trace: boolean) => {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 720 } });
      const token = createSession(core.db, account.id, 'http', '127.0.0.1');
      await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (trace) await chromium.browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.locator('main h3.ant-typography').first().waitFor({ state: 'visible', timeout: 120_000 });
      const heading = await page.evaluate(() => performance.now());
      const buffer = trace ? await chromium.browser.stopTracing() : null;
      if (buffer && process.env.PROFILE_TRACE_OUT) writeFileSync(process.env.PROFILE_TRACE_OUT, buffer);
      // As text: the page's timing entries, read in the page (Node's types do not know 'paint' entries).
      const resources = (await page.evaluate(
        "performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, sent: r.requestStart, first: r.responseStart, end: r.responseEnd }))",
      )) as { name: string; start: number; sent: number; first: number; end: number }[];
      const paints = (await page.evaluate("performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: p.startTime }))")) as { name: string; at: number }[];
      await context.close();
      return { heading, buffer, resources, paints };
    };
    await load(false); // warms the server and Chromium's own start-up
    const { heading, buffer, resources, paints } = await load(true);
    const events = (JSON.parse(buffer!.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
    // The renderer's main thread: the one that evaluated the app's scripts; time 0 is its last navigation
    // start before the first script ran.
    const mainKey = [...threadNames].find(([key, name]) => name === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === key && e.name === 'EvaluateScript'))?.[0];
    const firstScript = Math.min(...events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'EvaluateScript').map((e) => e.ts));
    const navStart = events
      .filter((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === mainKey && e.ts < firstScript)
      .reduce<number | undefined>((last, e) => Math.max(last ?? 0, e.ts), undefined);
    const main = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && (navStart === undefined || e.ts >= navStart));
    const byKind = [...selfTimes(main)].filter(([, us]) => us > 2000).sort((a, b) => b[1] - a[1]).map(([name, us]) => [name, Math.round(us / 1000)]);
    const busy = main.filter((e) => e.ph === 'X' && e.name === 'RunTask').reduce((n, e) => n + (e.tdur ?? e.dur!), 0);
    const scriptByFile = new Map<string, number>();
    for (const e of main.filter((e) => e.ph === 'X' && ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.parseOnBackground'].includes(e.name))) {
      const file = basename(e.args?.data?.url ?? '(none)');
      scriptByFile.set(`${e.name} ${file}`, (scriptByFile.get(`${e.name} ${file}`) ?? 0) + (e.tdur ?? e.dur!));
    }
    // Sampled CPU time by package (source maps), from the profiler chunks of the main thread.
    const nodes = new Map<number, CpuProfileNode>();
    const samples: number[] = [];
    // The chunks come from V8's profiler thread, tied to the main thread's Profile event by id.
    const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === mainKey);
    for (const e of events.filter((e) => e.name === 'ProfileChunk' && profile && e.pid === profile.pid && e.id === profile.id)) {
      for (const n of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    }
    const resolve = await packageResolver(staticDir);
    const byPackage = new Map<string, number>();
    for (const id of samples) {
      const frame = nodes.get(id)?.callFrame;
      const key = !frame ? '?' : frame.url ? resolve(frame.url, frame.lineNumber, frame.columnNumber) : `(${frame.functionName || 'native'})`;
      byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
    }
    // The main thread's long tasks in order, with what took most of each (ms from navigation start).
    const timeline = main
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur! > 30_000)
      .map((task) => {
        const inner = main
          .filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur! && e.dur! > 10_000 && e.name !== 'RunTask')
          .slice(0, 3)
          .map((e) => `${e.name}${e.args?.data?.url ? `(${basename(e.args.data.url)})` : ''} ${Math.round(e.dur! / 1000)}`);
        return `${Math.round((task.ts - (navStart ?? 0)) / 1000)} +${Math.round(task.dur! / 1000)}: ${inner.join(' | ')}`;
      });
    return {
      throttle,
      longTasks: timeline,
      headingMs: Math.round(heading),
      paints: paints.map((p) => `${p.name} ${Math.round(p.at)}`),
      mainThreadCpuMs: Math.round(busy / 1000),
      rendererCpuMsByThread: cpuByThread(events, Number(mainKey?.split(':')[0]), threadNames, navStart ?? 0),
      mainThreadSelfMsByKind: byKind,
      scriptMsByFile: [...scriptByFile].filter(([, us]) => us > 3000).sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, Math.round(us / 1000)]),
      // start→end, then how long the request waited for a connection, for the server's first byte, and for the rest.
      requests: resources.map(
        (r) => `${Math.round(r.start)}→${Math.round(r.end)} ${basename(r.name)} (queued ${Math.round(r.sent - r.start)}, server ${Math.round(r.first - r.sent)}, body ${Math.round(r.end - r.first)})`,
      ),
      cpuSamplesByPackage: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, n]) => `${n} ${k}`),
      cpuSamples: samples.length,
    };
  } finally {
    await chromium.close();
    await server.close();
    core.close();
    temp.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await profileFirstScreen(Number(process.argv[2] ?? 1), process.argv[3]), null, 2));
}

/**
 * A large import under load (issue 12): a 200,000-paragraph DOCX (generated here) is imported through the
 * HTTP server while signed-in clients keep calling the API (reads and writes) and a CLI batch import of
 * small files runs on the same data folder. Three processes: the server (import-load-server.ts), this
 * one (the clients), the CLI. Two phases in the same run, idle (no import, no batch) and during the
 * import, each with: API latency p50/p99/max, the server's write-lock holds p50/p99/max (and how much of
 * the longest was the COMMIT — WAL write, fsync, checkpoint — rather than the statements), the server's
 * event-loop delay (monitorEventLoopDelay: p50/p99, max = the longest stall) and which transactions were
 * longest. Then whether any writer failed (API errors with their times, CLI files not imported). The
 * machine is shared: the during/idle ratios are the figures to trust. Figures, never a pass/fail on time.
 * BIG_PARAGRAPHS / BATCH_FILES / IDLE_SECONDS override the sizes; BENCH_CPU_PROF=DIR profiles the server.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_PASSWORD } from '../support/accounts.js';
import { makeDocx } from '../core/documents/make-files.js';
import type { Hold, ServerFigures } from './import-load-server.js';
import { encodeRpcRequest } from '../../renderer/src/api/rpc-wire.js';

const BIG_PARAGRAPHS = Number(process.env.BIG_PARAGRAPHS ?? 200_000);
const BATCH_FILES = Number(process.env.BATCH_FILES ?? 200);
const CLIENTS = 4;
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 15);
const BIN = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
}
const summary = (xs: number[]) => ({ calls: xs.length, p50: percentile(xs, 50), p99: percentile(xs, 99), max: percentile(xs, 100) });

function bigDocx(): Buffer {
  return makeDocx(
    Array.from({ length: BIG_PARAGRAPHS }, (_, i) => `第${i + 1}条 村民会议依法讨论决定涉及村民利益的事项，任何组织和个人不得干涉，违者依照本规约处理。`),
  );
}

/** Small distinct DOCX files for the concurrent CLI batch. */
function writeInbox(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < BATCH_FILES; i++) {
    const paragraphs = Array.from({ length: 40 }, (_, p) => `第${p + 1}条 关于第${i}号集体经济合同的约定，双方应当遵守。`);
    writeFileSync(join(dir, `合同${String(i).padStart(3, '0')}.docx`), makeDocx([`东风村集体经济合同（第${i}号）`, ...paragraphs]));
  }
}

/** The CLI batch (another process); resolves with its summary line (`--json`). */
function runCliBatch(dataDir: string, inbox: string): Promise<{ summary: Record<string, unknown> | null; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [BIN, 'import', '--data', dataDir, '--as', 'bench', '--json', inbox], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REVIEW_DESK_PASSWORD: TEST_PASSWORD },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1);
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = last ? (JSON.parse(last) as Record<string, unknown>) : null;
      } catch {
        parsed = null;
      }
      resolve({ summary: parsed, stderr: err.slice(0, 500), code });
    }),
  );
}

/**
 * The import call itself, over node:http without a client timeout: on a loaded machine it can take
 * longer than fetch's 300 s header timeout, and the figures wanted are those of the other calls.
 */
async function postLong(base: string, cookie: string, method: string, body: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  // Encoded as the browser's client does (multipart when the input carries file bytes), then sent with
  // node:http, which has no overall time limit on a long import.
  const encoded = encodeRpcRequest(body);
  const framed = new Response(encoded.body);
  const payload = Buffer.from(await framed.arrayBuffer());
  const headers = { ...encoded.headers, 'Content-Type': framed.headers.get('content-type') ?? 'application/json' };
  return new Promise((resolve) => {
    const req = request(new URL(`api/rpc/${method}`, base), {
      method: 'POST',
      headers: { ...headers, 'Content-Length': payload.length, Cookie: cookie },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve(JSON.parse(text) as { ok: boolean; error?: { message: string } }));
    });
    req.on('error', (e) => resolve({ ok: false, error: { message: String(e) } }));
    req.end(payload);
  });
}

/** The server process; resolves once it serves, with what the clients need. */
function startServerProcess(dataDir: string): Promise<{ child: ChildProcess; url: string; cookie: string; writeMatterId: number; readMatterId: number }> {
  // BENCH_CPU_PROF=DIR: the server writes a V8 CPU profile there (open it in Chrome DevTools) to see what
  // a stall or a long transaction was.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(join(import.meta.dirname, 'import-load-server.ts'), [dataDir], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [...process.execArgv, ...profile],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server process ended (${code}) before it served`)));
    child.on('message', (m: { ready?: { url: string; cookie: string; writeMatterId: number; readMatterId: number } }) => {
      if (m.ready) resolve({ child, ...m.ready });
    });
  });
}

function askFigures(child: ChildProcess): Promise<ServerFigures> {
  return new Promise((resolve) => {
    const on = (m: { figures?: ServerFigures }) => {
      if (!m.figures) return;
      child.off('message', on);
      resolve(m.figures);
    };
    child.on('message', on);
    child.send({ phase: 'stop' });
  });
}

const round = (x: number) => +x.toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? +(a / b).toFixed(2) : null);

function phaseFigures(latencies: number[], server: ServerFigures) {
  const held = server.holds.map((h) => h.heldMs);
  const longest = server.longest[0];
  return {
    api: summary(latencies),
    writeLock: { transactions: held.length, p50Ms: percentile(held, 50), p99Ms: percentile(held, 99), maxMs: percentile(held, 100) },
    longestTransactions: server.longest.map((h: Hold) => ({ heldMs: round(h.heldMs), commitMs: round(h.heldMs - h.bodyMs), by: h.by })),
    longestCommitShare: longest ? ratio(longest.heldMs - longest.bodyMs, longest.heldMs) : null,
    registeringTransaction: server.registering
      ? { heldMs: round(server.registering.heldMs), commitMs: round(server.registering.heldMs - server.registering.bodyMs) }
      : null,
    eventLoopDelayMs: server.loopDelayMs,
    eventLoopMaxStallMs: server.loopDelayMs.max,
  };
}

export async function benchImportLoad(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-import-load-'));
  const dataDir = join(dir, 'data');
  const inbox = join(dir, 'inbox');
  writeInbox(inbox);
  const big = bigDocx();
  const server = await startServerProcess(dataDir);
  const t0 = performance.now();
  const at = () => round((performance.now() - t0) / 1000);
  try {
    const { url, cookie, writeMatterId, readMatterId } = server;
    // A dropped connection counts as a failed call (it is one for the user), it does not end the bench.
    const rpc = async (method: string, body: unknown) => {
      try {
        const res = await fetch(`${url}api/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });
        return (await res.json()) as { ok: boolean; error?: { code: string; message: string }; value?: unknown };
      } catch (e) {
        return { ok: false, error: { code: 'fetch', message: String((e as Error).cause ?? e) } };
      }
    };

    /** Clients calling the API until `until` resolves; latencies of every call and the errors (with the second they came). */
    const load = async (until: Promise<unknown>) => {
      let running = true;
      void until.finally(() => (running = false));
      const latencies: number[] = [];
      const errors: string[] = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          for (let n = 0; running; n++) {
            const [method, body] =
              n % 4 === 0
                ? ['opinions.add', { matterId: writeMatterId, text: `第${c}-${n}条意见：建议修改。`, severity: 'should', basis: null }]
                : n % 4 === 1
                  ? ['matters.list', { limit: 50 }]
                  : n % 4 === 2
                    ? ['review.get', { matterId: readMatterId }]
                    : ['search.query', { query: '违约', limit: 20 }];
            const t = performance.now();
            const r = await rpc(method, body);
            latencies.push(performance.now() - t);
            if (!r.ok) errors.push(`${at()} s ${method}: ${r.error?.code} ${r.error?.message}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }),
      );
      return { latencies, errors };
    };

    server.child.send({ phase: 'start' });
    const idle = await load(new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000)));
    const idleServer = await askFigures(server.child);

    server.child.send({ phase: 'start' });
    const started = performance.now();
    const cli = runCliBatch(dataDir, inbox).then((r) => ({ ...r, endedAt: at() }));
    const importing = postLong(url, cookie, 'documents.importAsMatter', {
      matter: { type: 'village.rules', title: '东风村村规民约（二十万段）', submittingUnit: '东风村民委员会', receivedOn: '2026-11-02' },
      fileName: '村规民约（二十万段）.docx',
      content: big,
      skipIfKnown: false,
    }).then((r) => ({ ...r, seconds: round((performance.now() - started) / 1000), endedAt: at() }));
    const during = await load(importing);
    const imported = await importing;
    const duringServer = await askFigures(server.child);
    const cliResult = await cli;
    const idleFigures = phaseFigures(idle.latencies, idleServer);
    const duringFigures = phaseFigures(during.latencies, duringServer);
    return {
      bigParagraphs: BIG_PARAGRAPHS,
      bigDocxMB: +(big.length / 1024 / 1024).toFixed(2),
      importOk: imported.ok,
      importError: imported.error?.message ?? null,
      importSeconds: imported.seconds,
      idle: idleFigures,
      duringImport: duringFigures,
      ratiosDuringToIdle: {
        apiP50: ratio(duringFigures.api.p50, idleFigures.api.p50),
        apiP99: ratio(duringFigures.api.p99, idleFigures.api.p99),
        writeLockP99: ratio(duringFigures.writeLock.p99Ms, idleFigures.writeLock.p99Ms),
        loopDelayP99: ratio(duringFigures.eventLoopDelayMs.p99, idleFigures.eventLoopDelayMs.p99),
        loopMaxStall: ratio(duringFigures.eventLoopMaxStallMs, idleFigures.eventLoopMaxStallMs),
      },
      apiErrors: idle.errors.length + during.errors.length,
      firstApiErrors: [...idle.errors, ...during.errors].slice(0, 5),
      importEndedAtS: imported.endedAt,
      cliBatch: { files: BATCH_FILES, exitCode: cliResult.code, endedAtS: cliResult.endedAt, summary: cliResult.summary, stderr: cliResult.stderr },
    };
  } finally {
    if (server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.send({ quit: true });
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

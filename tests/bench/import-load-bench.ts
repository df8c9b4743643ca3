/**
 * A large import under load (issue 12): a 200,000-paragraph DOCX (generated here) is imported through the
 * HTTP server while signed-in clients keep calling the API (reads and writes) and a CLI batch import of
 * small files runs on the same data folder in another process. Prints the API latency p50/p99 with no
 * import (idle) and during the import, the event loop's longest stall, the write lock hold times of this
 * process (max and p99 per transaction: the import's steps and the API writes), and whether any writer
 * failed (API errors, CLI files not imported). Timings share the machine with everything else running:
 * compare idle and during from the same run. Figures, never a pass/fail on time.
 * BIG_PARAGRAPHS / BATCH_FILES override the sizes.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { observeWriteTransactions } from '../../main/core/store/write-transaction.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';
import { callAs } from '../support/approved-matter.js';
import { makeDocx } from '../core/documents/make-files.js';

const BIG_PARAGRAPHS = Number(process.env.BIG_PARAGRAPHS ?? 200_000);
const BATCH_FILES = Number(process.env.BATCH_FILES ?? 200);
const CLIENTS = 4;
const IDLE_SECONDS = 10;
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
function postLong(base: string, cookie: string, method: string, body: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = request(new URL(`api/rpc/${method}`, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, Cookie: cookie },
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

export async function benchImportLoad(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-import-load-'));
  const site = join(dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html>');
  const dataDir = join(dir, 'data');
  const inbox = join(dir, 'inbox');
  writeInbox(inbox);
  const big = bigDocx();
  const core = await openCore(dataDir);
  const server = await startServer({ core, staticDir: site, port: 0 });
  try {
    const account = await ensureAccount(core, 'bench', ['reviewer', 'approver']);
    const cookie = `${cookieName(server.port)}=${createSession(core.db, account.id, 'http', '127.0.0.1')}`;
    const matter = await callAs(core, 'bench', 'matters.create', { type: 'contract', title: '负载下的意见', submittingUnit: '某村', receivedOn: '2026-11-02' });
    await callAs(core, 'bench', 'review.get', { matterId: matter.id });
    // A dropped connection counts as a failed call (it is one for the user), it does not end the bench.
    const rpc = async (method: string, body: unknown) => {
      try {
        const res = await fetch(`${server.url}api/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });
        return (await res.json()) as { ok: boolean; error?: { code: string; message: string }; value?: unknown };
      } catch (e) {
        return { ok: false, error: { code: 'fetch', message: String((e as Error).cause ?? e) } };
      }
    };

    /** Clients calling the API until `until` resolves; latencies of every call and the errors. */
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
                ? ['opinions.add', { matterId: matter.id, text: `第${c}-${n}条意见：建议修改。`, severity: 'should', basis: null }]
                : n % 4 === 1
                  ? ['matters.list', { limit: 50 }]
                  : n % 4 === 2
                    ? ['review.get', { matterId: matter.id }]
                    : ['search.query', { query: '违约', limit: 20 }];
            const t = performance.now();
            const r = await rpc(method, body);
            latencies.push(performance.now() - t);
            if (!r.ok) errors.push(`${method}: ${r.error?.code} ${r.error?.message}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }),
      );
      return { latencies, errors };
    };

    const idle = await load(new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000)));

    const holds: number[] = [];
    const stopObserving = observeWriteTransactions((ms, db) => {
      if (db === core.db) holds.push(ms);
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const cli = runCliBatch(dataDir, inbox);
    const importing = postLong(server.url, cookie, 'documents.importAsMatter', {
      matter: { type: 'village.rules', title: '东风村村规民约（二十万段）', submittingUnit: '东风村民委员会', receivedOn: '2026-11-02' },
      fileName: '村规民约（二十万段）.docx',
      content: big,
      skipIfKnown: false,
    }).then((r) => ({ ...r, seconds: +((performance.now() - started) / 1000).toFixed(1) }));
    const during = await load(importing);
    const imported = await importing;
    delay.disable();
    const cliResult = await cli;
    stopObserving();
    const blocks = (core.db.prepare('SELECT count(*) AS n FROM document_blocks').get() as { n: number }).n;
    return {
      bigParagraphs: BIG_PARAGRAPHS,
      bigDocxMB: +(big.length / 1024 / 1024).toFixed(2),
      importOk: imported.ok,
      importError: imported.error?.message ?? null,
      importSeconds: imported.seconds,
      blocksStored: blocks,
      apiIdleMs: summary(idle.latencies),
      apiDuringImportMs: summary(during.latencies),
      apiErrors: idle.errors.length + during.errors.length,
      firstApiErrors: [...idle.errors, ...during.errors].slice(0, 5),
      eventLoopMaxStallMs: +(delay.max / 1e6).toFixed(1),
      writeLockHoldsThisProcess: { transactions: holds.length, p50Ms: percentile(holds, 50), p99Ms: percentile(holds, 99), maxMs: percentile(holds, 100) },
      cliBatch: { files: BATCH_FILES, exitCode: cliResult.code, summary: cliResult.summary, stderr: cliResult.stderr },
    };
  } finally {
    await server.close();
    core.close();
    await stopExtractionWorker();
    rmSync(dir, { recursive: true, force: true });
  }
}

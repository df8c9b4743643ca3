/**
 * The server of the import-under-load benchmark, in its own process (forked by import-load-bench.ts), so
 * what is measured here — event-loop delay, write-lock holds — is the server's alone: the benchmark's
 * HTTP clients and the CLI batch run in other processes. Talks to its parent over the IPC channel:
 *   parent → { phase: 'start' }: start measuring; { phase: 'stop' }: reply with the figures since start;
 *   parent → { quit: true }: close and exit.
 *   child → { ready: { url, cookie, writeMatterId, readMatterId } } once serving; → { figures } after each stop.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore } from '../../main/core/core.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { observeWriteTransactions } from '../../main/core/store/write-transaction.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { callAs } from '../support/approved-matter.js';

export interface Hold {
  heldMs: number;
  bodyMs: number;
  /** The functions that opened the transaction (the first few frames under writeTransaction). */
  by: string;
}

export interface ServerFigures {
  holds: Hold[];
  /** The longest transactions, with who opened them. */
  longest: Hold[];
  /** The import's last transaction, which registers the matter and the document (null in the idle phase). */
  registering: Hold | null;
  /** monitorEventLoopDelay over the phase (10 ms resolution): how late a timer ran, in ms. */
  loopDelayMs: { p50: number; p99: number; max: number };
}

const LONGEST_KEPT = 5;

function callerOf(stack: string | undefined): string {
  // Frames 0–2 are Error, this observer's caller chain in write-transaction.ts; keep the next named ones.
  const frames = (stack ?? '').split('\n').slice(1).map((l) => l.trim());
  const after = frames.findIndex((l) => l.startsWith('at writeTransaction '));
  return frames
    .slice(after + 1)
    .filter((l) => !l.includes('node:') && !l.includes('node_modules'))
    .slice(0, 3)
    .map((l) => l.replace(/^at (async )?/, '').replace(/ \(.*\/([^/]+):(\d+):\d+\)$/, ' $1:$2'))
    .join(' < ');
}

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const site = join(dataDir, '..', 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html>');
  const core = await openCore(dataDir);
  const server = await startServer({ core, staticDir: site, port: 0 });
  const account = await ensureAccount(core, 'bench', ['reviewer', 'approver']);
  const cookie = `${cookieName(server.port)}=${createSession(core.db, account.id, 'http', '127.0.0.1')}`;
  // Writes go to one matter, reads to another with a fixed 20 opinions: review.get of the matter being
  // written grew with every opinion (thousands by the end), so "during" read more than "idle" — the
  // server's longest stalls were review.get building and sending that growing answer.
  const review = async (title: string) => {
    const matter = await callAs(core, 'bench', 'matters.create', { type: 'contract', title, submittingUnit: '某村', receivedOn: '2026-11-02' });
    await callAs(core, 'bench', 'review.start', { matterId: matter.id });
    return matter.id;
  };
  const writeMatterId = await review('负载下写入意见');
  const readMatterId = await review('负载下读取意见');
  for (let i = 0; i < 20; i++) {
    await callAs(core, 'bench', 'opinions.add', { matterId: readMatterId, text: `第${i + 1}条意见：建议修改。`, severity: 'should', basis: null });
  }

  let holds: Hold[] = [];
  let delay: IntervalHistogram | null = null;
  observeWriteTransactions((heldMs, db, bodyMs) => {
    if (db !== core.db || !delay) return;
    // Who opened it, for every transaction (a stack costs microseconds; a transaction at least a commit).
    holds.push({ heldMs, bodyMs, by: callerOf(new Error().stack) });
  });
  process.on('message', (message: { phase?: 'start' | 'stop'; quit?: true }) => {
    if (message.phase === 'start') {
      holds = [];
      delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
    } else if (message.phase === 'stop' && delay) {
      delay.disable();
      const ms = (ns: number) => +(ns / 1e6).toFixed(1);
      const figures: ServerFigures = {
        holds,
        longest: [...holds].sort((a, b) => b.heldMs - a.heldMs).slice(0, LONGEST_KEPT),
        registering: holds.findLast((h) => h.by.startsWith('commitAsNewMatterWith')) ?? null,
        loopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      };
      delay = null;
      process.send!({ figures });
    } else if (message.quit) {
      void server
        .close()
        .then(() => core.close())
        .then(() => stopExtractionWorker())
        .then(() => process.exit(0));
    }
  });
  process.send!({ ready: { url: server.url, cookie, writeMatterId, readMatterId } });
}

await main();

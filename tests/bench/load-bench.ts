// Several people at once on one server (LAN office mode): N signed-in users, each with a session
// cookie, loop over review writes (add/update an opinion, answer a checklist item) and reads (queue,
// matter list, review) for a fixed time, one request in flight per user like a person clicking.
// Prints p50/p95/p99 latency and the error count. Traffic goes only to 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { openCore } from '../../main/core/core.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { callAs } from '../support/approved-matter.js';

const USERS = Number(process.env.LOAD_USERS ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
/**
 * A person reads before clicking again: each user waits 250–750 ms (uniform) between requests, a fast
 * clicker's pace. LOAD_THINK_MS=0 measures saturation instead (latency then equals users ÷ throughput).
 */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 500);
const think = () => new Promise((r) => setTimeout(r, THINK_MS === 0 ? 0 : THINK_MS * (0.5 + Math.random())));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchLoad(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-load-'));
  const site = join(dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html>');
  const core = await openCore(join(dir, 'data'));
  const server = await startServer({ core, staticDir: site, port: 0 });
  const users: { cookie: string; matterId: number; itemIds: string[] }[] = [];
  for (let i = 0; i < USERS; i++) {
    const login = `user${i}`;
    const account = await ensureAccount(core, login, ['reviewer', 'approver']);
    const matter = await callAs(core, login, 'matters.create', { type: 'contract', title: `负载测试合同${i}`, submittingUnit: '某村', receivedOn: '2026-11-02' });
    const review = await callAs(core, login, 'review.start', { matterId: matter.id });
    users.push({ cookie: `${cookieName(server.port)}=${createSession(core.db, account.id, 'http', '127.0.0.1')}`, matterId: matter.id, itemIds: review.template.items.map((it) => it.id) });
  }
  const latencies: Record<'read' | 'write', number[]> = { read: [], write: [] };
  const errors: string[] = [];
  const call = async (user: (typeof users)[number], method: string, body: unknown, kind: 'read' | 'write') => {
    const t = performance.now();
    const res = await fetch(`${server.url}api/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: user.cookie }, body: JSON.stringify(body) });
    const json = (await res.json()) as { ok: boolean; error?: { code: string }; value?: { id?: number } };
    latencies[kind].push(performance.now() - t);
    if (!json.ok) errors.push(`${method}: ${json.error?.code}`);
    return json.value;
  };
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    users.map(async (user, u) => {
      let n = 0;
      while (performance.now() < deadline) {
        n++;
        await think();
        switch (n % 5) {
          case 0: {
            const added = (await call(user, 'opinions.add', { matterId: user.matterId, text: `第${n}条意见：条款表述不明确，建议修改。`, severity: 'should', basis: null }, 'write')) as { opinions?: { id: number }[] } | undefined;
            const op = added?.opinions?.[0];
            if (op) await call(user, 'opinions.update', { id: op.id, text: `第${n}条意见（已修改）。`, severity: 'should', basis: null }, 'write');
            break;
          }
          case 1:
            await call(user, 'review.answer', { matterId: user.matterId, itemId: user.itemIds[n % user.itemIds.length], status: 'pass' }, 'write');
            break;
          case 2:
            await call(user, 'workflow.queue', { reviewerId: undefined }, 'read');
            break;
          case 3:
            await call(user, 'matters.list', { limit: 50 }, 'read');
            break;
          default:
            await call(user, 'review.get', { matterId: users[(u + n) % users.length]!.matterId }, 'read');
        }
      }
    }),
  );
  await server.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
  const summary = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { requests: s.length, p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), p99: +percentile(s, 99).toFixed(1) };
  };
  const all = [...latencies.read, ...latencies.write];
  return {
    users: USERS,
    seconds: SECONDS,
    thinkMsMean: THINK_MS,
    requestsPerSecond: +(all.length / SECONDS).toFixed(1),
    allMs: summary(all),
    readsMs: summary(latencies.read),
    writesMs: summary(latencies.write),
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
  };
}

// Statute library: build time of the store from the shipped snapshot, and search latency (p50/p95)
// over the whole snapshot for 1-, 2- and longer queries (issue 18 asks p95 ≤ 50 ms). Never fails on a time.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lawSearch } from '../../main/core/statutes/law-service.js';
import { closeStatutes, statuteDb } from '../../main/core/statutes/statute-store.js';
import { statuteDbPath } from '../../main/core/statutes/statute-db.js';

const QUERIES = ['罚', '村', '法', '合同', '罚款', '村规', '备案', '承包地', '村民会议', '行政规范性文件', '不得设定行政许可', '三分之二以上'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function benchStatutes(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'statutes-bench-'));
  try {
    const t0 = performance.now();
    const db = statuteDb(dir);
    const buildMs = performance.now() - t0;
    const perQuery: Record<string, { p50: number; p95: number; articles: number; laws: number }> = {};
    const all: number[] = [];
    for (const q of QUERIES) {
      const times: number[] = [];
      let last = { articles: 0, laws: 0 };
      for (let i = 0; i < 30; i++) {
        const s = performance.now();
        const r = lawSearch(db, { query: q, limit: 50 });
        times.push(performance.now() - s);
        last = { articles: r.articles.length, laws: r.laws.length };
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      perQuery[q] = { p50: +percentile(times, 0.5).toFixed(2), p95: +percentile(times, 0.95).toFixed(2), ...last };
    }
    all.sort((a, b) => a - b);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      buildSeconds: +(buildMs / 1000).toFixed(1),
      storeMB: +(statSync(statuteDbPath(dir)).size / 1e6).toFixed(1),
      shippedMB: +(statSync(join(import.meta.dirname, '..', '..', 'resources', 'statutes', 'snapshot.json.gz')).size / 1e6).toFixed(1),
      searchAllQueries: { p50: +percentile(all, 0.5).toFixed(2), p95: +percentile(all, 0.95).toFixed(2), samples: all.length },
      perQuery,
    };
  } finally {
    closeStatutes(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

import { createHash } from 'node:crypto';
import { openCore, type Core } from '../../main/core/core.js';
import type { HandlerContext } from '../../main/api/context.js';
import { makeTempDir } from './temp-dir.js';
import { contextAs } from './accounts.js';

/** A real archive in a temp folder with every migration applied. */
export async function tempCore(): Promise<{ core: Core; ctx: HandlerContext; dispose(): void }> {
  const temp = makeTempDir();
  const core = await openCore(temp.dir);
  return {
    core,
    ctx: await contextAs(core, 'tester'),
    dispose: () => {
      core.close();
      temp.remove();
    },
  };
}

/** Row counts of every table: equal before and after means nothing was written. */
export function tableCounts(core: Core): Record<string, number> {
  const tables = core.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (core.db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n]),
  );
}

/**
 * A digest of every row of every table (blobs by their SHA-256): equal before and after means no row
 * was added, removed or changed. FTS5 tables are read through their shadow tables.
 */
export function tableDigest(core: Core): Record<string, string> {
  const tables = core.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  const cell = (v: unknown) => (Buffer.isBuffer(v) ? `blob:${createHash('sha256').update(v).digest('hex')}` : typeof v === 'bigint' ? `${v}n` : v);
  return Object.fromEntries(
    tables.map(({ name }) => {
      const rows = (core.db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r.map(cell))).sort();
      return [name, createHash('sha256').update(rows.join('\n')).digest('hex')];
    }),
  );
}

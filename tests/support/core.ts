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

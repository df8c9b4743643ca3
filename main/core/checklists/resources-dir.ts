import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shipped `resources/` folder, found by walking up from this module until a folder holds
 * `resources/checklists` — so it works from the sources (main/core/checklists) and from a compiled
 * copy (build/main/core/checklists). Callers that know better (a packaged app) pass the folder explicitly.
 */
export function defaultResourcesDir(fromUrl: string = import.meta.url): string {
  const start = dirname(fileURLToPath(fromUrl));
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'checklists'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`找不到资源目录：从 ${start} 向上未找到 resources/checklists`);
    dir = parent;
  }
}

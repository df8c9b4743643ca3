#!/usr/bin/env node
// The `review-desk` command. It runs the compiled JavaScript (build/main/cli/main.js) when that exists
// and is not older than any source file: starting through the TypeScript loader costs about 0.5 s more
// per call, which every batch script pays (issue 17). In a source checkout without a fresh build it runs
// the TypeScript directly through tsx, so `npx review-desk` works right after `npm install` and never
// runs code older than the sources. An installed build (no main.ts beside this file) runs ./main.js.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('./main.ts', import.meta.url);
const built = new URL('../../build/main/cli/main.js', import.meta.url);

/** True when no .ts or .sql file under main/ or shared/ changed after `built` was compiled. */
function buildIsFresh() {
  let builtAt;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return false;
  }
  for (const folder of ['../../main', '../../shared']) {
    const root = fileURLToPath(new URL(folder, import.meta.url));
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|sql)$/.test(entry.name)) continue;
      if (statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > builtAt) return false;
    }
  }
  return true;
}

if (!existsSync(source)) {
  await import(new URL('./main.js', import.meta.url).href);
} else if (process.env.REVIEW_DESK_FROM_SOURCE !== '1' && buildIsFresh()) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
}

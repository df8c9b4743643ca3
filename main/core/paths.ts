import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding review-desk's package.json, found from this module in source or in build/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'review-desk') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('review-desk package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Where `npm run build` puts the renderer. */
export function rendererBuildDir(): string {
  return join(projectRoot(), 'build', 'renderer');
}

/**
 * The default data folder, shared by the desktop app, the server and the CLI so all open one archive:
 * the platform's per-user application-data folder + "review-desk" (the Electron shell sets its
 * userData to the same path).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.REVIEW_DESK_DATA) return env.REVIEW_DESK_DATA;
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'review-desk');
}

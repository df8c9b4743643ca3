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
 * The default data folder, shared by the desktop app, the server and the CLI so all open one archive.
 * Windows: the LOCAL application-data folder. The roaming one is copied to a server at every logon with
 * domain profiles, and is a network share when folders are redirected, where SQLite's WAL cannot work.
 * An archive an earlier version left in the roaming folder stays in use there (start-up and doctor warn),
 * so nobody's data seems to vanish after an update. macOS: ~/Library/Application Support; Linux: XDG config.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  if (env.REVIEW_DESK_DATA) return env.REVIEW_DESK_DATA;
  const home = homedir();
  if (platform === 'win32') {
    const local = join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'review-desk');
    const roaming = join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'review-desk');
    const archive = 'review-desk.sqlite';
    return !exists(join(local, archive)) && exists(join(roaming, archive)) ? roaming : local;
  }
  const appData = platform === 'darwin' ? join(home, 'Library', 'Application Support') : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'review-desk');
}

/** True when `dataDir` is the Windows roaming profile's folder (kept only for archives made by 0.1). */
export function isRoamingDataDir(dataDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.APPDATA !== undefined && dataDir.toLowerCase().startsWith(env.APPDATA.toLowerCase());
}

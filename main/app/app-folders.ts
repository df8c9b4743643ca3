import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Electron's own profile folder (Chromium's caches, cookies, localStorage; our log on Windows and Linux),
 * kept apart from the archive folder so that restoring or moving the archive neither carries nor loses
 * it. Windows: the LOCAL application-data folder, because Chromium's caches (tens of MB) in the roaming
 * profile are copied at every logon. Elsewhere: Electron's default, appData/<product name>.
 */
export function profileDir(appDataDir: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Review Desk');
  return join(appDataDir, 'Review Desk');
}

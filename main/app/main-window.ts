import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import type { Log } from './log-file.js';
import { APP_START_URL, mainWindowOptions } from './window-options.js';
import { watchWindow } from './window-lifecycle.js';

/** The preload compiled next to this module (preload.cts → preload.cjs). */
export const PRELOAD_PATH = fileURLToPath(new URL('./preload.cjs', import.meta.url));

/** Creates the main window; it becomes visible on first paint, after a timeout, or with an error page. */
export function createMainWindow(log: Log, options: { watch?: boolean } = {}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH));
  if (options.watch !== false) {
    watchWindow(window, {
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
      log: (level, message) => log[level](message),
      logDir: log.dir,
    });
  }
  window.loadURL(APP_START_URL).catch((e: unknown) => log.error(`loading ${APP_START_URL} failed`, e));
  return window;
}

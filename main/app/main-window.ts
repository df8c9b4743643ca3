import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_START_URL, mainWindowOptions } from './window-options.js';

/** The preload compiled next to this module (preload.cts → preload.cjs). */
export const PRELOAD_PATH = fileURLToPath(new URL('./preload.cjs', import.meta.url));

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

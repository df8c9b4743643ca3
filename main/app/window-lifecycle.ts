// Makes sure the main window always becomes visible: on its first paint, after a timeout, or with an
// error page when the page fails to load or its renderer dies. Before this, a page that failed before
// its first paint left the app running with no window, and the single-instance lock turned every
// relaunch into a silent exit. Effects are injected so this is tested without Electron.
import { escapeHtml } from '../core/documents/escape-html.js';

/** Long enough for a slow office PC to paint, short enough that nobody thinks the app did not start. */
export const FIRST_PAINT_TIMEOUT_MS = 10_000;

/** The parts of a BrowserWindow this module uses. */
export interface WindowLike {
  isDestroyed(): boolean;
  isVisible(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  webContents: {
    on(event: 'did-fail-load', listener: (event: unknown, code: number, description: string, url: string, isMainFrame: boolean) => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
    loadURL(url: string): Promise<void>;
  };
}

export interface LifecycleEffects {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  log(level: 'warn' | 'error', message: string): void;
  /** Folder named on the error page, so the user knows what to send to support. */
  logDir: string;
}

/** A self-contained page (no script, no network) telling the user what happened and where the log is. */
export function errorPageUrl(reason: string, logDir: string): string {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>合法性审查工作台</title>
<style>body{font-family:system-ui,"Microsoft YaHei","PingFang SC",sans-serif;margin:48px;color:#1f1f1f;line-height:1.7}
h1{font-size:20px}code{background:#f5f5f5;padding:2px 4px;word-break:break-all}</style></head><body>
<h1>合法性审查工作台无法显示界面</h1><p>${escapeHtml(reason)}</p>
<p>请关闭后重新启动程序；如果问题仍然存在，请重新安装，或把日志文件夹（菜单“帮助 → 打开日志文件夹”）发给技术支持。</p>
<p>日志文件夹：<code>${escapeHtml(logDir)}</code></p><p>您的审查档案不受影响。</p></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** Shows `window` on first paint or after the timeout; replaces a failed or crashed page by the error page. */
export function watchWindow(window: WindowLike, effects: LifecycleEffects, timeoutMs = FIRST_PAINT_TIMEOUT_MS): void {
  let showingError = false;
  const reveal = () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  const timer = effects.setTimer(() => {
    effects.log('warn', `window not painted after ${timeoutMs} ms; showing it anyway`);
    reveal();
  }, timeoutMs);
  window.once('ready-to-show', () => {
    effects.clearTimer(timer);
    reveal();
  });
  const fail = (reason: string) => {
    effects.log('error', reason);
    effects.clearTimer(timer);
    if (window.isDestroyed()) return;
    if (!showingError) {
      showingError = true;
      window.webContents.loadURL(errorPageUrl(reason, effects.logDir)).catch((e: unknown) => effects.log('error', `error page failed: ${String(e)}`));
    }
    reveal();
  };
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is ERR_ABORTED: a navigation replaced by another, not a failure.
    if (!isMainFrame || code === -3) return;
    fail(`页面加载失败：${description}（${code}）${url}`);
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    fail(`界面进程意外退出：${details.reason}（退出码 ${details.exitCode}）`);
  });
}

/**
 * A second launch brings the existing window forward — restored, shown even if it never painted —
 * or opens a new one when there is none, so a relaunch is never a silent exit.
 */
export function showExistingWindow(window: WindowLike | undefined, createWindow: () => void): void {
  if (!window || window.isDestroyed()) {
    createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

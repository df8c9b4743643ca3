import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDir } from '../../main/app/app-folders.js';
import { chromiumSwitches, osReleaseIds } from '../../main/app/chromium-switches.js';
import { electronPathFromProbe, PATH_MARKER } from '../../main/app/electron-probe.js';
import { openLog } from '../../main/app/log-file.js';
import { menuTemplate } from '../../main/app/menu-template.js';
import { handleSaveFile, safeFileName, SAVE_CHANNEL, type SaveEffects } from '../../main/app/save-file.js';
import { startupLines } from '../../main/app/startup-report.js';
import { APP_START_URL } from '../../main/app/window-options.js';
import { errorPageUrl, showExistingWindow, watchWindow, type WindowLike } from '../../main/app/window-lifecycle.js';
import { defaultDataDir } from '../../main/core/paths.js';
import { dataDirWarnings, networkPathReason } from '../../main/core/store/network-path.js';
import { makeTempDir } from '../support/temp-dir.js';

/** A BrowserWindow stand-in that records what the shell did to it and lets the test fire its events. */
function fakeWindow(state: { visible?: boolean; minimized?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const win = {
    calls,
    visible: state.visible ?? false,
    fire: (event: string, ...args: unknown[]) => listeners.get(event)!(...args),
    isDestroyed: () => state.destroyed ?? false,
    isVisible: () => win.visible,
    isMinimized: () => state.minimized ?? false,
    restore: () => calls.push('restore'),
    show: () => {
      calls.push('show');
      win.visible = true;
    },
    focus: () => calls.push('focus'),
    once: (event: string, fn: () => void) => listeners.set(event, fn),
    webContents: {
      on: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn),
      loadURL: (url: string) => {
        calls.push(`load ${url.slice(0, 22)}`);
        return Promise.resolve();
      },
    },
  };
  return win;
}

function fakeTimers() {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const logged: string[] = [];
  return {
    timers,
    logged,
    effects: {
      setTimer: (fn: () => void, ms: number) => timers.push({ fn, ms, cleared: false }) - 1,
      clearTimer: (t: unknown) => {
        timers[t as number]!.cleared = true;
      },
      log: (level: string, message: string) => logged.push(`${level} ${message}`),
      logDir: '/logs/Review Desk',
    },
  };
}

describe('the main window always shows', () => {
  it('shows on first paint and cancels the timeout', () => {
    const win = fakeWindow();
    const t = fakeTimers();
    watchWindow(win as unknown as WindowLike, t.effects, 10_000);
    win.fire('ready-to-show');
    expect(win.calls).toEqual(['show']);
    expect(t.timers[0]).toMatchObject({ ms: 10_000, cleared: true });
  });

  it('shows a window that never paints when the timeout passes, and logs it', () => {
    const win = fakeWindow();
    const t = fakeTimers();
    watchWindow(win as unknown as WindowLike, t.effects, 10_000);
    t.timers[0]!.fn();
    expect(win.calls).toEqual(['show']);
    expect(t.logged[0]).toMatch(/^warn window not painted/);
  });

  it('replaces a page that failed to load by the error page, once, and shows it', () => {
    const win = fakeWindow();
    const t = fakeTimers();
    watchWindow(win as unknown as WindowLike, t.effects);
    win.fire('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://review-desk/index.html', true);
    win.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://review-desk/assets/x.js', false);
    expect(win.calls).toEqual([]);
    win.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://review-desk/index.html', true);
    win.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 5 });
    expect(win.calls).toEqual(['load data:text/html;charset', 'show']);
    expect(t.logged).toEqual([expect.stringContaining('ERR_FILE_NOT_FOUND'), expect.stringContaining('crashed')]);
  });

  it('writes an error page that needs no script and names the log folder', () => {
    const html = decodeURIComponent(errorPageUrl('页面加载失败：<x>', 'C:\\Users\\李\\AppData\\Local\\Review Desk\\logs').split(',').slice(1).join(','));
    expect(html).toContain('页面加载失败：&lt;x&gt;');
    expect(html).toContain('C:\\Users\\李\\AppData\\Local\\Review Desk\\logs');
    expect(html).not.toMatch(/<script/i);
  });

  it('brings the window forward on a second launch, or opens one when there is none', () => {
    const hidden = fakeWindow({ visible: false, minimized: true });
    let created = 0;
    showExistingWindow(hidden as unknown as WindowLike, () => created++);
    expect(hidden.calls).toEqual(['restore', 'show', 'focus']);
    showExistingWindow(undefined, () => created++);
    showExistingWindow(fakeWindow({ destroyed: true }) as unknown as WindowLike, () => created++);
    expect(created).toBe(2);
  });
});

describe('menu', () => {
  const labels = (items: { label?: string; role?: string }[]) => items.map((i) => i.label ?? i.role);
  it('has the macOS app and Window menus, and 打开日志文件夹 everywhere', () => {
    const opened: string[] = [];
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = menuTemplate(platform, { openLogsFolder: () => opened.push(platform), showAbout: () => undefined });
      const help = menu.find((m) => m.label === '帮助')!;
      const item = (help.submenu as { label?: string; click?: () => void }[]).find((i) => i.label === '打开日志文件夹')!;
      item.click!();
      if (platform === 'darwin') {
        expect(labels(menu)).toEqual(['合法性审查工作台', '编辑', '视图', '窗口', '帮助']);
        expect(menu[3]!.role).toBe('window');
        const app = (menu[0]!.submenu as { role?: string }[]).map((i) => i.role);
        expect(app).toEqual(expect.arrayContaining(['hide', 'hideOthers', 'unhide', 'quit', 'services']));
      } else {
        expect(labels(menu)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
      }
    }
    expect(opened).toEqual(['darwin', 'win32', 'linux']);
  });
});

describe('Linux input methods', () => {
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
  const uos = 'NAME="UnionTech OS Desktop"\nID=uos\n';
  const kylin = 'NAME="Kylin"\nID=kylin\nID_LIKE="ubuntu debian"\n';
  it('turns on the Wayland IME in Wayland sessions and prefers X11 on UOS and Kylin', () => {
    expect(osReleaseIds(kylin)).toEqual(['kylin', 'ubuntu', 'debian']);
    expect(chromiumSwitches('linux', { XDG_SESSION_TYPE: 'wayland' }, ubuntu)).toEqual([['enable-wayland-ime'], ['wayland-text-input-version', '3']]);
    expect(chromiumSwitches('linux', { WAYLAND_DISPLAY: 'wayland-0' }, uos)).toEqual([['ozone-platform', 'x11']]);
    expect(chromiumSwitches('linux', { XDG_SESSION_TYPE: 'wayland' }, kylin)).toEqual([['ozone-platform', 'x11']]);
    expect(chromiumSwitches('linux', { XDG_SESSION_TYPE: 'x11' }, ubuntu)).toEqual([]);
    expect(chromiumSwitches('linux', { XDG_SESSION_TYPE: 'wayland' }, ubuntu, ['--ozone-platform=x11'])).toEqual([]);
    expect(chromiumSwitches('win32', { XDG_SESSION_TYPE: 'wayland' }, null)).toEqual([]);
  });
});

describe('where things are kept', () => {
  const winEnv = { APPDATA: 'C:\\Users\\li\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' };
  it('keeps the Windows archive in the local application-data folder, unless 0.1 left one in the roaming one', () => {
    expect(defaultDataDir(winEnv, 'win32', () => false)).toBe(join(winEnv.LOCALAPPDATA, 'review-desk'));
    const legacy = (p: string) => p.startsWith(winEnv.APPDATA);
    expect(defaultDataDir(winEnv, 'win32', legacy)).toBe(join(winEnv.APPDATA, 'review-desk'));
    expect(defaultDataDir({ ...winEnv, REVIEW_DESK_DATA: 'D:\\档案' }, 'win32', legacy)).toBe('D:\\档案');
    const roaming = dataDirWarnings(join(winEnv.APPDATA, 'review-desk'), winEnv, { platform: 'win32', fsType: () => null });
    expect(roaming).toEqual([expect.stringContaining('漫游配置文件夹')]);
  });

  it('keeps Chromium’s profile apart from the archive', () => {
    expect(profileDir('C:\\Users\\li\\AppData\\Roaming', winEnv, 'win32')).toBe(join(winEnv.LOCALAPPDATA, 'Review Desk'));
    expect(profileDir('/home/li/.config', {}, 'linux')).toBe(join('/home/li/.config', 'Review Desk'));
    expect(profileDir('/home/li/.config', {}, 'linux')).not.toBe(defaultDataDir({ XDG_CONFIG_HOME: '/home/li/.config' }, 'linux'));
  });

  it('recognises network locations', () => {
    const local = { platform: 'win32' as const, fsType: () => null };
    expect(networkPathReason('\\\\fileserver\\司法所\\review-desk', local)).toMatch(/网络共享/);
    expect(networkPathReason('\\\\?\\UNC\\fileserver\\share\\x', local)).toMatch(/网络共享/);
    expect(networkPathReason('\\\\?\\C:\\data', local)).toBeNull();
    expect(networkPathReason('C:\\Users\\li\\AppData\\Local\\review-desk', local)).toBeNull();
    expect(networkPathReason('/mnt/nas/review-desk', { platform: 'linux', fsType: () => 0x6969 })).toMatch(/网络文件系统/);
    expect(networkPathReason('/mnt/share', { platform: 'linux', fsType: () => 0xfe534d42 })).toMatch(/网络文件系统/);
    expect(networkPathReason('/home/li/.config/review-desk', { platform: 'linux', fsType: () => 0xef53 })).toBeNull();
    // The real probe on this machine's temp folder: a local disk.
    const temp = makeTempDir();
    expect(networkPathReason(temp.dir)).toBeNull();
    temp.remove();
  });
});

describe('log file and npm start', () => {
  it('appends timestamped lines with stacks and keeps one old log when the file grows too big', () => {
    const temp = makeTempDir();
    const now = () => new Date('2026-12-06T08:00:00Z');
    const log = openLog(join(temp.dir, '日志 folder'), { now });
    log.info('Review Desk starting');
    log.error('documents.import failed', new Error('boom'));
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(/^2026-12-06T08:00:00.000Z INFO {2}Review Desk starting\n2026-12-06T08:00:00.000Z ERROR documents.import failed\nError: boom\n\s+at /);
    writeFileSync(log.file, 'x'.repeat(200));
    const again = openLog(log.dir, { maxBytes: 100, now });
    again.warn('rotated');
    expect(readFileSync(join(log.dir, 'main.old.log'), 'utf8')).toHaveLength(200);
    expect(readFileSync(again.file, 'utf8')).toBe('2026-12-06T08:00:00.000Z WARN  rotated\n');
    temp.remove();
  });

  it('records versions, the ABI of runtime and addon, and the folders at start', () => {
    const lines = startupLines({
      appVersion: '0.1.0',
      versions: { ...process.versions, electron: '45.5.0', chrome: '140.0', modules: '150' },
      platform: 'win32',
      arch: 'x64',
      osVersion: '10.0.19045',
      packaged: true,
      dataDir: 'D:\\档案',
      profileDir: 'C:\\p',
      nativeBinding: join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    });
    expect(lines[1]).toContain('Electron 45.5.0');
    expect(lines[1]).toContain('ABI 150');
    expect(lines[2]).toContain(`(ABI ${process.versions.modules})`);
    expect(lines.join('\n')).toContain('data folder: D:\\档案');
  });

  it('finds the Electron binary after the download progress the probe prints', () => {
    const out = `Downloading Electron binary...\n[====] 100%\n\n${PATH_MARKER}/work/node_modules/electron/dist/electron\n`;
    expect(electronPathFromProbe(out)).toBe('/work/node_modules/electron/dist/electron');
    expect(electronPathFromProbe('Downloading Electron binary...\n')).toBeNull();
    expect(electronPathFromProbe(null)).toBeNull();
  });
});

describe('saving files from the page', () => {
  function effects(choice: string | null) {
    const written: { path: string; size: number }[] = [];
    const asked: { defaultPath: string; filters: { name: string }[] }[] = [];
    const e: SaveEffects = {
      choosePath: (defaultPath, filters) => {
        asked.push({ defaultPath, filters });
        return Promise.resolve(choice);
      },
      write: (path, bytes) => {
        written.push({ path, size: bytes.byteLength });
        return Promise.resolve();
      },
      defaultFolder: '/home/li/文档',
      log: () => undefined,
    };
    return { e, written, asked };
  }

  it('reports a cancelled save dialog as not saved, so the page does not say 「已导出」', async () => {
    const cancelled = effects(null);
    expect(await handleSaveFile(APP_START_URL, '意见书.docx', new Uint8Array(3), cancelled.e)).toBe(false);
    expect(cancelled.written).toEqual([]);
    expect(cancelled.asked[0]).toMatchObject({ defaultPath: join('/home/li/文档', '意见书.docx'), filters: [{ name: 'Word 文档' }, { name: '所有文件' }] });
    const saved = effects('/home/li/文档/意见书（定稿）.docx');
    expect(await handleSaveFile(APP_START_URL, '意见书.docx', new Uint8Array(3), saved.e)).toBe(true);
    expect(saved.written).toEqual([{ path: '/home/li/文档/意见书（定稿）.docx', size: 3 }]);
  });

  it('serves only the app’s own pages and well-formed input, and proposes safe names', async () => {
    const { e, written } = effects('/tmp/x');
    await expect(handleSaveFile('https://evil.example/', 'a.docx', new Uint8Array(1), e)).rejects.toThrow(/未知页面/);
    await expect(handleSaveFile(APP_START_URL, 'a.docx', 'not bytes', e)).rejects.toThrow(/参数有误/);
    expect(written).toEqual([]);
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\审查:意见?.docx')).toBe('审查_意见_.docx');
    expect(safeFileName('  ')).toBe('导出文件');
    const preload = readFileSync(join(import.meta.dirname, '..', '..', 'main', 'app', 'preload.cts'), 'utf8');
    expect(preload).toContain(`'${SAVE_CHANNEL}'`);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isTrustedSender, openExternalIfSafe } from '../../main/app/guards.js';
import { DesktopSessions, handleInvoke } from '../../main/app/ipc.js';
import { APP_START_URL, mainWindowOptions } from '../../main/app/window-options.js';
import { IPC_CHANNEL } from '../../shared/contract/rpc.js';
import { tempCore } from '../support/core.js';

const root = join(import.meta.dirname, '..', '..');

describe('Electron shell wiring (tested without launching Electron)', () => {
  it('creates the window with the production security settings', () => {
    const prefs = mainWindowOptions('/x/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/x/preload.cjs',
    });
  });

  it('recognises only the app’s own origin', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://review-desk/assets/x.js')).toBe(true);
    for (const url of ['app://other/index.html', 'https://review-desk/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '']) {
      expect(isAppUrl(url)).toBe(false);
    }
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('lets the renderer load only its own pages, its own blob downloads and inline data', () => {
    expect(isAllowedRequest('app://review-desk/assets/index.js')).toBe(true);
    expect(isAllowedRequest('blob:app://review-desk/6f1c2a57-0000-4000-8000-000000000000')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://example.com/x.js', 'blob:https://evil.example/1', 'file:///etc/passwd', 'http://127.0.0.1:5174/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });

  it('opens only http(s) links externally', () => {
    const opened: string[] = [];
    const open = (u: string) => opened.push(u);
    expect(openExternalIfSafe('https://flk.npc.gov.cn/', open)).toBe(true);
    expect(openExternalIfSafe('file:///C:/Windows/system32/calc.exe', open)).toBe(false);
    expect(openExternalIfSafe('smb://host/share', open)).toBe(false);
    expect(openExternalIfSafe('javascript:alert(1)', open)).toBe(false);
    expect(opened).toEqual(['https://flk.npc.gov.cn/']);
  });

  it('dispatches IPC calls from the app’s frames and refuses others', async () => {
    const env = await tempCore();
    const sessions = new DesktopSessions(env.core);
    try {
      const ok = await handleInvoke(env.core, sessions, 1, APP_START_URL, 'auth.status', {});
      expect(ok).toMatchObject({ ok: true, value: { needsSetup: false, me: null } });
      const foreign = await handleInvoke(env.core, sessions, 1, 'https://evil.example/', 'matters.list', {});
      expect(foreign).toMatchObject({ ok: false, error: { code: 'ipc.untrusted' } });
      const notString = await handleInvoke(env.core, sessions, 1, APP_START_URL, { toString: () => 'matters.list' }, {});
      expect(notString).toMatchObject({ ok: false, error: { code: 'method.unknown' } });
    } finally {
      env.dispose();
    }
  });

  it('exposes one narrow bridge on the agreed channel and never ipcRenderer itself', () => {
    const preload = readFileSync(join(root, 'main', 'app', 'preload.cts'), 'utf8');
    expect(preload).toContain(`'${IPC_CHANNEL}'`);
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(preload).not.toMatch(/\bipcRenderer\.(send|on|sendSync)\b/);
  });
});

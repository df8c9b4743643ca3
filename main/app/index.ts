import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setInternalErrorReporter } from '../api/router.js';
import { openCore, type Core } from '../core/core.js';
import { isAppError } from '../core/errors.js';
import { defaultDataDir, rendererBuildDir } from '../core/paths.js';
import { dataDirWarnings } from '../core/store/network-path.js';
import { APP_VERSION } from '../core/version.js';
import { profileDir } from './app-folders.js';
import { chromiumSwitches } from './chromium-switches.js';
import { setupIpc } from './ipc.js';
import { reminderNotifier } from './reminder-notice.js';
import { openLog } from './log-file.js';
import { createMainWindow } from './main-window.js';
import { APP_TITLE, setupMenu } from './menu.js';
import { nativeBindingPath } from './native-binding.js';
import { APP_SCHEME_PRIVILEGES, setupAppProtocol } from './protocol.js';
import { setupSaveFile } from './save-dialog.js';
import { setupSecurity } from './security.js';
import { runSmokeTest } from './smoke-test.js';
import { startupLines } from './startup-report.js';
import { showExistingWindow } from './window-lifecycle.js';
import { startBackupScheduler } from '../core/backup/backup-scheduler.js';
import { prepareStatutes } from '../core/statutes/law-service.js';

const smokeTest = process.argv.includes('--smoke-test');
// The desktop app, the server and the CLI share one data folder by default; the smoke test uses a fresh one.
const dataDir = smokeTest ? mkdtempSync(join(tmpdir(), 'review-desk-smoke-')) : defaultDataDir();
// Chromium's profile stays out of the archive folder (see app-folders.ts).
const profile = smokeTest ? join(dataDir, 'profile') : profileDir(app.getPath('appData'));
app.setPath('userData', profile);
app.setPath('sessionData', profile);
app.setAppLogsPath();
const log = openLog(smokeTest ? join(dataDir, 'logs') : app.getPath('logs'), { echo: smokeTest ? (line) => process.stdout.write(line) : undefined });
if (process.platform === 'win32') app.setAppUserModelId('cn.reviewdesk.app');
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : null;
for (const [name, value] of chromiumSwitches(process.platform, process.env, osRelease, process.argv)) app.commandLine.appendSwitch(name, value);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
setInternalErrorReporter((method, error) => log.error(`${method} failed`, error));
// Replacing Electron's default handler silences its dialog, so the user still gets one, pointing at the log.
process.on('uncaughtException', (e) => {
  log.error('uncaught exception', e);
  if (app.isReady() && !smokeTest) dialog.showErrorBox(`${APP_TITLE}发生内部错误`, `${e.message}\n\n详情已写入日志：${log.file}`);
});
process.on('unhandledRejection', (e) => log.error('unhandled promise rejection', e));

const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, env: process.env });
for (const line of startupLines({
  appVersion: APP_VERSION,
  versions: process.versions,
  platform: process.platform,
  arch: process.arch,
  osVersion: release(),
  packaged: app.isPackaged,
  dataDir,
  profileDir: profile,
  nativeBinding,
})) log.info(line);
for (const warning of dataDirWarnings(dataDir)) log.warn(warning);

let core: Core | null = null;
const openWindow = () => createMainWindow(log);

async function start(): Promise<void> {
  // After an upgrade the search index is rebuilt while the user works (searches say 索引重建中 x/y).
  core = await openCore(dataDir, { nativeBinding, searchRebuild: 'background' });
  log.info(`archive open: schema ${core.schemaVersion()}`);
  setupSecurity(app, session.defaultSession, (url) => shell.openExternal(url), (message, e) => log.error(message, e));
  setupAppProtocol(protocol, rendererBuildDir());
  // Start-up reminders also go to the system notification area (issue 16).
  const sessions = setupIpc(ipcMain, core, reminderNotifier((n) => Notification.isSupported() && new Notification(n).show()));
  startBackupScheduler(core);
  // Letters quote article text from the statute store: build it now (worker, ≈10 s) rather than at the first letter.
  if (!smokeTest) prepareStatutes(dataDir);
  // A closed window's session ends with it (each window signs in on its own).
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id;
    contents.once('destroyed', () => sessions.closeWindow(id));
  });
  setupSaveFile(log);
  setupMenu({
    openLogsFolder: () => void shell.openPath(log.dir).then((problem) => problem && log.error(`cannot open ${log.dir}: ${problem}`)),
    showAbout: () =>
      void dialog.showMessageBox({ type: 'info', title: APP_TITLE, message: `${APP_TITLE} ${APP_VERSION}`, detail: `数据目录：${dataDir}\n日志：${log.file}` }),
  });
  openWindow();
  const warnings = dataDirWarnings(dataDir);
  if (warnings.length > 0) void dialog.showMessageBox({ type: 'warning', title: APP_TITLE, message: '数据目录的位置可能导致数据损坏', detail: warnings.join('\n\n') });
}

function fail(e: unknown): void {
  log.error('start-up failed', isAppError(e) && e.details ? { message: e.message, details: e.details } : e);
  const message = isAppError(e) ? e.message : String(e);
  dialog.showErrorBox(`${APP_TITLE}无法启动`, `${message}\n\n详情已写入日志：${log.file}`);
  app.exit(1);
}

if (smokeTest) {
  app.on('window-all-closed', () => undefined);
  app
    .whenReady()
    .then(() => runSmokeTest(dataDir, nativeBinding, log))
    .then((code) => {
      // A failed run keeps its folder (the log says where) for a look at what went wrong.
      if (code === 0) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
      app.exit(code);
    }, (e: unknown) => {
      log.error('smoke test crashed', e);
      app.exit(1);
    });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady() && core) showExistingWindow(BrowserWindow.getAllWindows()[0], openWindow);
  });
  // macOS keeps the app alive without windows; clicking the Dock icon opens one again.
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
  app.on('render-process-gone', (_e, _contents, details) => log.error(`renderer gone: ${details.reason} (${details.exitCode})`));
  app.on('child-process-gone', (_e, details) => log.warn(`child process gone: ${details.type} ${details.reason} (${details.exitCode})`));
  app.whenReady().then(start).catch(fail);
}

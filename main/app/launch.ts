// `npm start`: runs the desktop app, or browser mode when the Electron binary cannot be obtained.
// Runs under plain Node, so it must not import 'electron' itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { projectRoot, defaultDataDir } from '../core/paths.js';
import { serve } from '../cli/commands/serve.js';
import { isAppError } from '../core/errors.js';
import { electronPathFromProbe, PATH_MARKER } from './electron-probe.js';
import { electronAddon } from './packaging/electron-addon.js';
import { electronAbi, electronVersion } from './native-abi.js';

const root = projectRoot();
/** Asks the electron package for its binary (it downloads it on first use); null when that fails. */
function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', `const p = require('electron'); process.stdout.write('\\n${PATH_MARKER}' + p + '\\n')`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = electronPathFromProbe(probe.stdout);
  return probe.status === 0 && path && existsSync(path) ? path : null;
}

async function browserMode(): Promise<void> {
  const options = { data: defaultDataDir(), port: '5174', host: '127.0.0.1' };
  // Another copy may already hold the usual port; any free port will do for this one.
  const url = await serve(options).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'server.port-busy') return serve({ ...options, port: '0' });
    throw e;
  });
  console.log(`无法获取 Electron 程序，已改用浏览器模式（Electron binary unavailable, browser mode）：${url}`);
}

async function main(): Promise<void> {
  const binary = electronBinary();
  if (!binary && process.argv.includes('--smoke-test')) {
    // The smoke test is about the desktop app itself; browser mode would prove nothing and never exit.
    console.error('冒烟测试需要 Electron 程序，但无法获取（Electron binary unavailable）。');
    process.exit(1);
  }
  if (!binary) return browserMode();
  // better-sqlite3 for Electron's ABI in a private folder; node_modules keeps the build for Node.
  const nativeBinding = electronAddon({
    root,
    electronVersion: electronVersion(root),
    abi: electronAbi(root),
    platform: process.platform,
    arch: process.arch,
  });
  const child = spawn(binary, [root, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, REVIEW_DESK_NATIVE_BINDING: nativeBinding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`启动失败：${(e as Error).message}`);
  process.exit(1);
});

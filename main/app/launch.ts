// `npm start`: runs the desktop app, or browser mode when the Electron binary cannot be obtained.
// Runs under plain Node, so it must not import 'electron' itself.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, defaultDataDir } from '../core/paths.js';
import { serve } from '../cli/commands/serve.js';
import { isAppError } from '../core/errors.js';

const root = projectRoot();

/** Asks the electron package for its binary (it downloads it on first use); null when that fails. */
function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const path = probe.stdout?.trim();
  return probe.status === 0 && path && existsSync(path) ? path : null;
}

/**
 * Builds better-sqlite3 for Electron's ABI in a private copy (build/electron-native), so the copy in
 * node_modules stays built for Node and the tests keep working. Returns the addon's path.
 */
async function electronNativeBinding(electronVersion: string): Promise<string> {
  const dir = join(root, 'build', 'electron-native', electronVersion);
  const addon = join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(addon)) return addon;
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron-native', version: '1.0.0', dependencies: { 'better-sqlite3': '*' } }));
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(dir, 'node_modules', 'better-sqlite3'), { recursive: true });
  const { rebuild } = await import('@electron/rebuild');
  console.log(`正在为 Electron ${electronVersion} 编译 better-sqlite3（仅首次）…`);
  await rebuild({ buildPath: dir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  return addon;
}

async function main(): Promise<void> {
  const binary = electronBinary();
  if (!binary) {
    const options = { data: defaultDataDir(), port: '5174', host: '127.0.0.1' };
    // Another copy may already hold the usual port; any free port will do for this one.
    const url = await serve(options).catch((e: unknown) => {
      if (isAppError(e) && e.code === 'server.port-busy') return serve({ ...options, port: '0' });
      throw e;
    });
    console.log(`无法获取 Electron 程序，已改用浏览器模式（Electron binary unavailable, browser mode）：${url}`);
    return;
  }
  const electronPkg = readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8');
  const version = (JSON.parse(electronPkg) as { version: string }).version;
  const nativeBinding = await electronNativeBinding(version);
  const child = spawn(binary, [root], {
    stdio: 'inherit',
    env: { ...process.env, REVIEW_DESK_NATIVE_BINDING: nativeBinding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`启动失败：${(e as Error).message}`);
  process.exit(1);
});

// Builds better-sqlite3's addon for Electron in a private folder, so node_modules keeps the build for
// Node that the tests and the CLI use: nothing is ever rebuilt in place, and nothing needs restoring.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { abiMismatch } from '../native-abi.js';
import { cleanGypEnv, electronGypArgs } from './gyp-env.js';

export const ADDON_FILE = 'better_sqlite3.node';

export interface AddonTarget {
  root: string;
  electronVersion: string;
  /** Electron's NODE_MODULE_VERSION; the built file must carry exactly this one. */
  abi: number;
  platform: NodeJS.Platform;
  arch: string;
}

/** build/electron-native/<platform>-<arch>/: electron-builder picks the file up by ${platform}-${arch}. */
export function addonDir(root: string, platform: string, arch: string): string {
  return join(root, 'build', 'electron-native', `${platform}-${arch}`);
}

interface Stamp {
  electronVersion: string;
  betterSqlite3: string;
}

function betterSqliteVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The cached build when it is for this Electron and better-sqlite3 and passes the ABI check. */
function cachedAddon(target: AddonTarget, stampFile: string, addon: string): string | null {
  if (!existsSync(stampFile) || !existsSync(addon)) return null;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  if (stamp.electronVersion !== target.electronVersion || stamp.betterSqlite3 !== betterSqliteVersion(target.root)) return null;
  return abiMismatch(addon, target.abi) === null ? addon : null;
}

/**
 * Returns the path of better_sqlite3.node built for the target Electron, compiling it (a few minutes,
 * once per Electron version) with a clean node-gyp environment. A result with any other ABI is deleted
 * and reported, never cached: a wrong build would otherwise stay for good.
 */
export function electronAddon(target: AddonTarget, log: (line: string) => void = console.log): string {
  const dir = addonDir(target.root, target.platform, target.arch);
  const addon = join(dir, ADDON_FILE);
  const stampFile = join(dir, 'stamp.json');
  const cached = cachedAddon(target, stampFile, addon);
  if (cached) return cached;

  rmSync(dir, { recursive: true, force: true });
  const work = join(dir, 'source');
  mkdirSync(work, { recursive: true });
  // Sources only: node_modules' own build/ is for Node and must not leak into this one.
  cpSync(join(target.root, 'node_modules', 'better-sqlite3'), work, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  log(`正在为 Electron ${target.electronVersion}（${target.platform}-${target.arch}）编译 better-sqlite3，仅首次需要几分钟…`);
  const gyp = join(target.root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const devDir = join(homedir(), '.electron-gyp');
  const run = spawnSync(process.execPath, [gyp, ...electronGypArgs({ electronVersion: target.electronVersion, arch: target.arch, devDir })], {
    cwd: work,
    env: cleanGypEnv(process.env),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const built = join(work, 'build', 'Release', ADDON_FILE);
  if (run.status !== 0 || !existsSync(built)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Building better-sqlite3 for Electron ${target.electronVersion} failed (node-gyp exit ${run.status ?? run.signal}). ` +
        'It needs a C++ tool chain and Electron\'s headers from https://electronjs.org/headers (or a filled ~/.electron-gyp).',
    );
  }
  const problem = abiMismatch(built, target.abi);
  if (problem) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The better-sqlite3 build for Electron has the wrong ABI: ${problem}.`);
  }
  copyFileSync(built, addon);
  rmSync(work, { recursive: true, force: true });
  writeFileSync(stampFile, JSON.stringify({ electronVersion: target.electronVersion, betterSqlite3: betterSqliteVersion(target.root) } satisfies Stamp));
  return addon;
}

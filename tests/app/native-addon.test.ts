import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { abiMismatch, addonAbiOf, readAddonAbi } from '../../main/app/native-abi.js';
import { nativeBindingPath } from '../../main/app/native-binding.js';
import { addonDir, electronAddon } from '../../main/app/packaging/electron-addon.js';
import { cleanGypEnv, electronGypArgs } from '../../main/app/packaging/gyp-env.js';
import { addonArches } from '../../main/app/packaging/dist.js';
import { isNativeLoadError } from '../../main/core/store/native-load-error.js';
import { makeTempDir } from '../support/temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const NODE_ADDON = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

describe('native addon ABI', () => {
  it('reads the ABI from the exported registration symbol', () => {
    expect(readAddonAbi(NODE_ADDON)).toEqual({ kind: 'v8', abi: Number(process.versions.modules) });
    expect(addonAbiOf(Buffer.from('\0\x7fELF..node_register_module_v150\0..'))).toEqual({ kind: 'v8', abi: 150 });
    expect(addonAbiOf(Buffer.from('..napi_register_module_v1\0'))).toEqual({ kind: 'napi' });
    expect(addonAbiOf(Buffer.from('node_register_module_v115 node_register_module_v150'))).toEqual({ kind: 'mixed', abis: [115, 150] });
    expect(addonAbiOf(Buffer.from('nothing here'))).toEqual({ kind: 'unknown' });
    expect(abiMismatch(NODE_ADDON, 150)).toMatch(/built for ABI 115 .*needs ABI 150/);
    expect(abiMismatch(NODE_ADDON, Number(process.versions.modules))).toBeNull();
  });

  it('builds for Electron without any npm configuration, and says exactly which target', () => {
    const env = cleanGypEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', NODE_GYP_FORCE_PYTHON: 'x', HOME: '/h' });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/h' });
    expect(electronGypArgs({ electronVersion: '45.5.0', arch: 'arm64', devDir: '/h/.electron-gyp' })).toEqual([
      'rebuild',
      '--release',
      '--target=45.5.0',
      '--arch=arm64',
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      '--devdir=/h/.electron-gyp',
    ]);
  });

  it('picks the architectures per platform and refuses to cross-build the addon for another OS', () => {
    expect(addonArches([], 'darwin', 'arm64')).toEqual(['arm64', 'x64']);
    expect(addonArches(['--mac', '--arm64'], 'darwin', 'arm64')).toEqual(['arm64']);
    expect(addonArches([], 'linux', 'x64')).toEqual(['x64']);
    expect(addonArches(['--dir'], 'win32', 'x64')).toEqual(['x64']);
    expect(() => addonArches(['--win'], 'linux', 'x64')).toThrow(/must be built on win32/);
  });

  it('loads the packaged addon whatever the environment says; the variable is for source checkouts only', () => {
    const env = { REVIEW_DESK_NATIVE_BINDING: '/tmp/evil.node' };
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/Review Desk/resources', env })).toBe(join('/opt/Review Desk/resources', 'native', 'better_sqlite3.node'));
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/x', env })).toBe('/tmp/evil.node');
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/x', env: {} })).toBeUndefined();
  });

  it('tells a broken native module from a broken database file', () => {
    const abi = new Error("The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 150.");
    const dll = Object.assign(new Error('\\\\?\\C:\\x\\better_sqlite3.node is not a valid Win32 application.'), { code: 'ERR_DLOPEN_FAILED' });
    const missing = new Error('Cannot find module \'/opt/app/resources/native/better_sqlite3.node\'');
    for (const e of [abi, dll, missing]) expect(isNativeLoadError(e), e.message).toBe(true);
    expect(isNativeLoadError(new Error('unable to open database file'))).toBe(false);
    expect(isNativeLoadError(new Error('file is not a database'))).toBe(false);
  });
});

describe('building better-sqlite3 for Electron (node-gyp replaced by a recording stand-in)', () => {
  const temp = makeTempDir('review-desk-addon-');
  const saved = process.env.npm_config_nodedir;
  afterAll(() => temp.remove());
  afterEach(() => {
    if (saved === undefined) delete process.env.npm_config_nodedir;
    else process.env.npm_config_nodedir = saved;
  });

  /** A project folder whose node-gyp writes `addonBytes` as its build and records how it was called. */
  function fakeProject(name: string, addonBytes: Buffer): string {
    const dir = join(temp.dir, name);
    mkdirSync(join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'better-sqlite3', 'package.json'), '{"name":"better-sqlite3","version":"12.0.0"}');
    writeFileSync(join(dir, 'node_modules', 'better-sqlite3', 'binding.gyp'), '{}');
    // The Node build in node_modules must not be copied into the Electron build's sources.
    copyFileSync(NODE_ADDON, join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    mkdirSync(join(dir, 'node_modules', 'node-gyp', 'bin'), { recursive: true });
    writeFileSync(join(dir, 'addon.bin'), addonBytes);
    writeFileSync(
      join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      `const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(join(dir, 'calls.jsonl'))}, JSON.stringify({ args: process.argv.slice(2), nodedir: process.env.npm_config_nodedir ?? null, hadOldBuild: fs.existsSync('build') }) + '\\n');
fs.mkdirSync('build/Release', { recursive: true });
fs.copyFileSync(${JSON.stringify(join(dir, 'addon.bin'))}, 'build/Release/better_sqlite3.node');
`,
    );
    writeFileSync(join(dir, 'node_modules', 'node-gyp', 'package.json'), '{"type":"commonjs"}');
    return dir;
  }
  const calls = (dir: string) => readFileSync(join(dir, 'calls.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { args: string[]; nodedir: string | null; hadOldBuild: boolean });

  it('refuses and does not cache a build with Node’s ABI, even with nodedir in the npm configuration', () => {
    process.env.npm_config_nodedir = '/usr';
    const dir = fakeProject('wrong', readFileSync(NODE_ADDON));
    const target = { root: dir, electronVersion: '45.5.0', abi: 150, platform: process.platform, arch: process.arch };
    expect(() => electronAddon(target, () => undefined)).toThrow(/wrong ABI: .*ABI 115 .*needs ABI 150/);
    expect(existsSync(addonDir(dir, process.platform, process.arch))).toBe(false);
    const [call] = calls(dir);
    expect(call).toMatchObject({ nodedir: null, hadOldBuild: false });
    expect(call!.args).toEqual(expect.arrayContaining(['--target=45.5.0', '--runtime=electron', `--arch=${process.arch}`]));
  });

  it('keeps a build with Electron’s ABI and reuses it without compiling again', () => {
    const dir = fakeProject('right', Buffer.from('\0ELF fake addon node_register_module_v150\0'));
    const target = { root: dir, electronVersion: '45.5.0', abi: 150, platform: process.platform, arch: process.arch };
    const addon = electronAddon(target, () => undefined);
    expect(readAddonAbi(addon)).toEqual({ kind: 'v8', abi: 150 });
    expect(electronAddon(target, () => undefined)).toBe(addon);
    expect(calls(dir)).toHaveLength(1);
    // A new Electron version invalidates the cache.
    electronAddon({ ...target, electronVersion: '45.6.0' }, () => undefined);
    expect(calls(dir)).toHaveLength(2);
  });
});

describe('packaging configuration', () => {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    author: { email?: string };
  };

  it('has what the Linux packages need: homepage, maintainer e-mail, desktop name; deb first', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author.email).toMatch(/@/);
    expect(pkg.desktopName).toBe('review-desk.desktop');
    expect(yml).toMatch(/maintainer: .*<[^>]+@[^>]+>/);
    expect(yml).toMatch(/target: \[deb, AppImage\]/);
    expect(yml).toMatch(/executableName: review-desk\n/);
  });

  it('never rebuilds node_modules in place, and ships no build tools as dependencies', () => {
    expect(yml).toMatch(/^npmRebuild: false$/m);
    expect(pkg.scripts.dist).not.toMatch(/rebuild/);
    expect(pkg.scripts['build:main']).toMatch(/rmSync\(d/);
    for (const tool of ['tsx', 'node-gyp', '@electron/rebuild', 'electron', 'electron-builder']) expect(pkg.dependencies[tool], tool).toBeUndefined();
    for (const tool of ['tsx', 'node-gyp', '@electron/asar']) expect(pkg.devDependencies[tool], tool).toBeDefined();
  });

  it('signs macOS builds ad hoc when there is no certificate, for both Apple Silicon and Intel', () => {
    expect(yml).toMatch(/identity: "-"/);
    expect(yml).toMatch(/resetAdHocDarwinSignature: true/);
    expect(yml).toMatch(/arch: \[arm64, x64\]/);
    expect(yml).toMatch(/minimumSystemVersion: "11\.0"/);
    expect(readFileSync(join(root, 'resources', 'packaging', 'installer.nsh'), 'utf8')).toMatch(/AtLeastWin10/);
  });
});

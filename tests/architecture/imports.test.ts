import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(c|m)?tsx?$|\.(c|m)?js$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports, requires or re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!);
  return found;
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);
const insideFolder = (file: string, spec: string, folder: string) =>
  resolve(root, dirname(file), spec).startsWith(join(root, folder) + sep);

describe('architecture boundaries', () => {
  const mainFiles = sourceFiles('main');
  const sharedFiles = sourceFiles('shared');
  // The build files at renderer/'s top (vite.config.ts and its plugins, vite-*.ts) run in Node, when Vite builds.
  const rendererFiles = sourceFiles('renderer').filter((f) => !/^renderer[\\/]vite[.-][\w.-]*\.ts$/.test(f));

  it('finds the sources it checks', () => {
    expect(mainFiles.length).toBeGreaterThan(10);
    expect(sharedFiles.length).toBeGreaterThan(3);
    expect(rendererFiles.length).toBeGreaterThan(3);
  });

  it('imports electron only in main/app', () => {
    const offenders = [...mainFiles, ...sharedFiles, ...rendererFiles, ...sourceFiles('tests')]
      .filter((f) => !f.startsWith(join('main', 'app') + sep))
      .filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer off Node, Electron and main/', () => {
    const offenders = rendererFiles.flatMap((f) =>
      importsOf(f)
        .filter((s) => isNodeBuiltin(s) || s === 'electron' || (s.startsWith('.') && insideFolder(f, s, 'main')))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps user settings out of the browser profile (they live in the archive: preferences.*)', () => {
    // Only the one-time move of values older versions left in localStorage may still read it.
    const offenders = rendererFiles
      .filter((f) => f !== join('renderer', 'src', 'auth', 'preferences.ts'))
      .filter((f) => /\b(localStorage|sessionStorage|indexedDB)\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('lets shared/ import only zod and itself', () => {
    const offenders = sharedFiles.flatMap((f) =>
      importsOf(f)
        .filter((s) => (s.startsWith('.') ? !insideFolder(f, s, 'shared') : s !== 'zod'))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps main/core below the doors', () => {
    const doors = ['api', 'app', 'server', 'cli'].map((d) => join('main', d));
    const offenders = mainFiles
      .filter((f) => f.startsWith(join('main', 'core') + sep))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.startsWith('.') && doors.some((d) => insideFolder(f, s, d)))
          .map((s) => `${f}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('has the top level the project promises', () => {
    const entries = readdirSync(root).filter((n) => !n.startsWith('.') && !['node_modules', 'build', 'dist', 'release'].includes(n));
    expect(entries.sort()).toEqual(
      ['README.md', 'electron-builder.yml', 'main', 'package-lock.json', 'package.json', 'renderer', 'resources', 'shared', 'tests', 'tsconfig.json'].sort(),
    );
    expect(relative(root, join(root, '.ci', 'run'))).toBe(join('.ci', 'run'));
  });
});

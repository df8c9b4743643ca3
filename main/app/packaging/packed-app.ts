// Checks a packed app (the `resources` folder electron-builder makes) against what the program loads at
// run time, so a file left out of — or stale in — the package fails the build instead of the user's start.
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { ADDON_FILE } from './electron-addon.js';

/** Where the packaged app finds better-sqlite3's Electron build: outside the asar, next to it. */
export const PACKED_ADDON = posix.join('native', ADDON_FILE);

/** Files of app.asar as forward-slash paths without a leading slash. */
export function asarFiles(resourcesDir: string): Set<string> {
  const archive = join(resourcesDir, 'app.asar');
  const entries = listPackage(archive, { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\/+/, ''));
  // The listing names folders too; a folder is any entry another entry lies in.
  const folders = new Set(entries.flatMap((e) => e.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  return new Set(entries.filter((e) => !folders.has(e)));
}

function sourceFiles(dir: string, base = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name), posix.join(base, entry.name)) : [posix.join(base, entry.name)],
  );
}

/** Module specifiers a compiled file names literally: static and dynamic imports, require, new URL(…, import.meta.url). */
export function specifiersOf(code: string): { modules: string[]; urls: string[] } {
  const modules = new Set<string>();
  // Import clauses hold no quotes or semicolons, so these cannot run into SQL or strings that say "from '…'".
  const patterns = [
    /^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"\s]+)['"]/gm,
    /^\s*import\s*['"]([^'"\s]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"\s]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"\s]+)['"]\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) modules.add(m[1]!);
  }
  const urls = [...code.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]!);
  return { modules: [...modules], urls };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const BUILTINS = new Set(builtinModules);

/** Entry points Electron and our own code start: the main module, the preload, the extraction worker. */
const ENTRY_POINTS = ['build/main/app/index.js', 'build/main/app/preload.cjs', 'build/main/core/documents/extract-worker.js'];

/** Follows every literal import from the entry points through the asar; lists what is missing. */
function missingImports(resourcesDir: string, files: Set<string>): string[] {
  const archive = join(resourcesDir, 'app.asar');
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.filter((f) => {
    if (files.has(f)) return true;
    problems.push(`entry point ${f} is not in app.asar`);
    return false;
  });
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { modules, urls } = specifiersOf(extractFile(archive, file).toString('utf8'));
    for (const spec of modules) {
      if (spec.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(file), spec));
        if (!files.has(target)) problems.push(`${file} imports ${spec}, which is not in app.asar`);
        else if (/\.(c|m)?js$/.test(target)) queue.push(target);
      } else if (!spec.startsWith('node:') && !BUILTINS.has(spec) && spec !== 'electron') {
        const name = packageName(spec);
        if (!files.has(`node_modules/${name}/package.json`)) problems.push(`${file} imports ${spec}, but node_modules/${name} is not in app.asar`);
      }
    }
    for (const url of urls) {
      const target = posix.normalize(posix.join(posix.dirname(file), url)).replace(/\/$/, '');
      const present = files.has(target) || [...files].some((f) => f.startsWith(`${target}/`));
      if (!present) problems.push(`${file} reads ${url}, which is not in app.asar`);
    }
  }
  return problems;
}

/** Every file of a source folder must be in the asar under `packedDir`, and nothing else in that folder. */
function sameFolder(files: Set<string>, sourceDir: string, packedDir: string, filter: (f: string) => boolean = () => true): string[] {
  const expected = new Set(sourceFiles(sourceDir).filter(filter).map((f) => posix.join(packedDir, f)));
  const packed = [...files].filter((f) => f.startsWith(`${packedDir}/`) && filter(f.slice(packedDir.length + 1)));
  return [
    ...[...expected].filter((f) => !files.has(f)).map((f) => `${f} is missing from app.asar`),
    ...packed.filter((f) => !expected.has(f)).map((f) => `${f} is in app.asar but not in the sources (stale build?)`),
  ];
}

/** Files that must not ship: build tools, sources of the native module, source maps, the packaging code itself. */
const FORBIDDEN = [
  /^node_modules\/(tsx|esbuild|@esbuild|typescript|vite|vitest|electron|electron-builder)\//,
  /^node_modules\/better-sqlite3\/(src|deps|build)\//,
  /\.map$/,
  /^build\/main\/app\/packaging\//,
  /^build\/main\/app\/launch\.js$/,
  /^tests\//,
];

/** Folders that may sit outside the asar: N-API native modules and the libraries they load. */
const UNPACKED_ALLOWED = ['node_modules/@napi-rs/', 'node_modules/onnxruntime-node/', 'node_modules/sharp/', 'node_modules/@img/'];

export interface PackedAppCheck {
  problems: string[];
  fileCount: number;
}

/**
 * Checks `resourcesDir` (…/resources of a packed app) against the source tree in `root`: the import graph
 * of the main process, the preload and the extraction worker; the migrations (exactly the source set, so
 * a renamed one cannot linger); the renderer and the assets its index.html names; the shipped resources;
 * pdf.js with its cMaps and standard fonts; every production dependency; the native addon outside the asar.
 */
export function checkPackedApp(resourcesDir: string, root: string): PackedAppCheck {
  const files = asarFiles(resourcesDir);
  const problems = missingImports(resourcesDir, files);
  problems.push(...sameFolder(files, join(root, 'main', 'core', 'store', 'migrations'), 'build/main/core/store/migrations', (f) => f.endsWith('.sql')));
  problems.push(...sameFolder(files, join(root, 'build', 'renderer'), 'build/renderer', (f) => !f.endsWith('.map')));
  problems.push(...sameFolder(files, join(root, 'resources'), 'resources', (f) => !f.startsWith('packaging/')));
  const archive = join(resourcesDir, 'app.asar');
  if (files.has('build/renderer/index.html')) {
    const html = extractFile(archive, 'build/renderer/index.html').toString('utf8');
    for (const m of html.matchAll(/(?:src|href)="\/?([^"#?]+)"/g)) {
      const asset = posix.join('build/renderer', m[1]!);
      if (!/^[a-z]+:/.test(m[1]!) && !files.has(asset)) problems.push(`index.html names ${m[1]}, which is not in app.asar`);
    }
  }
  const pdfjs = join(root, 'node_modules', 'pdfjs-dist');
  for (const f of ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs']) {
    if (!files.has(`node_modules/pdfjs-dist/${f}`)) problems.push(`pdf.js ${f} is missing from app.asar`);
  }
  problems.push(...sameFolder(files, join(pdfjs, 'cmaps'), 'node_modules/pdfjs-dist/cmaps'));
  problems.push(...sameFolder(files, join(pdfjs, 'standard_fonts'), 'node_modules/pdfjs-dist/standard_fonts'));
  const pkg = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main?: string; dependencies?: Record<string, string> };
  if (!pkg.main || !files.has(pkg.main)) problems.push(`package.json "main" (${pkg.main}) is not in app.asar`);
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (!files.has(`node_modules/${dep}/package.json`)) problems.push(`dependency ${dep} is missing from app.asar`);
  }
  for (const f of files) if (FORBIDDEN.some((re) => re.test(f))) problems.push(`${f} must not be packed`);
  if (!existsSync(join(resourcesDir, PACKED_ADDON))) problems.push(`${PACKED_ADDON} is missing next to app.asar`);
  if (existsSync(join(resourcesDir, 'app.asar.unpacked'))) {
    // Only N-API addons (they load in any runtime, no rebuild for Electron) are unpacked, since a native
    // module must be a real file: pdf.js's canvas, OCR's onnxruntime and sharp with its libvips (issue 15).
    for (const f of sourceFiles(join(resourcesDir, 'app.asar.unpacked'))) {
      if (!UNPACKED_ALLOWED.some((prefix) => f.startsWith(prefix))) {
        problems.push(`app.asar.unpacked/${f} is unpacked; only ${UNPACKED_ALLOWED.join(', ')} should be`);
      }
    }
  }
  return { problems, fileCount: files.size };
}

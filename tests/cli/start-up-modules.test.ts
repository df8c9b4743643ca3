import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';

/**
 * Issue 17: a light command's start-up loads what it needs. Opening an archive once pulled in the rules
 * engine (through the search index rebuild), the checklists' schemas, the restore code and the statute
 * store, and zod with them — 243 modules for `users list` on an empty archive, ~0.4 s. Structure, not time:
 * the sources are run (through tsx) with a resolve hook listing every module the process loads, and the
 * list is checked for what these commands must not load.
 */
const root = resolve(import.meta.dirname, '..', '..');
const hook = pathToFileURL(join(root, 'tests', 'support', 'module-trace', 'register.mjs')).href;
const temp = makeTempDir();
afterAll(() => temp.remove());
const data = join(temp.dir, 'data');
let traces = 0;

/** Runs node on `args` (source modules through tsx); returns its output and the modules it loaded, relative to the root. */
function traced(args: string[]): { status: number | null; stdout: string; stderr: string; modules: string[] } {
  const out = join(temp.dir, `trace-${++traces}.txt`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', hook, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MODULE_TRACE_OUT: out },
  });
  const rootUrl = pathToFileURL(root).href + '/';
  const modules = [...new Set(readFileSync(out, 'utf8').split('\n').filter(Boolean))].map((u) => u.replace(rootUrl, ''));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, modules };
}

const cli = (...args: string[]) => traced([join('main', 'cli', 'main.ts'), ...args, '--data', data]);

/** Modules none of these start-ups may load, by what they are. */
const FORBIDDEN: [string, RegExp][] = [
  ['the rules engine', /^main\/core\/rules\//],
  ['zod', /node_modules\/zod\//],
  ['the checklists loader', /^main\/core\/checklists\/(load|index)\.ts$/],
  ['the restore code', /^main\/core\/backup\/restore\.ts$/],
  ['the statute store', /^main\/core\/statutes\/statute-store\.ts$/],
  ['the router', /^main\/api\//],
  ['the contract schemas', /^shared\/contract\//],
];
const forbiddenIn = (modules: string[], allow: string[] = []) =>
  FORBIDDEN.filter(([what]) => !allow.includes(what)).flatMap(([what, pattern]) => modules.filter((m) => pattern.test(m)).map((m) => `${what}: ${m}`));

describe('what a light command loads at start-up (issue 17)', { timeout: 300_000 }, () => {
  it('the trace sees the modules a process loads (the pre-checks do load the rules engine and zod)', () => {
    const run = traced(['--input-type=module', '-e', "await import('./main/core/documents/prepare-work.ts');"]);
    expect(run.status, run.stderr).toBe(0);
    expect(forbiddenIn(run.modules).map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['the rules engine', 'zod']));
  });

  it('importing the core (openCore) loads no rules, zod, checklists loader, restore, statute store or contract', () => {
    const run = traced(['--input-type=module', '-e', "await import('./main/core/core.ts');"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.modules).toContain('main/core/core.ts');
    expect(forbiddenIn(run.modules)).toEqual([]);
  });

  it('`users list` on a new archive opens and closes it without them', () => {
    const run = cli('users', 'list');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('尚无账号');
    expect(run.modules).toContain('main/core/store/open-database.ts');
    expect(forbiddenIn(run.modules)).toEqual([]);
  });

  it('`search` with a plain query loads the search service and none of them; a refused one still gets the schema’s words', () => {
    const run = cli('search', '合同');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('没有找到匹配的内容');
    expect(run.modules).toContain('main/core/search/search-service.ts');
    expect(forbiddenIn(run.modules)).toEqual([]);
    const refused = cli('search', '   ');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('请输入检索词');
  });

  it('`stats` loads none of them (its stored settings and the holiday data are checked without zod); a refused period gets the schema’s words', () => {
    const run = cli('stats', '--from', '2026-01-01', '--to', '2026-12-31');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('审查事项 0 件');
    expect(run.modules).toContain('main/core/workflow/workflow-data-check.ts');
    expect(forbiddenIn(run.modules)).toEqual([]);
    const refused = cli('stats', '--from', '2026-12-31', '--to', '2026-01-01');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('起始日期不能晚于截止日期');
  });
});

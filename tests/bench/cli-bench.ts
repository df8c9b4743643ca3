/**
 * CLI start-up (issue 17): milliseconds from spawning `node` to the first byte on stdout, medians of
 * runs that alternate between the ways of starting, so machine load affects them alike:
 * - `--help` and `--version` of the built JavaScript (build/main/cli/main.js), which load no command;
 * - each command's `--help`, which loads that command's module and everything it imports;
 * - the baseline in the same run: the built program with every command module loaded, as every call
 *   did before (index.js buildFullProgram), and the source checkout's TypeScript loader (tsx);
 * - plain `node -e` printing one line, the floor no command can beat;
 * - real light calls on a small archive (`users list`, `search`, `stats`), to the first line they print;
 * - with BENCH_CLI_BASELINE=<another build folder> (e.g. a copy of build/ made on the commit before a
 *   change, with node_modules linked beside it), each command's `--help` and light call from that build
 *   too, in the same rounds, and the after/before ratios.
 * Needs `npm run build:main` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from '../../main/cli/command-table.js';
import { projectRoot } from '../../main/core/paths.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds until the child's first stdout byte (the run then finishes before the next starts). */
function firstOutputMs(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first: number | null = null;
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => (first ??= performance.now() - t0));
    child.on('error', reject);
    child.on('close', () => (first === null ? reject(new Error(`no output: ${args.join(' ')}`)) : resolve(first)));
  });
}

export async function benchCli(): Promise<object> {
  const root = projectRoot();
  const built = join(root, 'build', 'main', 'cli', 'main.js');
  if (!existsSync(built)) throw new Error('CLI not built: run `npm run build:main` first');
  const index = pathToFileURL(join(root, 'build', 'main', 'cli', 'index.js')).href;
  const data = mkdtempSync(join(tmpdir(), 'rd-cli-bench-'));
  // A small archive for the light calls (made once, by this build).
  await firstOutputMs([built, 'users', 'list', '--data', data]);
  const light = (main: string) => ({
    'users list': { args: [main, 'users', 'list', '--data', data] },
    search: { args: [main, 'search', '合同', '--data', data] },
    stats: { args: [main, 'stats', '--from', '2026-01-01', '--to', '2026-12-31', '--data', data] },
  });
  const baseline = process.env.BENCH_CLI_BASELINE ? join(process.env.BENCH_CLI_BASELINE, 'main', 'cli', 'main.js') : null;
  if (baseline && !existsSync(baseline)) throw new Error(`no baseline build at ${baseline}`);
  const ways: Record<string, { args: string[]; env?: NodeJS.ProcessEnv }> = {
    nodeFloor: { args: ['-e', 'console.log(1)'] },
    help: { args: [built, '--help'] },
    version: { args: [built, '--version'] },
    helpAllModulesLoaded: {
      args: ['--input-type=module', '-e', `const p = await (await import(${JSON.stringify(index)})).buildFullProgram(); p.outputHelp();`],
    },
    helpThroughTsxFromSource: { args: [join(root, 'main', 'cli', 'bin.js'), '--help'], env: { ...process.env, REVIEW_DESK_FROM_SOURCE: '1' } },
    ...Object.fromEntries(COMMANDS.map((c) => [`${c.name} --help`, { args: [built, c.name, '--help'] }])),
    ...light(built),
    ...(baseline
      ? {
          ...Object.fromEntries(COMMANDS.map((c) => [`before: ${c.name} --help`, { args: [baseline, c.name, '--help'] }])),
          ...Object.fromEntries(Object.entries(light(baseline)).map(([k, v]) => [`before: ${k}`, v])),
        }
      : {}),
  };
  const times: Record<string, number[]> = {};
  for (let run = 0; run <= RUNS; run++) {
    for (const [name, way] of Object.entries(ways)) {
      const ms = await firstOutputMs(way.args, way.env);
      if (run > 0) (times[name] ??= []).push(ms); // run 0 warms the disk cache
    }
  }
  rmSync(data, { recursive: true, force: true });
  const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))]));
  const commands = COMMANDS.map((c) => medians[`${c.name} --help`]!);
  const ratioToBefore = baseline
    ? Object.fromEntries(
        [...COMMANDS.map((c) => `${c.name} --help`), ...Object.keys(light(built))].map((k) => [k, Number((medians[k]! / medians[`before: ${k}`]!).toFixed(2))]),
      )
    : undefined;
  return {
    runs: RUNS,
    medianMs: medians,
    ratioToBefore,
    ratioSlowestCommandHelpToNodeFloor: Number((Math.max(...commands) / medians.nodeFloor!).toFixed(2)),
    slowestCommandHelpMs: Math.max(...commands),
    ratioHelpToAllModulesLoaded: Number((medians.help! / medians.helpAllModulesLoaded!).toFixed(2)),
    ratioHelpToTsxFromSource: Number((medians.help! / medians.helpThroughTsxFromSource!).toFixed(2)),
    target: 'every command ≤ 300 ms to first output',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchCli(), null, 2));
}

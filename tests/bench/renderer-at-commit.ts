import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../main/core/paths.js';

/**
 * The renderer as it was at `commit`, built into `outDir` with this checkout's node_modules: the
 * "before" of a same-run before/after benchmark. Needs the project's git history (`git archive`).
 */
export function buildRendererAt(commit: string, work: string, outDir: string): void {
  const root = projectRoot();
  mkdirSync(work, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit, 'renderer', 'shared', 'tsconfig.json', 'package.json'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', work], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: work,
    env: { ...process.env, REVIEW_DESK_RENDERER_OUT: outDir, REVIEW_DESK_SINGLE_BUNDLE: '' },
    stdio: 'inherit',
  });
}

/**
 * The baseline of the same-run comparisons: main at a6a3cf0, before issue 17's third round (first screen:
 * antd styles generated at run time, the session asked after the shell rendered, the queue page pulling
 * zod; ledger: 100-row pages from the server). Earlier rounds compared with 4bf5daa.
 */
export const BEFORE_COMMIT = process.env.BENCH_BEFORE_COMMIT ?? 'a6a3cf0e4ebb7857ecbe6e028c4d8777b0bf386a';

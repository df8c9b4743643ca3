/**
 * Builds statute stores in a worker thread so the app stays responsive; one build per data folder at a
 * time, its progress kept for law.status to report.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultResourcesDir } from '../checklists/resources-dir.js';
import { statuteDbPath } from './statute-db.js';

export interface BuildState {
  building: boolean;
  progress: number;
  error: string | null;
  done: Promise<void>;
}

const builds = new Map<string, BuildState>();

export function buildState(dataDir: string): BuildState | undefined {
  return builds.get(dataDir);
}

/** In a source checkout the worker registers tsx first (as the extraction pool does). */
function startWorker(data: { file: string; resourcesDir: string }): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./build-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: data });
  const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

/** Starts (or returns the running) build of the store of `dataDir`. */
export function startBuild(dataDir: string, resourcesDir = defaultResourcesDir()): BuildState {
  const running = builds.get(dataDir);
  if (running?.building) return running;
  let settle!: () => void;
  const state: BuildState = { building: true, progress: 0, error: null, done: new Promise<void>((r) => (settle = r)) };
  builds.set(dataDir, state);
  const worker = startWorker({ file: statuteDbPath(dataDir), resourcesDir });
  worker.on('message', (m: { type: 'progress'; progress: number } | { type: 'done' } | { type: 'error'; message: string }) => {
    if (m.type === 'progress') state.progress = m.progress;
    else if (m.type === 'done') state.progress = 1;
    else state.error = `法规库初始化失败：${m.message}`;
  });
  const finish = () => {
    state.building = false;
    settle();
  };
  worker.on('error', (e) => {
    state.error = `法规库初始化失败：${e.message}`;
    finish();
  });
  worker.on('exit', finish);
  return state;
}

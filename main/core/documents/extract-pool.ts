import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { ExtractedDocument } from './extract.js';
import type { ImportLimits } from './limits.js';
import { refusals } from './refusals.js';

export interface WorkerRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits: ImportLimits;
}
/** Main thread → worker: a file to read, or a request to stop reading one. */
export type WorkerMessage = WorkerRequest | { id: number; cancel: true };
export type WorkerReply =
  | { id: number; progress: { done: number; total: number } }
  | { id: number; ok: true; result: ExtractedDocument }
  | { id: number; ok: false; code: string | null; message: string };

interface Pending {
  fileName: string;
  onProgress?: (progress: { done: number; total: number }) => void;
  resolve: (value: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

/**
 * With an explicit heap limit, a runaway document (huge XML) ends its worker with an out-of-memory
 * error instead of the whole app. The limit is the process's own default: a smaller one makes V8
 * collect garbage so eagerly that mammoth runs ~25% slower.
 */
const WORKER_HEAP_MB = Math.round(getHeapStatistics().heap_size_limit / (1024 * 1024));

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * In a source checkout (tests, `npx review-desk`) this module is TypeScript run by tsx, and the worker
 * must register tsx before loading its TypeScript entry; the built app runs the compiled .js directly.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extract-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  let w: Worker;
  if (fromSource) {
    const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
    w = new Worker(boot, { eval: true, resourceLimits });
  } else {
    w = new Worker(entry, { resourceLimits });
  }
  w.on('message', (reply: WorkerReply) => {
    const task = pending.get(reply.id);
    if (!task) return;
    if ('progress' in reply) {
      task.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) task.resolve(reply.result);
    else if (reply.code) task.reject(new AppError(reply.code, reply.message));
    else task.reject(refusals.extractFailed(task.fileName, '读取时发生意外错误', reply.message));
  });
  const fail = (why: string) => {
    if (worker === w) worker = null;
    for (const [id, task] of pending) {
      pending.delete(id);
      task.reject(refusals.extractFailed(task.fileName, why));
    }
  };
  w.on('error', (e) => {
    if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      // The heap cap did its job: only this file fails, in Chinese, and the next file gets a new worker.
      if (worker === w) worker = null;
      for (const [id, task] of pending) {
        pending.delete(id);
        task.reject(refusals.outOfMemory(task.fileName, WORKER_HEAP_MB));
      }
      return;
    }
    fail(`读取程序出错：${e.message.slice(0, 120)}`);
  });
  w.on('exit', () => fail('读取程序意外退出，可能是文件过于复杂或内存不足'));
  return w;
}

/** Progress (pages read by OCR) and cancel of one extraction. */
export interface ExtractionHooks {
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/**
 * Extracts a file in the background thread; resolves or rejects exactly like `extractFile`. Aborting
 * `signal` stops an OCR job between pages or line batches (rejects with document.ocr-cancelled).
 */
export function extractInWorker(
  fileName: string,
  bytes: Buffer,
  limits: ImportLimits,
  hooks: ExtractionHooks = {},
): Promise<ExtractedDocument> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  // A private copy is transferred, so the caller's buffer stays usable (it is hashed and stored).
  const copy = new Uint8Array(bytes);
  return new Promise<ExtractedDocument>((resolve, reject) => {
    pending.set(id, { fileName, resolve, reject, onProgress: hooks.onProgress });
    w.ref();
    w.postMessage({ id, fileName, bytes: copy, limits } satisfies WorkerMessage, [copy.buffer]);
    const cancel = () => w.postMessage({ id, cancel: true } satisfies WorkerMessage);
    if (hooks.signal?.aborted) cancel();
    else hooks.signal?.addEventListener('abort', cancel, { once: true });
  });
}

/** Stops the background thread (tests, shutdown); a later import starts a new one. */
export async function stopExtractionWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

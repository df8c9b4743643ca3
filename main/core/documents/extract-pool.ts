import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { ExtractedDocument } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { CheckTarget, PreparedWork } from './prepare-work.js';
import { refusals } from './refusals.js';
import type { StoredExtraction } from './stored-extraction.js';
import { ResultAssembler, type ExtractionHead, type FeedPiece, type Piece, type ResultHeader } from './worker-pieces.js';

/**
 * A file to extract (`bytes`), or an extraction already stored (`reuse`: its head here, its text in
 * `feed` messages that follow, then `fed`), plus what to check it for.
 */
export interface WorkerRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array | null;
  reuse: ExtractionHead | null;
  limits: ImportLimits;
  check: CheckTarget | null;
}
/** Everything the import needs before it writes: the text, its search parts and the pre-checks' findings. */
export interface WorkerResult {
  extracted: ExtractedDocument;
  work: PreparedWork;
}
/**
 * The main thread feeds a stored extraction in pieces (`feed`, then `fed`), asks for the pieces of a
 * finished result one by one (`pull`), then lets the worker drop it (`release`).
 */
export type WorkerControl =
  | { kind: 'feed'; id: number; piece: FeedPiece }
  | { kind: 'fed'; id: number }
  | { kind: 'pull'; id: number; index: number }
  | { kind: 'release'; id: number };
/** Main thread → worker: a file to prepare, a piece pull/release, or a request to stop reading a file. */
export type WorkerMessage = WorkerRequest | WorkerControl | { id: number; cancel: true };
export type WorkerReply =
  | { id: number; progress: { done: number; total: number } }
  | { id: number; ok: true; kind: 'header'; header: ResultHeader; pieces: number }
  | { id: number; ok: true; kind: 'piece'; index: number; piece: Piece }
  | { id: number; ok: false; code: string | null; message: string };

interface Pending {
  fileName: string;
  onProgress?: (progress: { done: number; total: number }) => void;
  resolve: (value: WorkerResult) => void;
  reject: (error: Error) => void;
  /** While the pieces are being pulled: who waits for the next one. */
  onPiece?: (piece: Piece) => void;
}

/**
 * With an explicit heap limit, a runaway document (huge XML) ends its worker with an out-of-memory
 * error instead of the whole app. The limit is the process's own default: a smaller one makes V8
 * collect garbage so eagerly that mammoth runs ~25% slower.
 */
const DEFAULT_WORKER_HEAP_MB = Math.round(getHeapStatistics().heap_size_limit / (1024 * 1024));
let workerHeapMb = DEFAULT_WORKER_HEAP_MB;

/**
 * Sets the extraction worker's heap cap in MB (null: the default) and stops the current worker so the
 * next file gets one with the new cap. Tests use a small cap to prove a too-large file fails alone.
 */
export async function setExtractionHeapLimit(mb: number | null): Promise<void> {
  workerHeapMb = mb ?? DEFAULT_WORKER_HEAP_MB;
  await stopExtractionWorker();
}

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
  const heapMb = workerHeapMb;
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  let w: Worker;
  if (fromSource) {
    const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
    w = new Worker(boot, { eval: true, resourceLimits });
  } else {
    w = new Worker(entry, { resourceLimits });
  }
  const settle = (id: number) => {
    pending.delete(id);
    if (pending.size === 0) w.unref();
  };
  w.on('message', (reply: WorkerReply) => {
    const task = pending.get(reply.id);
    if (!task) return;
    if ('progress' in reply) {
      task.onProgress?.(reply.progress);
    } else if (!reply.ok) {
      settle(reply.id);
      if (reply.code) task.reject(new AppError(reply.code, reply.message));
      else task.reject(refusals.extractFailed(task.fileName, '读取时发生意外错误', reply.message));
    } else if (reply.kind === 'piece') {
      task.onPiece?.(reply.piece);
    } else {
      pullPieces(w, reply.id, task, reply.pieces, new ResultAssembler(reply.header)).then(
        (assembled) => {
          settle(reply.id);
          task.resolve(assembled.finish());
        },
        (e: unknown) => {
          settle(reply.id);
          task.reject(e as Error);
        },
      );
    }
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
        task.reject(refusals.outOfMemory(task.fileName, heapMb));
      }
      return;
    }
    fail(`读取程序出错：${e.message.slice(0, 120)}`);
  });
  w.on('exit', () => fail('读取程序意外退出，可能是文件过于复杂或内存不足'));
  return w;
}

/** Asks for each piece after a turn of the event loop, so requests are answered in between. */
async function pullPieces(w: Worker, id: number, task: Pending, count: number, assembled: ResultAssembler): Promise<ResultAssembler> {
  try {
    for (let index = 0; index < count; index++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!pending.has(id)) throw refusals.extractFailed(task.fileName, '读取程序意外退出');
      assembled.add(
        await new Promise<Piece>((resolve) => {
          task.onPiece = resolve;
          w.postMessage({ kind: 'pull', id, index } satisfies WorkerMessage);
        }),
      );
    }
    return assembled;
  } finally {
    task.onPiece = undefined;
    w.postMessage({ kind: 'release', id } satisfies WorkerMessage);
  }
}

/** Sends a stored extraction to the worker a page per message (stored-extraction.ts), while the job is alive. */
function feed(w: Worker, id: number, reuse: StoredExtraction): void {
  void (async () => {
    try {
      for await (const piece of reuse.pieces()) {
        if (!pending.has(id)) return;
        w.postMessage({ kind: 'feed', id, piece } satisfies WorkerMessage);
      }
      w.postMessage({ kind: 'fed', id } satisfies WorkerMessage);
    } catch (e) {
      // The archive could not be read (closed meanwhile): the import fails instead of waiting forever.
      const task = pending.get(id);
      if (!task) return;
      pending.delete(id);
      w.postMessage({ kind: 'release', id } satisfies WorkerMessage);
      task.reject(refusals.extractFailed(task.fileName, '读取已存档的文本时出错', String((e as Error)?.message ?? e)));
    }
  })();
}

/** Progress (pages read by OCR) and cancel of one extraction. */
export interface ExtractionHooks {
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/**
 * Extracts a file (or takes a stored extraction), encodes its search parts and runs the pre-checks, in
 * the background thread; a refusal rejects exactly like `extractFile`. Aborting `hooks.signal` stops an
 * OCR job between pages or line batches (rejects with document.ocr-cancelled).
 */
export function prepareInWorker(
  fileName: string,
  source: { bytes: Buffer } | { reuse: StoredExtraction },
  limits: ImportLimits,
  check: CheckTarget | null,
  hooks: ExtractionHooks = {},
): Promise<WorkerResult> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  // A private copy is transferred, so the caller's buffer stays usable (it is hashed and stored).
  const copy = 'bytes' in source ? new Uint8Array(source.bytes) : null;
  const reuse = 'reuse' in source ? source.reuse : null;
  const cancel = () => {
    if (pending.has(id)) w.postMessage({ id, cancel: true } satisfies WorkerMessage);
  };
  const result = new Promise<WorkerResult>((resolve, reject) => {
    pending.set(id, { fileName, resolve, reject, onProgress: hooks.onProgress });
    w.ref();
    w.postMessage({ id, fileName, bytes: copy, reuse: reuse?.head ?? null, limits, check } satisfies WorkerMessage, copy ? [copy.buffer] : []);
    if (reuse) feed(w, id, reuse);
    if (hooks.signal?.aborted) cancel();
    else hooks.signal?.addEventListener('abort', cancel, { once: true });
  });
  // A long-lived signal (one per import job) must not keep listeners of finished files.
  const forget = () => hooks.signal?.removeEventListener('abort', cancel);
  result.then(forget, forget);
  return result;
}

/** Stops the background thread (tests, shutdown); a later import starts a new one. */
export async function stopExtractionWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

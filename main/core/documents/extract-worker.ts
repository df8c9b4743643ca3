import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractFile } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { WorkerMessage, WorkerReply } from './extract-pool.js';

/** The extraction thread: receives files, answers with extracted text or the refusal. */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

/** Jobs asked to stop; OCR checks between pages and line batches (the thread stays responsive meanwhile). */
const cancelled = new Set<number>();

port.on('message', (request: WorkerMessage) => {
  if ('cancel' in request) {
    cancelled.add(request.id);
    return;
  }
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const hooks = {
    onProgress: (progress: { done: number; total: number }) => port.postMessage({ id: request.id, progress } satisfies WorkerReply),
    isCancelled: () => cancelled.has(request.id),
  };
  extractFile(request.fileName, bytes, request.limits as ImportLimits, hooks).finally(() => cancelled.delete(request.id)).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
    (e: unknown) => {
      const reply: WorkerReply = isAppError(e)
        ? { id: request.id, ok: false, code: e.code, message: e.message }
        : { id: request.id, ok: false, code: null, message: String((e as Error)?.message ?? e).slice(0, 300) };
      port.postMessage(reply);
    },
  );
});

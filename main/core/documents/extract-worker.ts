import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractFile } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './extract-pool.js';
import { prepareWork } from './prepare-work.js';
import { splitResult, type Piece } from './worker-pieces.js';

/**
 * The import thread: extracts each file (or takes a stored extraction), encodes the search parts and
 * runs the pre-checks, and answers with the result's header or the refusal; the main thread then pulls
 * the result in pieces (worker-pieces.ts). The main thread only writes rows.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

/** Finished results whose pieces the main thread is still pulling. */
const held = new Map<number, Piece[]>();
/** Jobs asked to stop; OCR checks between pages and line batches (the thread stays responsive meanwhile). */
const cancelled = new Set<number>();

async function handle(request: WorkerRequest) {
  const hooks = {
    onProgress: (progress: { done: number; total: number }) => port!.postMessage({ id: request.id, progress } satisfies WorkerReply),
    isCancelled: () => cancelled.has(request.id),
  };
  try {
    const extracted = request.reuse
      ? request.reuse
      : await extractFile(
          request.fileName,
          Buffer.from(request.bytes!.buffer, request.bytes!.byteOffset, request.bytes!.byteLength),
          request.limits as ImportLimits,
          hooks,
        );
    return splitResult(extracted, prepareWork(extracted, request.check));
  } finally {
    cancelled.delete(request.id);
  }
}

port.on('message', (message: WorkerMessage) => {
  if ('cancel' in message) {
    cancelled.add(message.id);
    return;
  }
  if ('kind' in message) {
    if (message.kind === 'release') {
      held.delete(message.id);
      cancelled.delete(message.id); // a cancel that came after the file was read
    } else port.postMessage({ id: message.id, ok: true, kind: 'piece', index: message.index, piece: held.get(message.id)![message.index]! } satisfies WorkerReply);
    return;
  }
  const request = message;
  handle(request).then(
    ({ header, pieces }) => {
      held.set(request.id, pieces);
      port.postMessage({ id: request.id, ok: true, kind: 'header', header, pieces: pieces.length } satisfies WorkerReply);
    },
    (e: unknown) => {
      const reply: WorkerReply = isAppError(e)
        ? { id: request.id, ok: false, code: e.code, message: e.message }
        : { id: request.id, ok: false, code: null, message: String((e as Error)?.message ?? e).slice(0, 300) };
      port.postMessage(reply);
    },
  );
});

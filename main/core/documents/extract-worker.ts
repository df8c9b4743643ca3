import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractFile, type ExtractedDocument } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './extract-pool.js';
import { prepareWork } from './prepare-work.js';
import { FeedAssembler, splitResult, type Piece } from './worker-pieces.js';

/**
 * The import thread: extracts each file (or takes a stored extraction, fed in pieces), encodes the search parts and
 * runs the pre-checks, and answers with the result's header or the refusal; the main thread then pulls
 * the result in pieces (worker-pieces.ts). The main thread only writes rows.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

/** Finished results whose pieces the main thread is still pulling. */
const held = new Map<number, Piece[]>();
/** Jobs asked to stop; OCR checks between pages and line batches (the thread stays responsive meanwhile). */
const cancelled = new Set<number>();
/** Stored extractions being fed by the main thread, a page per message. */
const feeding = new Map<number, { assembler: FeedAssembler; done: (extracted: ExtractedDocument | null) => void }>();

/** The stored extraction of a `reuse` request, once every piece has come (null: the main thread gave up). */
function fedExtraction(request: WorkerRequest): Promise<ExtractedDocument | null> {
  return new Promise((resolve) => {
    const assembler = new FeedAssembler(request.reuse!);
    feeding.set(request.id, { assembler, done: resolve });
  });
}

async function handle(request: WorkerRequest) {
  const hooks = {
    onProgress: (progress: { done: number; total: number }) => port!.postMessage({ id: request.id, progress } satisfies WorkerReply),
    isCancelled: () => cancelled.has(request.id),
  };
  // Registered before any await: the feed messages that follow the request find it.
  const fed = request.reuse ? fedExtraction(request) : null;
  try {
    const extracted = fed
      ? await fed
      : await extractFile(
          request.fileName,
          Buffer.from(request.bytes!.buffer, request.bytes!.byteOffset, request.bytes!.byteLength),
          request.limits as ImportLimits,
          hooks,
        );
    if (!extracted) return null;
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
    if (message.kind === 'feed') feeding.get(message.id)?.assembler.add(message.piece);
    else if (message.kind === 'fed') {
      const job = feeding.get(message.id);
      feeding.delete(message.id);
      job?.done(job.assembler.finish());
    } else if (message.kind === 'release') {
      held.delete(message.id);
      cancelled.delete(message.id); // a cancel that came after the file was read
      feeding.get(message.id)?.done(null);
      feeding.delete(message.id);
    } else port.postMessage({ id: message.id, ok: true, kind: 'piece', index: message.index, piece: held.get(message.id)![message.index]! } satisfies WorkerReply);
    return;
  }
  const request = message;
  handle(request).then(
    (result) => {
      if (!result) return; // fed in part only: the main thread has already given up on it
      const { header, pieces } = result;
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

import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractFile } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { WorkerReply, WorkerRequest } from './extract-pool.js';

/** The extraction thread: receives files, answers with extracted text or the refusal. */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  extractFile(request.fileName, bytes, request.limits as ImportLimits).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
    (e: unknown) => {
      const reply: WorkerReply = isAppError(e)
        ? { id: request.id, ok: false, code: e.code, message: e.message }
        : { id: request.id, ok: false, code: null, message: String((e as Error)?.message ?? e).slice(0, 300) };
      port.postMessage(reply);
    },
  );
});

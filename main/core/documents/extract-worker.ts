import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractFile } from './extract.js';
import type { ImportLimits } from './limits.js';
import type { WorkerReply, WorkerRequest } from './extract-pool.js';
import { prepareWork } from './prepare-work.js';

/**
 * The import thread: extracts each file (or takes a stored extraction), encodes the search parts and
 * runs the pre-checks, and answers with the result or the refusal. The main thread only writes rows.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

async function handle(request: WorkerRequest) {
  const extracted = request.reuse
    ? request.reuse
    : await extractFile(request.fileName, Buffer.from(request.bytes!.buffer, request.bytes!.byteOffset, request.bytes!.byteLength), request.limits as ImportLimits);
  return { extracted, work: prepareWork(extracted, request.check) };
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
    (e: unknown) => {
      const reply: WorkerReply = isAppError(e)
        ? { id: request.id, ok: false, code: e.code, message: e.message }
        : { id: request.id, ok: false, code: null, message: String((e as Error)?.message ?? e).slice(0, 300) };
      port.postMessage(reply);
    },
  );
});

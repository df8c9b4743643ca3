import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { backupArchive } from './backup-file.js';

/**
 * One backup in its own thread: checking the copy (integrity_check, foreign keys, every blob's SHA-256)
 * is synchronous SQLite work of seconds per GB, which must not freeze the server's event loop.
 */
const port = parentPort;
if (!port) throw new Error('backup-worker must run in a worker thread');
const { databaseFile, outFile, passphrase } = workerData as { databaseFile: string; outFile: string; passphrase?: string };
backupArchive(databaseFile, outFile, { passphrase }).then(
  (result) => port.postMessage({ ok: true, result }),
  (e: unknown) =>
    port.postMessage(
      isAppError(e) ? { ok: false, code: e.code, message: e.message } : { ok: false, code: null, message: String((e as Error)?.message ?? e) },
    ),
);

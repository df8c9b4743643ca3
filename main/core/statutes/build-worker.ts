/**
 * Worker thread entry: builds a data folder's statute store from the shipped snapshot (about 10 s of
 * parsing and indexing) off the main thread, posting progress. Started by build-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFromShipped } from './statute-store.js';
import { openStatuteDb } from './statute-db.js';

const { file, resourcesDir } = workerData as { file: string; resourcesDir: string };
const db = openStatuteDb(file);
try {
  let last = -1;
  buildFromShipped(db, resourcesDir, (done, total) => {
    const pct = Math.floor((done / total) * 100);
    if (pct !== last) {
      last = pct;
      parentPort?.postMessage({ type: 'progress', progress: done / total });
    }
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  parentPort?.postMessage({ type: 'done' });
} catch (error) {
  parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
} finally {
  db.close();
}

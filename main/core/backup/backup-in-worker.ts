import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { BackupResult } from './backup-file.js';

type Reply = { ok: true; result: BackupResult } | { ok: false; code: string | null; message: string };

/** Runs backupArchive in a worker thread (see backup-worker.ts); same result, same errors. */
export function backupInWorker(databaseFile: string, outFile: string, options: { passphrase?: string } = {}): Promise<BackupResult> {
  // From source (tests, npx review-desk) the worker registers tsx first, as the extraction worker does.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./backup-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const workerData = { databaseFile, outFile, passphrase: options.passphrase };
  let worker: Worker;
  if (fromSource) {
    const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
    worker = new Worker(boot, { eval: true, workerData });
  } else {
    worker = new Worker(entry, { workerData });
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      if (reply.ok) resolve(reply.result);
      else reject(reply.code ? new AppError(reply.code, reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (e) => {
      if (!settled) reject(new AppError('backup.failed', `备份未完成：${e.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new AppError('backup.failed', `备份未完成（备份线程退出，代码 ${code}）。`));
    });
  });
}

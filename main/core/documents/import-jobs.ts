import { AppError } from '../errors.js';
import type { ExtractionHooks } from './extract-pool.js';

/**
 * Imports that may run long (OCR of scans and photos), by the id the client chose for the upload: the
 * client polls the page progress while its import call is pending and may cancel it. Only the account
 * that started an import sees or stops it. Entries go when the import ends.
 */
interface Job {
  actor: string;
  done: number;
  total: number;
  controller: AbortController;
}

const jobs = new Map<string, Job>();

/** Hooks for one import; call `end` when it finishes, whatever the outcome. */
export function startImportJob(jobId: string | undefined, actor: string): { hooks: ExtractionHooks; end: () => void } {
  if (!jobId) return { hooks: {}, end: () => {} };
  if (jobs.has(jobId)) throw new AppError('document.job-exists', '同一个导入任务编号正在使用中，请刷新页面后重新导入。');
  const job: Job = { actor, done: 0, total: 0, controller: new AbortController() };
  jobs.set(jobId, job);
  return {
    hooks: {
      signal: job.controller.signal,
      onProgress: (p) => {
        job.done = p.done;
        job.total = p.total;
      },
    },
    end: () => jobs.delete(jobId),
  };
}

export function importProgress(jobId: string, actor: string): { running: boolean; done: number; total: number } {
  const job = jobs.get(jobId);
  if (!job || job.actor !== actor) return { running: false, done: 0, total: 0 };
  return { running: true, done: job.done, total: job.total };
}

export function cancelImport(jobId: string, actor: string): { cancelled: boolean } {
  const job = jobs.get(jobId);
  if (!job || job.actor !== actor) return { cancelled: false };
  job.controller.abort();
  return { cancelled: true };
}

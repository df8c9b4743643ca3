import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { DocumentRole, ImportAsMatterResult } from '../../../shared/contract/documents.js';
import type { CreateMatterInput } from '../../../shared/contract/matters.js';
import { isAppError, type AppError } from '../errors.js';
import { commitAsNewMatterInSteps, prepareImport, type ImportOptions, type PreparedImport } from './document-service.js';

/** One file of a batch: its name, how to read it, and the matter to register for it. */
export interface BatchItem {
  fileName: string;
  /** Reads the bytes; throw an AppError (e.g. file.unreadable) to report the file as refused. */
  read(): Buffer;
  matter: z.output<typeof CreateMatterInput>;
  role?: DocumentRole;
}

export type BatchOutcome =
  | { item: BatchItem; ok: true; result: ImportAsMatterResult }
  | { item: BatchItem; ok: false; error: AppError };

export interface BatchOptions extends ImportOptions {
  skipIfKnown?: boolean;
  /** Stops before the next file; files already done stay done, none is left half-imported. */
  signal?: AbortSignal;
  onResult?: (outcome: BatchOutcome, done: number, total: number) => void;
}

/** Error codes that mean the archive, not the file, is the problem. */
export const STOPS_BATCH = new Set(['store.disk-full', 'store.busy']);

type Settled = { ok: true; ready: PreparedImport } | { ok: false; error: unknown };

function settle(db: Database.Database, item: BatchItem, options: ImportOptions): Promise<Settled> {
  return (async () => prepareImport(db, { fileName: item.fileName, bytes: item.read() }, { ...options, checkFor: item.matter }))().then(
    (ready): Settled => ({ ok: true, ready }),
    (error: unknown): Settled => ({ ok: false, error }),
  );
}

/**
 * Imports many files, each as a new matter in its own transaction, never stopping at a refused file.
 * The next file is read and extracted (in the worker) while the current one is being stored, so the
 * batch runs at about the speed of extraction. Refusals (AppError) become outcomes; a full disk or a busy
 * archive becomes the last outcome (STOPS_BATCH); any other error is thrown after the files before it
 * have been stored.
 */
export async function importBatchAsMatters(
  db: Database.Database,
  actor: string,
  items: BatchItem[],
  options: BatchOptions = {},
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  let next: Promise<Settled> | null = items.length > 0 ? settle(db, items[0]!, options) : null;
  for (let i = 0; i < items.length; i++) {
    // One turn of the event loop per file: the commits are synchronous and the look-ahead often resolves
    // without one, which starved Ctrl+C (its signal is read in the loop's poll phase) for the whole batch.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) break;
    const item = items[i]!;
    const prepared = await next!;
    next = i + 1 < items.length && !options.signal?.aborted ? settle(db, items[i + 1]!, options) : null;
    let outcome: BatchOutcome;
    try {
      if (!prepared.ok) throw prepared.error;
      const result = await commitAsNewMatterInSteps(db, actor, item.matter, prepared.ready, { role: item.role, skipIfKnown: options.skipIfKnown });
      outcome = { item, ok: true, result };
    } catch (e) {
      if (!isAppError(e)) {
        await next; // let the look-ahead finish before failing, so no extraction is left running
        throw e;
      }
      outcome = { item, ok: false, error: e };
    }
    outcomes.push(outcome);
    options.onResult?.(outcome, outcomes.length, items.length);
    // The archive itself refused (disk full, busy beyond the timeout): the next files would fail the
    // same way, so the batch stops here with what is done reported.
    if (!outcome.ok && STOPS_BATCH.has(outcome.error.code)) break;
  }
  await next;
  return outcomes;
}

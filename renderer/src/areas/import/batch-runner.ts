import type { CreateMatterInput, DocumentSummary, Matter } from '../../../../shared/contract/index';
import { ApiError, call } from '../../api/client';
import { MAX_TRANSPORT_BYTES } from '../documents/upload-file';
import { titleFromFileName } from './collect-files';

export type FileStatus = 'pending' | 'running' | 'imported' | 'duplicate' | 'refused' | 'cancelled';

export interface FileResult {
  key: number;
  fileName: string;
  /** Where the file came from inside a picked folder. */
  path: string;
  size: number;
  status: FileStatus;
  matter?: Pick<Matter, 'id' | 'serial' | 'title'>;
  document?: Pick<DocumentSummary, 'id'>;
  /** The server's refusal message. */
  reason?: string;
}

export interface BatchOptions {
  matter: Omit<CreateMatterInput, 'title'>;
  /** Message for a file too large to send at all. */
  tooLarge(name: string): string;
  /** Asked before each file; true stops the batch there. */
  cancelled(): boolean;
  onUpdate(index: number, result: FileResult): void;
}

async function importOne(file: File, base: FileResult, options: BatchOptions): Promise<FileResult> {
  if (file.size > MAX_TRANSPORT_BYTES) return { ...base, status: 'refused', reason: options.tooLarge(file.name) };
  try {
    const content = new Uint8Array(await file.arrayBuffer());
    const result = await call('documents.importAsMatter', {
      matter: { ...options.matter, title: titleFromFileName(file.name) },
      fileName: file.name,
      content,
      skipIfKnown: true,
    });
    const { id, serial, title } = result.matter;
    return { ...base, status: result.duplicate ? 'duplicate' : 'imported', matter: { id, serial, title }, document: { id: result.document.id } };
  } catch (e) {
    return { ...base, status: 'refused', reason: e instanceof ApiError || e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Imports the files one after another, each as its own matter in its own server-side transaction, so
 * stopping between files never leaves half a matter. Yields to the event loop between files.
 */
export async function runBatch(files: File[], options: BatchOptions): Promise<void> {
  for (const [index, file] of files.entries()) {
    const base: FileResult = { key: index, fileName: file.name, path: file.webkitRelativePath || file.name, size: file.size, status: 'pending' };
    if (options.cancelled()) {
      options.onUpdate(index, { ...base, status: 'cancelled' });
      continue;
    }
    options.onUpdate(index, { ...base, status: 'running' });
    options.onUpdate(index, await importOne(file, base, options));
    await nextTurn();
  }
}

export function countResults(results: FileResult[]): Record<FileStatus, number> {
  const counts: Record<FileStatus, number> = { pending: 0, running: 0, imported: 0, duplicate: 0, refused: 0, cancelled: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Lets pending input and rendering run before the next file. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

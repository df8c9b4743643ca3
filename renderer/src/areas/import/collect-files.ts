/**
 * Which picked or dropped files go to the server: the importable formats, plus legacy Word/WPS files so
 * the server can refuse them with its own advice (save as .docx). Everything else is left out and counted.
 */
export const SENT_EXTENSIONS = ['docx', 'pdf', 'txt', 'doc', 'wps', 'jpg', 'jpeg', 'png', 'tif', 'tiff'] as const;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isSent(file: File): boolean {
  // Office's lock files (~$name.docx) are not documents.
  return !file.name.startsWith('~$') && (SENT_EXTENSIONS as readonly string[]).includes(extensionOf(file.name));
}

/** The file's name without its extension, as the new matter's title. */
export function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).trim();
  return (base || name).slice(0, 200);
}

export function splitFiles(files: File[]): { sent: File[]; skipped: File[] } {
  const sent: File[] = [];
  const skipped: File[] = [];
  for (const f of files) (isSent(f) ? sent : skipped).push(f);
  return { sent, skipped };
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A dropped entry's files; folders are walked (readEntries returns a directory in batches). */
async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(await entryFile(entry as FileSystemFileEntry));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** Every file in a drop, including those inside dropped folders. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.some((e) => e === null)) return Array.from(data.files);
  const out: File[] = [];
  for (const entry of entries) await walk(entry!, out);
  return out;
}

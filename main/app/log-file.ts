import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = 'main.log';
/** One previous log is kept; 2 MB holds months of start-up lines and errors. */
const MAX_BYTES = 2 * 1024 * 1024;

export interface Log {
  readonly file: string;
  readonly dir: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A plain-text log in `dir` (the OS's logs folder), written synchronously so the last lines survive a
 * crash. A log that cannot be written must never stop the app, so write errors go to stderr only.
 */
export function openLog(dir: string, options: { maxBytes?: number; now?: () => Date; echo?: (line: string) => void } = {}): Log {
  const file = join(dir, LOG_FILE);
  const now = options.now ?? (() => new Date());
  try {
    mkdirSync(dir, { recursive: true });
    if (existsSync(file) && statSync(file).size > (options.maxBytes ?? MAX_BYTES)) renameSync(file, join(dir, 'main.old.log'));
  } catch (e) {
    console.error(`[review-desk] log folder ${dir} unusable: ${(e as Error).message}`);
  }
  const write = (level: string, message: string) => {
    const line = `${now().toISOString()} ${level} ${message}\n`;
    options.echo?.(line);
    try {
      appendFileSync(file, line, 'utf8');
    } catch (e) {
      console.error(`[review-desk] cannot write log ${file}: ${(e as Error).message}`);
    }
  };
  return {
    file,
    dir,
    info: (message) => write('INFO ', message),
    warn: (message) => write('WARN ', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}\n${describe(error)}`),
  };
}

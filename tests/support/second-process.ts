import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const LOCK_HOLDER = join(import.meta.dirname, 'lock-holder.mjs');

/** A separate process that holds the archive's write lock for `holdMs`; resolves once it has the lock. */
export async function holdWriteLock(databaseFile: string, holdMs: number): Promise<{ child: ChildProcess; released: Promise<void> }> {
  const child = spawn(process.execPath, [LOCK_HOLDER, databaseFile, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let onReleased: () => void = () => {};
  const released = new Promise<void>((resolve) => (onReleased = resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('locked')) resolve();
      if (out.includes('released')) onReleased();
    });
    child.once('exit', (code) => {
      onReleased();
      if (!out.includes('locked')) reject(new Error(`lock holder exited with ${code} before locking`));
    });
  });
  return { child, released };
}

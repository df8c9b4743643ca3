import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs mounted for a full-disk test, or the reason it cannot be (not root, no mount permission
 * in a container). Tests skip with that reason printed.
 */
export function mountSmallDisk(sizeMb: number): { dir: string; unmount(): void } | { skip: string } {
  if (process.platform !== 'linux') return { skip: `full-disk test needs Linux tmpfs (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { skip: 'full-disk test needs root to mount a tmpfs (run as root, or in CI with privileges)' };
  const dir = mkdtempSync(join(tmpdir(), 'review-desk-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `could not mount a ${sizeMb} MB tmpfs: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}` };
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

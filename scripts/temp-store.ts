import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temp folder for a throw-away statute store. */
export function makeTempStore(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'statutes-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

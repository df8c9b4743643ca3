import { readFileSync } from 'node:fs';

/** The program version from package.json, found by walking up from this module (source or build). */
// Read once at start; the version does not change while running.
export const APP_VERSION: string = (() => {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'review-desk' && pkg.version) return pkg.version;
    } catch {
      // not at this level; try the next
    }
  }
  return '0.0.0';
})();

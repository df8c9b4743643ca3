/**
 * Versions known to exist but not held by the store (resources/statutes/known-amendments.json): the text
 * could not be obtained, so the program says so instead of showing an outdated article as current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultResourcesDir } from '../checklists/resources-dir.js';

const KnownAmendments = z.object({
  amendments: z.array(
    z.object({ law: z.string(), publish: z.string(), effective: z.string(), what: z.string(), source: z.string() }),
  ),
});
export type KnownAmendment = z.infer<typeof KnownAmendments>['amendments'][number];

let cache: KnownAmendment[] | null = null;

export function knownAmendments(resourcesDir = defaultResourcesDir()): KnownAmendment[] {
  cache ??= KnownAmendments.parse(JSON.parse(readFileSync(path.join(resourcesDir, 'statutes', 'known-amendments.json'), 'utf8'))).amendments;
  return cache;
}

/** Known versions of a law newer than `newestHeld` (publish date of the newest version in the store). */
export function notHeldVersions(law: string, newestHeld: string): KnownAmendment[] {
  return knownAmendments().filter((a) => a.law === law && a.publish > newestHeld);
}

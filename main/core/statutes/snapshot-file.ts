/**
 * The shipped statute data: resources/statutes/snapshot.json.gz, written by main/cli/maintenance/build-statutes.ts
 * from a LawRefBook/Laws snapshot. It holds the snapshot's files as they are (index fields + Markdown),
 * so the program parses shipped and imported snapshots with the same code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

export const SNAPSHOT_FILE = 'snapshot.json.gz';
/** The shipped snapshot's source (repository, commit, date), also inside SNAPSHOT_FILE. */
export const SOURCE_FILE = 'source.json';

export const ShippedSnapshot = z.object({
  format: z.literal(1),
  source: z.object({
    repository: z.string(),
    commit: z.string(),
    date: z.string(),
    note: z.string(),
  }),
  generatedBy: z.string(),
  /** Index rows without a Markdown file in the source (not shipped). */
  missing: z.array(z.string()),
  entries: z.array(
    z.object({
      name: z.string(),
      level: z.string(),
      folder: z.string(),
      publish: z.string().nullable(),
      validFrom: z.string().nullable(),
      expired: z.boolean(),
      order: z.number().nullable(),
      file: z.string(),
      markdown: z.string(),
    }),
  ),
});
export type ShippedSnapshot = z.infer<typeof ShippedSnapshot>;

/** The commit of the shipped snapshot, from the small source file (no need to unpack 8 MB). */
export function shippedCommit(resourcesDir: string): string {
  const file = path.join(resourcesDir, 'statutes', SOURCE_FILE);
  if (!existsSync(file)) return readShippedSnapshot(resourcesDir).source.commit;
  const source = JSON.parse(readFileSync(file, 'utf8')) as { commit?: unknown };
  return typeof source.commit === 'string' ? source.commit : '';
}

export function readShippedSnapshot(resourcesDir: string): ShippedSnapshot {
  const bytes = gunzipSync(readFileSync(path.join(resourcesDir, 'statutes', SNAPSHOT_FILE)));
  return ShippedSnapshot.parse(JSON.parse(bytes.toString('utf8')));
}

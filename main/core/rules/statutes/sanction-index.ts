/**
 * Round seventeen, issue 13: the statute library as the rules need it — for each law and regulation the app ships
 * (resources/statutes/snapshot.json.gz), which sanction classes (sanction-classes.ts) each of its articles carries.
 * The full snapshot takes ~0.7 s and ~100 MB to unpack, too much for a check that runs on the main thread; the
 * generator (main/cli/maintenance/build-statute-sanctions.ts) derives this small index from it once, committed as
 * resources/statutes/sanctions.json, and the rules load that once per process (a few ms) on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultResourcesDir } from '../../checklists/resources-dir.js';
import { lawLookupKey } from '../../statutes/law-key.js';

export const SANCTIONS_FILE = 'sanctions.json';

export const SanctionIndexFile = z.object({
  format: z.literal(1),
  /** The snapshot commit the index was derived from (source.json's commit). */
  commit: z.string(),
  generatedBy: z.string(),
  laws: z.array(
    z.object({
      /** Lookup keys (no 《》, spaces or 中华人民共和国): the index name and the full title. */
      keys: z.array(z.string()),
      /** Classes per article: [i] is 第(i+1)条; 0 when the article carries none or is absent. */
      articles: z.array(z.number().int()),
      /** 第X条之Y by "X-Y". */
      sub: z.record(z.string(), z.number().int()).optional(),
    }),
  ),
});
export type SanctionIndexFile = z.infer<typeof SanctionIndexFile>;

export interface LawSanctions {
  articles: readonly number[];
  sub: Readonly<Record<string, number>>;
  /** Every class any article carries. */
  all: number;
}

/** The form law names are matched in: the statute store's own (one definition, main/core/statutes/law-key.ts). */
export const lawKey = lawLookupKey;

let loaded: Map<string, LawSanctions> | null = null;

/** Builds the lookup from the file's content. */
export function indexFrom(file: SanctionIndexFile): Map<string, LawSanctions> {
  const map = new Map<string, LawSanctions>();
  for (const law of file.laws) {
    const sub = law.sub ?? {};
    let all = 0;
    for (const m of law.articles) all |= m;
    for (const m of Object.values(sub)) all |= m;
    const entry: LawSanctions = { articles: law.articles, sub, all };
    for (const k of law.keys) if (!map.has(k)) map.set(k, entry);
  }
  return map;
}

/**
 * The shipped index, read once. A missing or unreadable file leaves the library empty: the rules then behave as if
 * no law were known (a cited law not in the library changes nothing).
 */
export function statuteSanctions(): Map<string, LawSanctions> {
  if (loaded) return loaded;
  try {
    const file = join(defaultResourcesDir(), 'statutes', SANCTIONS_FILE);
    // A shape check, not the zod schema: parsing ~100,000 numbers through zod costs ~70 ms, JSON.parse ~3 ms
    // (the schema is checked where the file is made and in tests/core/rules/statute-sanctions.test.ts).
    const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<SanctionIndexFile>) : null;
    loaded = data?.format === 1 && Array.isArray(data.laws) ? indexFrom(data as SanctionIndexFile) : new Map();
  } catch {
    loaded = new Map();
  }
  return loaded;
}

/** For tests: use this index instead of the shipped one (null: read the shipped one again). */
export function useStatuteSanctions(index: Map<string, LawSanctions> | null): void {
  loaded = index;
}

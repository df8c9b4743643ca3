/**
 * Keeps the legal-basis library's citation data true to the shipped statute store (issue 18): for every
 * entry that cites a law the store holds, writes the cited version's date, the verbatim text of the cited
 * article(s) or 款 (`quote`) and the exact source file. Entries marked `outsideSnapshot` (policy documents,
 * standards) are left alone; any other entry that does not resolve is reported and the script fails.
 *
 *   npx tsx main/cli/maintenance/sync-legal-basis.ts          # rewrite resources/legal-basis/library.json
 *   npx tsx main/cli/maintenance/sync-legal-basis.ts --check  # only report differences
 *
 * tests/core/statutes/citations.test.ts checks the committed file the same way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultResourcesDir } from '../../core/checklists/resources-dir.js';
import { resolveReference } from '../../core/statutes/citation.js';
import { readShippedSnapshot } from '../../core/statutes/snapshot-file.js';
import { closeStatutes, statuteDb } from '../../core/statutes/statute-store.js';


const check = process.argv.includes('--check');
const resources = defaultResourcesDir();
const file = path.join(resources, 'legal-basis', 'library.json');
const library = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, unknown>[] };
const shipped = readShippedSnapshot(resources).source;
const tempDir = mkdtempSync(path.join(tmpdir(), 'statutes-'));
const db = statuteDb(tempDir);
const problems: string[] = [];
let changed = 0;
for (const entry of library.entries) {
  if (entry.outsideSnapshot === true) continue;
  const resolved = resolveReference(db, String(entry.law), String(entry.article));
  if (!resolved) {
    problems.push(`${String(entry.id)}: ${String(entry.law)} ${String(entry.article)} 在法规库中找不到`);
    continue;
  }
  const next = {
    versionDate: resolved.versionDate,
    quote: resolved.quote,
    source: `LawRefBook/Laws (snapshot ${shipped.commit.slice(0, 7)}) ${resolved.files.split('\n').join(' + ')}`,
  };
  for (const [k, v] of Object.entries(next)) {
    if (entry[k] !== v) {
      changed++;
      if (check) console.log(`${String(entry.id)}.${k} differs`);
      entry[k] = v;
    }
  }
}
closeStatutes(tempDir);
rmSync(tempDir, { recursive: true, force: true });
if (!check) writeFileSync(file, `${JSON.stringify(library, null, 2)}\n`);
console.log(`${changed} field(s) ${check ? 'differ' : 'updated'}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

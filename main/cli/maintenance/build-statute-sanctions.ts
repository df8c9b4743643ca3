/**
 * Generator of the rules' statute sanction index (issue 13, round seventeen): reads the shipped statute snapshot
 * (resources/statutes/snapshot.json.gz) and writes resources/statutes/sanctions.json — for each law in force, the
 * sanction classes each article carries (main/core/rules/statutes/sanction-classes.ts). Re-run it whenever the
 * snapshot or the classes change; tests/core/rules/statute-sanctions.test.ts fails when the committed file is stale.
 *
 *   npx tsx main/cli/maintenance/build-statute-sanctions.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultResourcesDir } from '../../core/checklists/resources-dir.js';
import { readShippedSnapshot } from '../../core/statutes/snapshot-file.js';
import { deriveSanctionIndex } from '../../core/rules/statutes/derive-sanctions.js';
import { SANCTIONS_FILE } from '../../core/rules/statutes/sanction-index.js';

const resources = defaultResourcesDir();
const index = deriveSanctionIndex(readShippedSnapshot(resources));
const out = path.join(resources, 'statutes', SANCTIONS_FILE);
// One law a line: a small diff when the snapshot or a class changes.
writeFileSync(out, `{"format":1,"commit":${JSON.stringify(index.commit)},"generatedBy":${JSON.stringify(index.generatedBy)},"laws":[\n${index.laws.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`);
console.log(`${index.laws.length} laws → ${out}`);

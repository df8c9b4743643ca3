/**
 * Generator of the shipped statute data (issue 18). Reads a statute snapshot in the LawRefBook/Laws layout
 * (Markdown per law and version + db.sqlite3 index, DLC packs included) and writes
 * resources/statutes/snapshot.json.gz, which the program loads into its statute store on first use.
 *
 *   npx tsx main/cli/maintenance/build-statutes.ts SNAPSHOT_DIR --commit <sha> --date YYYY-MM-DD [--out resources/statutes]
 *
 * The output is committed; re-run it only to ship a newer snapshot. Offices can also import a newer
 * snapshot at run time (`review-desk law import`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSnapshot } from '../../core/statutes/snapshot-source.js';
import { SNAPSHOT_FILE, SOURCE_FILE, type ShippedSnapshot } from '../../core/statutes/snapshot-file.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = process.argv[2];
const commit = option('commit');
const date = option('date');
if (!dir || dir.startsWith('--') || !commit || !date) {
  console.error('用法：npx tsx main/cli/maintenance/build-statutes.ts SNAPSHOT_DIR --commit <sha> --date YYYY-MM-DD [--out DIR]');
  process.exit(2);
}
const outDir = option('out') ?? path.join('resources', 'statutes');
const bundle = readSnapshot(dir);
const shipped: ShippedSnapshot = {
  format: 1,
  source: {
    repository: 'https://github.com/LawRefBook/Laws',
    commit,
    date,
    note: '法律法规文本快照，来源 LawRefBook/Laws（采集自国家法律法规数据库）；非官方出版物，以官方公布文本为准。',
  },
  generatedBy: 'main/cli/maintenance/build-statutes.ts',
  missing: bundle.missing,
  // A stable order keeps the committed file's diff small when a newer snapshot is generated.
  entries: [...bundle.entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
};
mkdirSync(outDir, { recursive: true });
const gz = gzipSync(Buffer.from(JSON.stringify(shipped), 'utf8'), { level: 9 });
writeFileSync(path.join(outDir, SNAPSHOT_FILE), gz);
// The source and date in a small readable file: the program reads it to know whether a store built by an
// older release lacks this snapshot, and people read it to know what text ships.
writeFileSync(path.join(outDir, SOURCE_FILE), `${JSON.stringify({ ...shipped.source, files: bundle.entries.length }, null, 2)}\n`);
console.log(`${bundle.entries.length} files, ${bundle.missing.length} index rows without a file → ${path.join(outDir, SNAPSHOT_FILE)} (${(gz.length / 1e6).toFixed(1)} MB)`);

/**
 * Statute snapshots made by tests: a small "shipped" snapshot (resources/statutes/snapshot.json.gz) from
 * real laws of the shipped one, and newer snapshot folders in the LawRefBook/Laws layout for `law import`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { ShippedSnapshot } from '../../main/core/statutes/snapshot-file.js';

/** Writes `entries` as the shipped snapshot of the resources folder `into`. */
export function writeShipped(entries: ShippedSnapshot['entries'], into: string, commit = '0'.repeat(40)): void {
  mkdirSync(path.join(into, 'statutes'), { recursive: true });
  const shipped: ShippedSnapshot = {
    format: 1,
    source: { repository: 'test', commit, date: '2025-04-19', note: 'test' },
    generatedBy: 'test',
    missing: [],
    entries,
  };
  writeFileSync(path.join(into, 'statutes', 'snapshot.json.gz'), gzipSync(JSON.stringify(shipped)));
}

export interface SnapshotFile {
  folder: string;
  name: string;
  filename?: string;
  publish: string;
  level: string;
  markdown: string;
}

/** A snapshot folder in the source layout: db.sqlite3 (law, category) and the Markdown files. */
export function writeSnapshotFolder(dir: string, files: SnapshotFile[]): void {
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, 'db.sqlite3'));
  db.exec(`CREATE TABLE category (id TEXT PRIMARY KEY, name TEXT, folder TEXT, isSubFolder INTEGER, "group" TEXT, "order" INTEGER);
           CREATE TABLE law (id TEXT PRIMARY KEY, level TEXT, name TEXT, filename TEXT, publish DATE, expired INTEGER, "order" INTEGER,
             subtitle TEXT, valid_from DATE, ver INTEGER, tags TEXT, category_id TEXT)`);
  files.forEach((f, i) => {
    db.prepare('INSERT OR IGNORE INTO category VALUES (?, ?, ?, 0, NULL, ?)').run(f.folder, f.folder, f.folder, i);
    db.prepare('INSERT INTO law VALUES (?, ?, ?, ?, ?, 0, ?, NULL, NULL, 1, NULL, ?)').run(`id${i}`, f.level, f.name, f.filename ?? null, f.publish || null, i, f.folder);
    mkdirSync(path.join(dir, f.folder), { recursive: true });
    const stem = f.filename ?? f.name;
    writeFileSync(path.join(dir, f.folder, f.publish ? `${stem}(${f.publish}).md` : `${stem}.md`), f.markdown);
  });
  db.close();
}

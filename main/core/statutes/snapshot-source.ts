/**
 * Reads a statute snapshot in the LawRefBook/Laws layout — a folder or a ZIP of it: `db.sqlite3` (tables
 * `law`, `category`), `DLC/<pack>/db.sqlite3` for extra packs, and `<folder>/<name>(<date>).md` files.
 * The result is the list of law versions with their Markdown, the form both the generator
 * (main/cli/maintenance/build-statutes.ts) and `law import` hand to the store.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { AppError } from '../errors.js';

export interface SnapshotEntry {
  /** Index name, e.g. 村民委员会组织法, or 民法典 合同编 for a part. */
  name: string;
  level: string;
  /** The folder the file lives in, e.g. 宪法相关法, DLC/山东地方法规/地方性法规/山东. */
  folder: string;
  publish: string | null;
  validFrom: string | null;
  expired: boolean;
  order: number | null;
  /** Path of the Markdown file inside the snapshot. */
  file: string;
  markdown: string;
}

export interface SnapshotBundle {
  entries: SnapshotEntry[];
  /** Index rows whose Markdown file is not in the snapshot (e.g. the source's 案例 pack). */
  missing: string[];
}

interface IndexRow {
  name: string;
  level: string;
  filename: string | null;
  publish: string | null;
  valid_from: string | null;
  expired: number;
  order: number | null;
  folder: string;
}

/** A snapshot's files by relative path (forward slashes). */
type FileSource = { has(rel: string): boolean; read(rel: string): Buffer; list(): string[] };

function folderSource(root: string): FileSource {
  return {
    has: (rel) => existsSync(path.join(root, rel)),
    read: (rel) => readFileSync(path.join(root, rel)),
    list: () =>
      (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.md')),
  };
}

function zipSource(zipPath: string): FileSource {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  // A ZIP made of the folder itself has one top-level folder around everything: strip it.
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const prefix = names.includes('db.sqlite3')
    ? ''
    : (names.find((n) => /^[^/]+\/db\.sqlite3$/.test(n))?.replace(/db\.sqlite3$/, '') ?? '');
  const byRel = new Map<string, Uint8Array>();
  for (const n of names) if (n.startsWith(prefix)) byRel.set(n.slice(prefix.length), files[n]!);
  return { has: (rel) => byRel.has(rel), read: (rel) => Buffer.from(byRel.get(rel)!), list: () => [...byRel.keys()] };
}

function readIndex(bytes: Buffer): IndexRow[] {
  const db = new Database(bytes, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT l.name, l.level, l.filename, l.publish, l.valid_from, l.expired, l."order" AS "order", c.folder
         FROM law l JOIN category c ON c.id = l.category_id ORDER BY c."order", l."order", l.name, l.publish`,
      )
      .all() as IndexRow[];
  } finally {
    db.close();
  }
}

/** Candidate file names for an index row: `<name>(<date>).md`, then `<name>.md`. */
function candidates(row: IndexRow, base: string): string[] {
  const dir = base ? `${base}/${row.folder}` : row.folder;
  const stem = row.filename ?? row.name;
  const out: string[] = [];
  if (row.publish) out.push(`${dir}/${stem}(${row.publish}).md`);
  out.push(`${dir}/${stem}.md`);
  return out;
}

function collect(source: FileSource, indexRel: string, base: string, into: SnapshotBundle): void {
  // A few files sit in another category's folder than the index says (e.g. 广告法 in 经济法): find them by name.
  let byName: Map<string, string> | null = null;
  const elsewhere = (c: string): string | undefined => {
    byName ??= new Map(source.list().map((f) => [f.slice(f.lastIndexOf('/') + 1), f]));
    return byName.get(c.slice(c.lastIndexOf('/') + 1));
  };
  for (const row of readIndex(source.read(indexRel))) {
    const names = candidates(row, base);
    const file = names.find((c) => source.has(c)) ?? names.map(elsewhere).find((f) => f !== undefined);
    if (!file) {
      into.missing.push(`${row.folder}/${row.filename ?? row.name}${row.publish ? `(${row.publish})` : ''}`);
      continue;
    }
    into.entries.push({
      name: row.name,
      level: row.level,
      folder: base ? `${base}/${row.folder}` : row.folder,
      publish: row.publish || null,
      validFrom: row.valid_from || null,
      expired: row.expired === 1,
      order: row.order,
      file,
      markdown: source.read(file).toString('utf8'),
    });
  }
}

/** Reads a snapshot folder or ZIP; a clear Chinese error when it is not in the expected layout. */
export function readSnapshot(location: string): SnapshotBundle {
  if (!existsSync(location)) throw new AppError('statutes.not-found', `找不到法规快照：${location}`);
  const source = statSync(location).isDirectory() ? folderSource(location) : zipSource(location);
  if (!source.has('db.sqlite3')) {
    throw new AppError('statutes.bad-snapshot', '法规快照中没有索引文件 db.sqlite3，请选择 LawRefBook/Laws 格式的文件夹或 ZIP。');
  }
  const bundle: SnapshotBundle = { entries: [], missing: [] };
  collect(source, 'db.sqlite3', '', bundle);
  // Extra packs (the source's DLC folder) carry their own index.
  if (statSync(location).isDirectory() && existsSync(path.join(location, 'DLC'))) {
    for (const pack of readdirSync(path.join(location, 'DLC'))) {
      if (source.has(`DLC/${pack}/db.sqlite3`)) collect(source, `DLC/${pack}/db.sqlite3`, `DLC/${pack}`, bundle);
    }
  }
  return bundle;
}

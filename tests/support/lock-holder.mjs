// A second process on the same archive, for concurrency tests. Plain JavaScript so it starts in ~50 ms
// without tsx. Usage: node lock-holder.mjs <sqlite file> <hold ms>
// Takes the write lock (BEGIN IMMEDIATE), writes a row, prints "locked", holds the lock for the given
// time, commits and prints "released".
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const [file, holdMs] = process.argv.slice(2);
const db = new Database(file);
db.pragma('busy_timeout = 10000');
db.exec('BEGIN IMMEDIATE');
// A real change to the main file, so the commit moves the WAL on and a stale reader's snapshot is stale.
db.exec("CREATE TABLE IF NOT EXISTS lock_holder_probe (n INTEGER); INSERT INTO lock_holder_probe VALUES (1)");
process.stdout.write('locked\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
}, Number(holdMs));

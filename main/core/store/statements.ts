import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepares a statement once per connection and reuses it afterwards. `.pluck()`/`.raw()`/`.expand()` change
 * the cached statement itself, so every caller gets it back in the default row mode: one caller plucking
 * 'SELECT html FROM documents …' once made another's `row.html` undefined.
 */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let statement = perDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    perDb.set(sql, statement);
    return statement;
  }
  // Only statements that return data have a row mode to reset.
  return statement.reader ? statement.raw(false).pluck(false).expand(false) : statement;
}

/** ISO timestamp in UTC with milliseconds, the format every *_at column uses. */
export function nowIso(): string {
  return new Date().toISOString();
}

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepared } from '../../../main/core/store/statements.js';

describe('prepared statements cache', () => {
  it('hands every caller the statement in the default row mode, whatever an earlier caller set', () => {
    // The bug: stored-extraction plucked 'SELECT html FROM documents WHERE id = ?' and readHtml, sharing the
    // cached statement, then read `row.html` from a plain string (undefined) — documents.get failed.
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, html TEXT); INSERT INTO t VALUES (1, '<p>甲</p>')");
    const sql = 'SELECT html FROM t WHERE id = ?';
    expect(prepared(db, sql).pluck().get(1)).toBe('<p>甲</p>');
    expect(prepared(db, sql).get(1)).toEqual({ html: '<p>甲</p>' });
    expect(prepared(db, sql).raw().get(1)).toEqual(['<p>甲</p>']);
    expect(prepared(db, sql).all(1)).toEqual([{ html: '<p>甲</p>' }]);
    // Writers have no row mode and are handed back as they are.
    const insert = prepared(db, 'INSERT INTO t (html) VALUES (?)');
    expect(prepared(db, 'INSERT INTO t (html) VALUES (?)')).toBe(insert);
    db.close();
  });
});

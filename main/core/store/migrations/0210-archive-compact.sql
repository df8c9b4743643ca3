-- migration: rebuilds-table
-- Issue 17: a smaller archive with the same search answers.
--
-- 1. The full-text index keeps its positions (phrase queries over overlapping bigrams answer queries of
--    two or more characters exactly, with no check against the text) but loses its one-character prefix
--    index (prefix='1'), which was a second copy of every position: about 5.2 → 3.1 bytes per indexed
--    character on real documents. One-character queries go to search_chars instead: per source, the set
--    of its distinct characters, without positions (detail=none), about 0.25 bytes per character.
--    Neither table can be filled in SQL (the encoding lives in main/core/search/search-text.ts): every
--    source is queued in search_rebuild, and openCore re-indexes the queue in chunks, with progress,
--    before the archive is used (main/core/search/search-rebuild.ts). The queue survives a crash.
-- 2. Original files may be stored compressed (codec 'br': brotli, see main/core/documents/blob-codec.ts);
--    size and sha256 stay those of the original bytes, which every read restores and verifies. Existing
--    rows keep codec 'none' (their bytes are not rewritten here; the table is rebuilt only to change its
--    CHECK). Foreign keys are off while this runs (the marker above) and checked before it commits.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii'
);

CREATE VIRTUAL TABLE search_chars USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii',
  detail = none
);

DROP TRIGGER search_sources_unindex;
CREATE TRIGGER search_sources_unindex AFTER DELETE ON search_sources
BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
  DELETE FROM search_chars WHERE rowid = old.id;
END;

CREATE TABLE search_rebuild (
  source_id INTEGER PRIMARY KEY
);
INSERT INTO search_rebuild (source_id) SELECT id FROM search_sources;

CREATE TABLE blobs_210 (
  id         INTEGER PRIMARY KEY,
  sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  size       INTEGER NOT NULL CHECK (size > 0),
  codec      TEXT NOT NULL DEFAULT 'none' CHECK (codec IN ('none', 'br')),
  data       BLOB NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (codec <> 'none' OR length(data) = size)
);
INSERT INTO blobs_210 (id, sha256, size, codec, data, created_at)
  SELECT id, sha256, size, 'none', data, created_at FROM blobs;
DROP TABLE blobs;
ALTER TABLE blobs_210 RENAME TO blobs;

-- Schema 20: documents with their original bytes, extracted text blocks, and the full-text index.

-- Original files, content-addressed: the same bytes are stored once however often they are sent.
CREATE TABLE blobs (
  id         INTEGER PRIMARY KEY,
  sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  size       INTEGER NOT NULL CHECK (size > 0),
  data       BLOB NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (length(data) = size)
);

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  matter_id   INTEGER NOT NULL REFERENCES matters (id),
  role        TEXT NOT NULL CHECK (role IN ('submitted', 'revised', 'minutes', 'attachment')),
  version     INTEGER NOT NULL CHECK (version > 0),
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  format      TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'txt')),
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size > 0),
  sha256      TEXT NOT NULL REFERENCES blobs (sha256),
  -- The reading view as produced at import (already filtered to a safe tag set; the renderer sanitizes again).
  html        TEXT NOT NULL,
  text_chars  INTEGER NOT NULL,
  -- Which extractor made the blocks, so a later version can re-extract old imports.
  extractor   TEXT NOT NULL,
  -- Notes from extraction (e.g. the text encoding of a .txt file), JSON array of strings.
  notes_json  TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  UNIQUE (matter_id, role, version),
  -- The same file sent again for the same matter is recognised, not added twice.
  UNIQUE (matter_id, sha256)
);
CREATE INDEX documents_sha256 ON documents (sha256);

-- The text model (shared/domain/document-text.ts): one row per block, in document order.
CREATE TABLE document_blocks (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL CHECK (idx >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list-item', 'table-cell', 'footnote')),
  text        TEXT NOT NULL,
  cell_table  INTEGER,
  cell_row    INTEGER,
  cell_col    INTEGER,
  PRIMARY KEY (document_id, idx),
  CHECK ((kind = 'table-cell') = (cell_table IS NOT NULL))
) WITHOUT ROWID;

-- Full-text search. Each indexed thing (a matter title, a document, later an opinion) is a source;
-- its id is the rowid in search_index. `kind` deliberately has no CHECK so new kinds need no rebuild.
CREATE TABLE search_sources (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  ref_id      INTEGER NOT NULL,
  matter_id   INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  UNIQUE (kind, ref_id)
);
CREATE INDEX search_sources_matter ON search_sources (matter_id);

-- Overlapping character bigrams with a one-character prefix index (see main/core/search/search-text.ts);
-- contentless because the text lives in document_blocks and matters. detail=full (the default) keeps
-- positions, which phrase queries need.
CREATE VIRTUAL TABLE search_index USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii',
  prefix = '1'
);

CREATE TRIGGER search_sources_unindex AFTER DELETE ON search_sources
BEGIN DELETE FROM search_index WHERE rowid = old.id; END;

-- Matter titles change through code this module does not own; these triggers queue them and the
-- search service (re)indexes queued titles before it answers.
CREATE TABLE search_pending (
  matter_id INTEGER PRIMARY KEY
);
CREATE TRIGGER search_pending_matter_insert AFTER INSERT ON matters
BEGIN INSERT OR IGNORE INTO search_pending (matter_id) VALUES (new.id); END;
CREATE TRIGGER search_pending_matter_title AFTER UPDATE OF title ON matters
BEGIN INSERT OR IGNORE INTO search_pending (matter_id) VALUES (new.id); END;
INSERT INTO search_pending (matter_id) SELECT id FROM matters;

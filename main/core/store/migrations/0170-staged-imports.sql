-- Schema 170: large documents are written in steps (main/core/documents/staged-import.ts).
-- Their blocks and search rows go in over several short write transactions while the document is not
-- visible yet; one last short transaction registers the document (and its matter). An import that was
-- interrupted (the process killed) leaves a row here and is removed at the next open.

CREATE TABLE document_imports (
  id          INTEGER PRIMARY KEY,
  -- The id the document will get; blocks and search rows are written under it before the row exists.
  document_id INTEGER NOT NULL UNIQUE,
  -- Set when this import stored the original's bytes (removed again on cleanup unless a document uses them).
  blob_sha256 TEXT,
  owner_pid   INTEGER NOT NULL,
  owner_host  TEXT NOT NULL,
  started_at  TEXT NOT NULL
);

-- document_blocks without its foreign key: the blocks of an import in progress belong to a document id
-- that is reserved in document_imports but not registered yet. Nothing deletes documents today; the
-- trigger keeps the old ON DELETE CASCADE behaviour, and doctor reports blocks that belong to neither.
CREATE TABLE document_blocks_170 (
  document_id INTEGER NOT NULL,
  idx         INTEGER NOT NULL CHECK (idx >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list-item', 'table-cell', 'footnote')),
  text        TEXT NOT NULL,
  cell_table  INTEGER,
  cell_row    INTEGER,
  cell_col    INTEGER,
  source_part TEXT CHECK (source_part IS NULL OR source_part IN ('document', 'footnotes', 'endnotes')),
  source_p    INTEGER CHECK (source_p IS NULL OR source_p >= 0),
  -- From schema 130 (OCR): the page a block was read from and the recogniser's confidence (0–1).
  ocr_page    INTEGER,
  ocr_confidence REAL CHECK (ocr_confidence IS NULL OR ocr_confidence BETWEEN 0 AND 1),
  PRIMARY KEY (document_id, idx),
  CHECK ((kind = 'table-cell') = (cell_table IS NOT NULL))
) WITHOUT ROWID;
INSERT INTO document_blocks_170 (document_id, idx, kind, text, cell_table, cell_row, cell_col, source_part, source_p,
    ocr_page, ocr_confidence)
  SELECT document_id, idx, kind, text, cell_table, cell_row, cell_col, source_part, source_p,
    ocr_page, ocr_confidence FROM document_blocks;
DROP TABLE document_blocks;
ALTER TABLE document_blocks_170 RENAME TO document_blocks;
-- The reading-view HTML of a document written in steps, in pieces of ~1 M characters, one per transaction
-- (documents.html is '' for it): ~20 MB of HTML in the registering transaction held the lock for seconds.
CREATE TABLE document_html_parts (
  document_id INTEGER NOT NULL,
  part        INTEGER NOT NULL CHECK (part >= 0),
  html        TEXT NOT NULL,
  PRIMARY KEY (document_id, part)
) WITHOUT ROWID;

CREATE TRIGGER documents_delete_blocks AFTER DELETE ON documents
BEGIN
  DELETE FROM document_blocks WHERE document_id = old.id;
  DELETE FROM document_html_parts WHERE document_id = old.id;
END;

-- search_sources: a large document is indexed as several parts (one FTS row each, written in separate
-- transactions). A part written by an import in progress has no matter yet (matter_id NULL, import_id
-- set), so searches, which join matters, do not see it.
CREATE TABLE search_sources_170 (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  ref_id      INTEGER NOT NULL,
  part        INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0),
  matter_id   INTEGER REFERENCES matters (id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  import_id   INTEGER REFERENCES document_imports (id),
  UNIQUE (kind, ref_id, part),
  CHECK ((matter_id IS NULL) = (import_id IS NOT NULL))
);
INSERT INTO search_sources_170 (id, kind, ref_id, part, matter_id, document_id)
  SELECT id, kind, ref_id, 0, matter_id, document_id FROM search_sources;
DROP TABLE search_sources;
ALTER TABLE search_sources_170 RENAME TO search_sources;
CREATE INDEX search_sources_matter ON search_sources (matter_id);
CREATE INDEX search_sources_import ON search_sources (import_id) WHERE import_id IS NOT NULL;
CREATE TRIGGER search_sources_unindex AFTER DELETE ON search_sources
BEGIN DELETE FROM search_index WHERE rowid = old.id; END;

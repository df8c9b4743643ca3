-- Schema 130: old Word/WPS files (.doc/.wps) and scans/photos read by OCR (issue 15).
-- migration: rebuilds-table
--
-- documents.format gains 'doc' and 'image'. SQLite cannot change a CHECK in place, so the table is
-- rebuilt the way SQLite documents it (new table, copy, drop, rename); the runner turns foreign keys
-- off for this step (dropping the old table would otherwise cascade-delete every block, finding and
-- opinion) and runs foreign_key_check before committing.
CREATE TABLE documents_new (
  id          INTEGER PRIMARY KEY,
  matter_id   INTEGER NOT NULL REFERENCES matters (id),
  role        TEXT NOT NULL CHECK (role IN ('submitted', 'revised', 'minutes', 'attachment')),
  version     INTEGER NOT NULL CHECK (version > 0),
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  format      TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'txt', 'doc', 'image')),
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
INSERT INTO documents_new (id, matter_id, role, version, file_name, format, media_type, size, sha256, html,
  text_chars, extractor, notes_json, created_at, created_by)
SELECT id, matter_id, role, version, file_name, format, media_type, size, sha256, html,
  text_chars, extractor, notes_json, created_at, created_by FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_sha256 ON documents (sha256);

-- OCR text: the page a block was read from and the recogniser's confidence (0–1); NULL for text
-- that came from the file itself.
ALTER TABLE document_blocks ADD COLUMN ocr_page INTEGER;
ALTER TABLE document_blocks ADD COLUMN ocr_confidence REAL CHECK (ocr_confidence IS NULL OR ocr_confidence BETWEEN 0 AND 1);

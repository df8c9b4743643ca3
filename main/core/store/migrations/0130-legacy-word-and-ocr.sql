-- Schema 130: old Word/WPS files (.doc/.wps) and scans/photos read by OCR (issue 15).
--
-- documents.format gains 'doc' and 'image'. SQLite cannot change a CHECK in place, so the table is
-- rebuilt. The migration runs inside a transaction with foreign keys on, where dropping the old table
-- would cascade-delete every block, finding and opinion; with legacy_alter_table the children keep
-- referring to the name "documents" while the old table is renamed away, so the new table takes the
-- name over and dropping the renamed old one touches no child row.
PRAGMA legacy_alter_table = ON;

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
  html        TEXT NOT NULL,
  text_chars  INTEGER NOT NULL,
  extractor   TEXT NOT NULL,
  notes_json  TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  UNIQUE (matter_id, role, version),
  UNIQUE (matter_id, sha256)
);
INSERT INTO documents_new SELECT id, matter_id, role, version, file_name, format, media_type, size, sha256, html,
  text_chars, extractor, notes_json, created_at, created_by FROM documents;
ALTER TABLE documents RENAME TO documents_before_130;
ALTER TABLE documents_new RENAME TO documents;
DROP TABLE documents_before_130;
CREATE INDEX documents_sha256 ON documents (sha256);

PRAGMA legacy_alter_table = OFF;

-- OCR text: the page a block was read from and the recogniser's confidence (0–1); NULL for text
-- that came from the file itself.
ALTER TABLE document_blocks ADD COLUMN ocr_page INTEGER;
ALTER TABLE document_blocks ADD COLUMN ocr_confidence REAL CHECK (ocr_confidence IS NULL OR ocr_confidence BETWEEN 0 AND 1);

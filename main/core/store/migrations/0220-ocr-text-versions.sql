-- Schema 220: the reviewer's corrections of OCR text are text versions of the document (issue 15).
--
-- A document keeps one original (its bytes, unchanged) and, when its text was read by OCR, may get
-- corrected texts. document_blocks always holds the CURRENT text version, so search, pre-checks and
-- anchors work on it with no change to their queries; each correction records which blocks it changed
-- and their text before and after, so every earlier version can be rebuilt (current text with later
-- edits undone) and listed. A correction is a new version, never an edit of an old one: both tables are
-- append-only.
ALTER TABLE documents ADD COLUMN text_version INTEGER NOT NULL DEFAULT 1 CHECK (text_version >= 1);

CREATE TABLE document_text_versions (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- Version 1 is the text as read at import; corrections are 2, 3, …
  version     INTEGER NOT NULL CHECK (version >= 2),
  note        TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  PRIMARY KEY (document_id, version)
) WITHOUT ROWID;

CREATE TABLE document_text_edits (
  document_id INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  idx         INTEGER NOT NULL CHECK (idx >= 0),
  before      TEXT NOT NULL,
  after       TEXT NOT NULL,
  PRIMARY KEY (document_id, version, idx),
  FOREIGN KEY (document_id, version) REFERENCES document_text_versions (document_id, version) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TRIGGER document_text_versions_no_update BEFORE UPDATE ON document_text_versions
BEGIN SELECT RAISE(ABORT, 'document_text_versions is append-only'); END;
CREATE TRIGGER document_text_edits_no_update BEFORE UPDATE ON document_text_edits
BEGIN SELECT RAISE(ABORT, 'document_text_edits is append-only'); END;

-- The text version that last corrected this block (NULL: as read at import). A corrected OCR block
-- is no longer shown as "low confidence": a person has checked it against the page image.
ALTER TABLE document_blocks ADD COLUMN corrected_in INTEGER CHECK (corrected_in IS NULL OR corrected_in >= 2);

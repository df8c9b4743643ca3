-- Schema 110: letters are issued once, and the 批注版 anchors on the paragraph recorded at import (issue 11).
-- * Numbering per kind: each letter kind takes its number from a series ('shared' = the office's main
--   文号 series, or the kind's own series) or carries no number at all, so number/number_seq may be NULL
--   and uniqueness is per (series, year, seq). SQLite cannot change a UNIQUE constraint in place, so the
--   table is rebuilt (the documented create-copy-drop-rename procedure; the self-reference of
--   corrects_letter_id is checked at commit).
-- * A correction (更正) says why: correction_reason is required exactly when corrects_letter_id is set.
-- * From now on a matter gets one original letter of each opinion kind; anything later is a correction,
--   and a letter is corrected at most once (a correction of a correction chains on). Letters issued twice
--   before this version stay as they were (issued letters are immutable), so these rules are triggers on
--   INSERT rather than unique indexes over old rows.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE letters_new (
  id                 INTEGER PRIMARY KEY,
  matter_id          INTEGER NOT NULL REFERENCES matters (id),
  kind               TEXT NOT NULL CHECK (kind IN ('legality-opinion', 'legal-opinion', 'return-notice')),
  number             TEXT UNIQUE,
  number_series      TEXT,
  number_year        INTEGER,
  number_seq         INTEGER CHECK (number_seq IS NULL OR number_seq > 0),
  issue_date         TEXT NOT NULL,
  model_json         TEXT NOT NULL CHECK (json_valid(model_json)),
  sha256             TEXT NOT NULL REFERENCES blobs (sha256),
  size               INTEGER NOT NULL,
  corrects_letter_id INTEGER REFERENCES letters (id),
  correction_reason  TEXT,
  issued_at          TEXT NOT NULL,
  issued_by          TEXT NOT NULL,
  UNIQUE (number_series, number_year, number_seq),
  CHECK ((number IS NULL) = (number_seq IS NULL) AND (number IS NULL) = (number_series IS NULL)),
  CHECK (correction_reason IS NULL OR corrects_letter_id IS NOT NULL)
);

INSERT INTO letters_new (id, matter_id, kind, number, number_series, number_year, number_seq, issue_date, model_json,
                         sha256, size, corrects_letter_id, correction_reason, issued_at, issued_by)
  SELECT id, matter_id, kind, number, 'shared', number_year, number_seq, issue_date, model_json,
         sha256, size, corrects_letter_id, NULL, issued_at, issued_by
  FROM letters;

DROP TABLE letters;
ALTER TABLE letters_new RENAME TO letters;

CREATE INDEX letters_matter ON letters (matter_id, kind, id);
CREATE INDEX letters_corrects ON letters (corrects_letter_id);

CREATE TRIGGER letters_immutable_update BEFORE UPDATE ON letters
BEGIN SELECT RAISE(ABORT, 'issued letters are immutable'); END;
CREATE TRIGGER letters_immutable_delete BEFORE DELETE ON letters
BEGIN SELECT RAISE(ABORT, 'issued letters are immutable'); END;

-- An opinion letter of a kind the matter already has must be a correction, with its reason.
CREATE TRIGGER letters_issue_once BEFORE INSERT ON letters
WHEN NEW.kind IN ('legality-opinion', 'legal-opinion')
  AND NEW.corrects_letter_id IS NULL
  AND EXISTS (SELECT 1 FROM letters WHERE matter_id = NEW.matter_id AND kind = NEW.kind)
BEGIN SELECT RAISE(ABORT, 'letter already issued for this matter; only a correction may follow'); END;

CREATE TRIGGER letters_correction_valid BEFORE INSERT ON letters
WHEN NEW.corrects_letter_id IS NOT NULL
  AND (NEW.correction_reason IS NULL OR length(trim(NEW.correction_reason)) = 0
       OR NOT EXISTS (SELECT 1 FROM letters WHERE id = NEW.corrects_letter_id AND matter_id = NEW.matter_id AND kind = NEW.kind)
       OR EXISTS (SELECT 1 FROM letters WHERE corrects_letter_id = NEW.corrects_letter_id))
BEGIN SELECT RAISE(ABORT, 'a correction names a letter of the same matter and kind not yet corrected, and gives a reason'); END;

-- One paragraph model for the 批注版: each DOCX text block records the part and w:p number it was read
-- from (every w:p counted, empty ones included, as the annotator counts them). NULL for blocks of other
-- formats and of DOCX files imported before this version (annotating matches those by text).
ALTER TABLE document_blocks ADD COLUMN source_part TEXT CHECK (source_part IS NULL OR source_part IN ('document', 'footnotes', 'endnotes'));
ALTER TABLE document_blocks ADD COLUMN source_p INTEGER CHECK (source_p IS NULL OR source_p >= 0);

-- Schema 50: issued letters (意见书). An issued letter is immutable: its bytes live in blobs, its
-- model is kept as printed, and a correction is a new letter that points at the old one.
CREATE TABLE letters (
  id                 INTEGER PRIMARY KEY,
  matter_id          INTEGER NOT NULL REFERENCES matters (id),
  kind               TEXT NOT NULL CHECK (kind IN ('legality-opinion', 'legal-opinion', 'return-notice')),
  number             TEXT NOT NULL UNIQUE,
  number_year        INTEGER NOT NULL,
  number_seq         INTEGER NOT NULL CHECK (number_seq > 0),
  issue_date         TEXT NOT NULL,
  model_json         TEXT NOT NULL CHECK (json_valid(model_json)),
  sha256             TEXT NOT NULL REFERENCES blobs (sha256),
  size               INTEGER NOT NULL,
  corrects_letter_id INTEGER REFERENCES letters (id),
  issued_at          TEXT NOT NULL,
  issued_by          TEXT NOT NULL,
  UNIQUE (number_year, number_seq)
);
CREATE INDEX letters_matter ON letters (matter_id, id);

CREATE TRIGGER letters_immutable_update BEFORE UPDATE ON letters
BEGIN SELECT RAISE(ABORT, 'issued letters are immutable'); END;
CREATE TRIGGER letters_immutable_delete BEFORE DELETE ON letters
BEGIN SELECT RAISE(ABORT, 'issued letters are immutable'); END;

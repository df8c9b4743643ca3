-- Schema 140: the case file (卷宗) — archiving with a 归档号 that locks the matter — and the
-- 送审材料齐全性 check per matter (issue 16).

-- 归档: the archive number is allocated per year (archive_year, archive_seq) like the review serial.
ALTER TABLE matters ADD COLUMN archive_no TEXT;
ALTER TABLE matters ADD COLUMN archive_year INTEGER;
ALTER TABLE matters ADD COLUMN archive_seq INTEGER CHECK (archive_seq IS NULL OR archive_seq > 0);
ALTER TABLE matters ADD COLUMN archived_on TEXT
  CHECK (archived_on IS NULL OR archived_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE matters ADD COLUMN archived_by TEXT;
CREATE UNIQUE INDEX matters_archive_no ON matters (archive_no) WHERE archive_no IS NOT NULL;
CREATE UNIQUE INDEX matters_archive_seq ON matters (archive_year, archive_seq) WHERE archive_seq IS NOT NULL;

-- Which required materials (送审材料) arrived, per matter. item_id is the id in the office's list
-- (resources/materials/ or the office's edited copy in settings); the label is kept as it was shown,
-- so a later edit of the list does not rewrite what was recorded at registration.
CREATE TABLE material_checks (
  matter_id  INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  item_id    TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),
  label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  state      TEXT NOT NULL CHECK (state IN ('received', 'missing', 'not-applicable')),
  note       TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (matter_id, item_id)
) WITHOUT ROWID;

-- An archived case is locked. The services and the router refuse first with a clear message; these
-- triggers are the backstop for any path that forgets (a CLI script, a later feature). The message
-- 'matter.archived' is turned into the Chinese refusal by storeErrorOf. Status moves, assignments and
-- sign-offs always update the matter row in the same transaction, so the trigger on matters covers them
-- without a lookup per history row (bulk writes measured ~19% slower with one on every table).
CREATE TRIGGER matters_archived_locked BEFORE UPDATE ON matters
WHEN OLD.archived_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER matters_archived_no_delete BEFORE DELETE ON matters
WHEN OLD.archived_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;

CREATE TRIGGER documents_archived_insert BEFORE INSERT ON documents
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER opinions_archived_insert BEFORE INSERT ON opinions
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER letters_archived_insert BEFORE INSERT ON letters
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER feedback_archived_insert BEFORE INSERT ON feedback
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER checklist_answers_archived_insert BEFORE INSERT ON checklist_answers
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER reviews_archived_insert BEFORE INSERT ON reviews
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER finding_dismissals_archived_insert BEFORE INSERT ON finding_dismissals
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER material_checks_archived_insert BEFORE INSERT ON material_checks
WHEN (SELECT archived_on FROM matters WHERE id = NEW.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER documents_archived_update BEFORE UPDATE ON documents
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER opinions_archived_update BEFORE UPDATE ON opinions
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER feedback_archived_update BEFORE UPDATE ON feedback
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER checklist_answers_archived_update BEFORE UPDATE ON checklist_answers
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER reviews_archived_update BEFORE UPDATE ON reviews
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER material_checks_archived_update BEFORE UPDATE ON material_checks
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER documents_archived_delete BEFORE DELETE ON documents
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER opinions_archived_delete BEFORE DELETE ON opinions
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER feedback_archived_delete BEFORE DELETE ON feedback
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER checklist_answers_archived_delete BEFORE DELETE ON checklist_answers
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER finding_dismissals_archived_delete BEFORE DELETE ON finding_dismissals
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER material_checks_archived_delete BEFORE DELETE ON material_checks
WHEN (SELECT archived_on FROM matters WHERE id = OLD.matter_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER findings_archived_insert BEFORE INSERT ON findings
WHEN (SELECT m.archived_on FROM documents d JOIN matters m ON m.id = d.matter_id WHERE d.id = NEW.document_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;
CREATE TRIGGER findings_archived_update BEFORE UPDATE ON findings
WHEN (SELECT m.archived_on FROM documents d JOIN matters m ON m.id = d.matter_id WHERE d.id = OLD.document_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'matter.archived'); END;

-- Schema 60: the flow (status history), feedback from the submitting unit, and the registries offices
-- keep (行政规范性文件 三统一 registry, 重大行政决策 annual catalogue). Office settings for deadlines live
-- in the settings table under 'workflow.*' keys.

-- The review-clock facts of a matter: the working-day limit applied (so a return can recompute the due
-- date with the same N) and the day it was closed (办结日期), kept in step by the workflow service.
ALTER TABLE matters ADD COLUMN limit_days INTEGER CHECK (limit_days IS NULL OR limit_days BETWEEN 0 AND 365);
ALTER TABLE matters ADD COLUMN opinion_issued_on TEXT
  CHECK (opinion_issued_on IS NULL OR opinion_issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE matters ADD COLUMN closed_on TEXT
  CHECK (closed_on IS NULL OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
CREATE INDEX matters_reviewer ON matters (reviewer_id);
CREATE INDEX matters_township ON matters (township);
CREATE INDEX matters_unit ON matters (submitting_unit);

-- Every status move, append-only: the chain from 'registered' replays through the status machine.
CREATE TABLE status_changes (
  id           INTEGER PRIMARY KEY,
  matter_id    INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  from_status  TEXT NOT NULL CHECK (from_status IN ('registered', 'in-review', 'awaiting-signoff',
                 'opinion-issued', 'awaiting-feedback', 'closed', 'returned', 'withdrawn')),
  to_status    TEXT NOT NULL CHECK (to_status IN ('registered', 'in-review', 'awaiting-signoff',
                 'opinion-issued', 'awaiting-feedback', 'closed', 'returned', 'withdrawn')),
  effective_on TEXT NOT NULL CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
  reason       TEXT,
  CHECK (from_status <> to_status)
);
CREATE INDEX status_changes_matter ON status_changes (matter_id, id);
CREATE TRIGGER status_changes_no_update BEFORE UPDATE ON status_changes
BEGIN SELECT RAISE(ABORT, 'status_changes is append-only'); END;

-- The submitting unit's reply (反馈) after the opinion, with the revised document if one came.
CREATE TABLE feedback (
  id                  INTEGER PRIMARY KEY,
  matter_id           INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  received_on         TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reply               TEXT NOT NULL CHECK (length(reply) BETWEEN 1 AND 10000),
  revised_document_id INTEGER REFERENCES documents (id),
  created_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL
);
CREATE INDEX feedback_matter ON feedback (matter_id, id);

-- 行政规范性文件 registry: 统一登记、统一编号、统一印发, with the validity period for 清理.
CREATE TABLE normative_registry (
  id              INTEGER PRIMARY KEY,
  registration_no TEXT NOT NULL UNIQUE CHECK (length(registration_no) BETWEEN 1 AND 64),
  title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  issuing_body    TEXT NOT NULL CHECK (length(issuing_body) BETWEEN 1 AND 100),
  document_no     TEXT,
  issued_on       TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  valid_from      TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  valid_until     TEXT CHECK (valid_until IS NULL OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- Repealed or declared invalid before the end of its validity (废止/宣布失效).
  repealed_on     TEXT CHECK (repealed_on IS NULL OR repealed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  matter_id       INTEGER REFERENCES matters (id) ON DELETE SET NULL,
  note            TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX normative_registry_until ON normative_registry (valid_until);

-- 重大行政决策 年度决策事项目录 and the procedure steps each item needs (国务院令第713号).
CREATE TABLE decision_items (
  id               INTEGER PRIMARY KEY,
  year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  responsible_unit TEXT NOT NULL CHECK (length(responsible_unit) BETWEEN 1 AND 100),
  matter_id        INTEGER REFERENCES matters (id) ON DELETE SET NULL,
  note             TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX decision_items_year ON decision_items (year, id);

CREATE TABLE decision_steps (
  item_id              INTEGER NOT NULL REFERENCES decision_items (id) ON DELETE CASCADE,
  step                 TEXT NOT NULL CHECK (step IN ('public-participation', 'expert-review', 'risk-assessment',
                         'legality-review', 'collective-decision', 'publication')),
  done_on              TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  evidence_document_id INTEGER REFERENCES documents (id),
  -- A step the rules make conditional may be marked not applicable, always with the reason.
  not_applicable       TEXT,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  PRIMARY KEY (item_id, step),
  CHECK (done_on IS NULL OR not_applicable IS NULL)
) WITHOUT ROWID;

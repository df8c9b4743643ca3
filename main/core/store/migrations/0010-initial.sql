-- Schema 10: matters, users, settings and the append-only audit log.
CREATE TABLE users (
  id           INTEGER PRIMARY KEY,
  login        TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
  role         TEXT NOT NULL CHECK (role IN ('reviewer', 'approver', 'admin')),
  created_at   TEXT NOT NULL
);

CREATE TABLE matters (
  id              INTEGER PRIMARY KEY,
  serial          TEXT NOT NULL UNIQUE,
  serial_year     INTEGER NOT NULL,
  serial_no       INTEGER NOT NULL CHECK (serial_no > 0),
  type            TEXT NOT NULL CHECK (type IN ('village.charter', 'village.rules', 'village.contract',
                    'village.project', 'village.other', 'normative', 'decision', 'contract', 'opinion')),
  title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  submitting_unit TEXT NOT NULL CHECK (length(submitting_unit) BETWEEN 1 AND 100),
  township        TEXT,
  contact_name    TEXT,
  contact_phone   TEXT,
  received_on     TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  due_on          TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status          TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'in-review',
                    'awaiting-signoff', 'opinion-issued', 'awaiting-feedback', 'closed', 'returned', 'withdrawn')),
  reviewer_id     INTEGER REFERENCES users (id),
  result          TEXT CHECK (result IS NULL OR result IN ('lawful', 'lawful-after-revision', 'unlawful')),
  note            TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (serial_year, serial_no)
);
CREATE INDEX matters_received ON matters (received_on);
CREATE INDEX matters_type ON matters (type);
CREATE INDEX matters_status ON matters (status);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Append-only: who did what, when, with the row before and after as JSON snapshots.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  before_json TEXT,
  after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

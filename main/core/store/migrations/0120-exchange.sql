-- Schema 120: exchange packages between installations that share no network (issue 14).
-- The office's own identity with its Ed25519 signing key pair and X25519 key pair for encryption
-- (DER bytes made by node:crypto; the private keys live in the archive like the rest of its secrets —
-- the data folder is private to the user, and nothing home-made "protects" them further).
CREATE TABLE office_identity (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  code         TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
  kind         TEXT NOT NULL CHECK (kind IN ('county-bureau', 'township-office', 'counsel', 'unit')),
  sign_public  BLOB NOT NULL,
  sign_private BLOB NOT NULL,
  box_public   BLOB NOT NULL,
  box_private  BLOB NOT NULL,
  fingerprint  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL
);

-- Other offices whose packages this one accepts; withdrawing keeps the row (history), a new trust adds one.
CREATE TABLE trusted_offices (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('county-bureau', 'township-office', 'counsel', 'unit')),
  sign_public     BLOB NOT NULL,
  box_public      BLOB NOT NULL,
  fingerprint     TEXT NOT NULL,
  valid_until     TEXT CHECK (valid_until IS NULL OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  trusted_at      TEXT NOT NULL,
  trusted_by      TEXT NOT NULL,
  withdrawn_at    TEXT,
  withdrawn_by    TEXT,
  withdraw_reason TEXT
);
CREATE UNIQUE INDEX trusted_offices_active ON trusted_offices (code) WHERE withdrawn_at IS NULL;

-- Every package made or taken in; (package_id, direction) makes an import idempotent.
CREATE TABLE exchange_packages (
  id           INTEGER PRIMARY KEY,
  package_id   TEXT NOT NULL,
  direction    TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  kind         TEXT NOT NULL CHECK (kind IN ('submission', 'consult', 'consult-reply', 'letter', 'feedback', 'statistics')),
  peer_code    TEXT NOT NULL,
  peer_name    TEXT NOT NULL,
  matter_id    INTEGER REFERENCES matters (id),
  file_sha256  TEXT NOT NULL,
  size         INTEGER NOT NULL,
  encrypted    INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
  summary_json TEXT NOT NULL CHECK (json_valid(summary_json)),
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  UNIQUE (package_id, direction)
);
CREATE INDEX exchange_packages_matter ON exchange_packages (matter_id);

-- The same matter and opinion carry one id across installations (local ids differ everywhere).
CREATE TABLE exchange_matters (
  matter_id INTEGER PRIMARY KEY REFERENCES matters (id) ON DELETE CASCADE,
  uid       TEXT NOT NULL UNIQUE
);
CREATE TABLE exchange_opinions (
  opinion_id INTEGER PRIMARY KEY REFERENCES opinions (id) ON DELETE CASCADE,
  uid        TEXT NOT NULL UNIQUE
);
-- A person of another office (the counsel) who wrote opinions here: a local account that cannot sign in.
CREATE TABLE exchange_accounts (
  office_code  TEXT NOT NULL,
  remote_login TEXT NOT NULL,
  user_id      INTEGER NOT NULL REFERENCES users (id),
  PRIMARY KEY (office_code, remote_login)
) WITHOUT ROWID;

-- Letters issued by another office (the unit receives them); the office's own letters stay in `letters`.
CREATE TABLE received_letters (
  id          INTEGER PRIMARY KEY,
  matter_id   INTEGER NOT NULL REFERENCES matters (id),
  from_code   TEXT NOT NULL,
  number      TEXT NOT NULL,
  kind        TEXT NOT NULL,
  issue_date  TEXT NOT NULL,
  model_json  TEXT NOT NULL CHECK (json_valid(model_json)),
  sha256      TEXT NOT NULL REFERENCES blobs (sha256),
  size        INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (from_code, number)
);
CREATE TRIGGER received_letters_immutable BEFORE UPDATE ON received_letters
BEGIN SELECT RAISE(ABORT, 'received letters are immutable'); END;

-- 统计上报 received by the county: the latest report of an office for a period counts.
CREATE TABLE statistics_reports (
  id              INTEGER PRIMARY KEY,
  package_id      TEXT NOT NULL UNIQUE,
  office_code     TEXT NOT NULL,
  office_name     TEXT NOT NULL,
  period_from     TEXT NOT NULL,
  period_to       TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  statistics_json TEXT NOT NULL CHECK (json_valid(statistics_json)),
  ledger_json     TEXT NOT NULL CHECK (json_valid(ledger_json)),
  received_at     TEXT NOT NULL
);
CREATE INDEX statistics_reports_office ON statistics_reports (office_code, period_from, period_to);

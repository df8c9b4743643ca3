-- Schema 70: accounts with roles and passwords, sessions, sign-in attempts, assignment, and the
-- hash-chained audit log. The `users` table of schema 10 becomes the account table; its single
-- `role` column is kept for old readers and superseded by user_roles.
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
ALTER TABLE users ADD COLUMN unit TEXT;
ALTER TABLE users ADD COLUMN initials TEXT;
ALTER TABLE users ADD COLUMN updated_at TEXT;
CREATE UNIQUE INDEX users_login_nocase ON users (login COLLATE NOCASE);

CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role    TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'counsel', 'approver', 'liaison', 'viewer')),
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;

-- Only the SHA-256 of a session token is stored: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  door         TEXT NOT NULL CHECK (door IN ('electron', 'http', 'cli')),
  address      TEXT,
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id      INTEGER PRIMARY KEY,
  login   TEXT NOT NULL,
  address TEXT,
  ok      INTEGER NOT NULL CHECK (ok IN (0, 1)),
  at      TEXT NOT NULL
);
CREATE INDEX login_attempts_login ON login_attempts (login COLLATE NOCASE, at);
CREATE INDEX login_attempts_address ON login_attempts (address, at);

-- 分办/转办: the reviewer (matters.reviewer_id, schema 10) and optionally a counsel.
ALTER TABLE matters ADD COLUMN counsel_id INTEGER REFERENCES users (id);
CREATE INDEX matters_counsel ON matters (counsel_id);
CREATE TABLE assignments (
  id          INTEGER PRIMARY KEY,
  matter_id   INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  reviewer_id INTEGER REFERENCES users (id),
  counsel_id  INTEGER REFERENCES users (id),
  by_user_id  INTEGER NOT NULL REFERENCES users (id),
  reason      TEXT,
  at          TEXT NOT NULL
);
CREATE INDEX assignments_matter ON assignments (matter_id, id);

ALTER TABLE signoffs ADD COLUMN user_id INTEGER REFERENCES users (id);

-- The chain: hash = SHA-256(prev_hash || canonical row). Rows written before this schema are sealed
-- once, in id order, by the program right after the upgrade (SQLite has no SHA-256 of its own), so
-- the append-only trigger lets exactly that one update through: hash and prev_hash from NULL, nothing else.
ALTER TABLE audit_log ADD COLUMN user_id INTEGER;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_at ON audit_log (at);
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
  OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
  AND NEW.id = OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
  AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.before_json IS OLD.before_json
  AND NEW.after_json IS OLD.after_json AND NEW.user_id IS OLD.user_id
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Who wrote each opinion: the 批注版 comment author and the letters' accountability.
ALTER TABLE opinions ADD COLUMN author_id INTEGER REFERENCES users (id);

-- Schema 90: every backup attempt (automatic daily, manual), so a missed or failed backup can be shown
-- on the home page. Backup settings (folder, days kept) live in `settings` under the key 'backup'.
CREATE TABLE backup_runs (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('daily', 'manual')),
  started_at         TEXT NOT NULL,
  finished_at        TEXT NOT NULL,
  ok                 INTEGER NOT NULL CHECK (ok IN (0, 1)),
  file               TEXT,
  bytes              INTEGER,
  encrypted          INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
  matters            INTEGER,
  letters            INTEGER,
  last_letter_number TEXT,
  error              TEXT
);
CREATE INDEX backup_runs_ok ON backup_runs (ok, finished_at);

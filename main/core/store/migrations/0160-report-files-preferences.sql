-- Schema 160: documents carried by a 统计上报 package when the township chose to include them (issue 14),
-- and per-account preferences (issue 19).
-- * statistics_report_files: one row per file a report brought (the matter's documents and its issued
--   letters); the bytes are content-addressed in `blobs` like every other original, so the county's
--   archive stays one file and a backup carries them.
-- * user_preferences: settings each person chooses for themselves (interface language, the office name
--   last typed when copying a template …). They used to live in the renderer's localStorage, i.e. in
--   Chromium's profile: lost on restore and invisible to another door. One row per account and key;
--   the value is a short JSON text checked by the contract.
CREATE TABLE statistics_report_files (
  id            INTEGER PRIMARY KEY,
  report_id     INTEGER NOT NULL REFERENCES statistics_reports (id),
  matter_serial TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('document', 'letter')),
  role          TEXT,
  version       INTEGER,
  file_name     TEXT NOT NULL,
  sha256        TEXT NOT NULL REFERENCES blobs (sha256),
  size          INTEGER NOT NULL,
  UNIQUE (report_id, sha256, matter_serial)
);
CREATE INDEX statistics_report_files_report ON statistics_report_files (report_id);

CREATE TABLE user_preferences (
  user_id    INTEGER NOT NULL REFERENCES users (id),
  key        TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
  value      TEXT NOT NULL CHECK (json_valid(value) AND length(value) <= 4000),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);

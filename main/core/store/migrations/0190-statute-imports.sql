-- Statute imports whose alerts are written (issue 18). `law import` writes the statute text to its own
-- file (statutes.sqlite3) and the alerts to the archive; the two files cannot commit together, so the
-- statute store keeps the import as pending until this row exists. The row is written in the same
-- transaction as the alerts and the audit entry, so an import interrupted after the statute merge is
-- finished exactly once (at the next import or alert listing) and never raises its alerts twice.
CREATE TABLE statute_imports (
  import_id   TEXT PRIMARY KEY,
  label       TEXT NOT NULL,
  source      TEXT NOT NULL,
  alerts      INTEGER NOT NULL,
  finished_at TEXT NOT NULL
);

-- Schema 150: daily work without traps (issue 20).
-- Voiding (作废) a matter registered by mistake: it keeps its serial (the numbering has no gaps) but leaves
-- the queue and the statistics. A column set, not a status: voiding is a correction of the record, not a
-- step of the review flow, and the flow's history stays as it was.
ALTER TABLE matters ADD COLUMN voided_at   TEXT;
ALTER TABLE matters ADD COLUMN voided_by   TEXT;
ALTER TABLE matters ADD COLUMN void_reason TEXT CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500);
-- The day the approver signed the review off (签批通过); cleared when a sign-off is returned. The status
-- list shows 已签批待出具 from it, so an approved matter no longer looks as if it still waited for sign-off.
ALTER TABLE matters ADD COLUMN signed_off_on TEXT CHECK (signed_off_on IS NULL OR signed_off_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

-- Every correction of a registered field: who, when, old → new and why. Append-only like the audit log.
CREATE TABLE matter_corrections (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  field      TEXT NOT NULL CHECK (field IN ('type', 'title', 'submittingUnit', 'township', 'contactName', 'contactPhone',
               'receivedOn', 'dueOn', 'note', 'voided')),
  old_value  TEXT,
  new_value  TEXT,
  reason     TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  actor      TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
  at         TEXT NOT NULL
);
CREATE INDEX matter_corrections_matter ON matter_corrections (matter_id, id);
CREATE TRIGGER matter_corrections_no_update BEFORE UPDATE ON matter_corrections
BEGIN SELECT RAISE(ABORT, 'matter_corrections is append-only'); END;

-- Working-day calendars an office added for years the packaged holiday data does not cover yet, parsed
-- from the State Council's notice (国务院办公厅关于部分节假日安排的通知) and confirmed on a calendar.
CREATE TABLE holiday_years (
  year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  holidays    TEXT NOT NULL,  -- JSON {"YYYY-MM-DD": "春节", …}, checked by CalendarData on every read
  workdays    TEXT NOT NULL,  -- JSON {"YYYY-MM-DD": "春节", …}: the 调休 working weekends
  source_text TEXT,
  saved_at    TEXT NOT NULL,
  saved_by    TEXT NOT NULL
);

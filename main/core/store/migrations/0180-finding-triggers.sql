-- Schema 180: the words that triggered a pre-check finding, as a range of the same block inside the
-- finding's excerpt (issue 13), so the excerpt can highlight them after a reload. NULL when the excerpt
-- is the trigger itself, and for findings stored before this version (they get one on the next run).
ALTER TABLE findings ADD COLUMN trigger_start INTEGER
  CHECK (trigger_start IS NULL OR (trigger_start >= range_start AND trigger_start <= range_end));
ALTER TABLE findings ADD COLUMN trigger_end INTEGER
  CHECK ((trigger_end IS NULL) = (trigger_start IS NULL)
    AND (trigger_end IS NULL OR (trigger_end > trigger_start AND trigger_end <= range_end)));

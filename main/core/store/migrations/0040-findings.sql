-- Schema 40: findings of the automatic pre-checks, per document version, and the reviewer's
-- dismissals, remembered per matter so re-running the checks (or a new version) keeps them.
CREATE TABLE findings (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  rule          TEXT NOT NULL,
  severity      TEXT NOT NULL CHECK (severity IN ('must', 'should', 'hint')),
  message       TEXT NOT NULL,
  paragraph     INTEGER NOT NULL CHECK (paragraph >= 0),
  range_start   INTEGER NOT NULL CHECK (range_start >= 0),
  range_end     INTEGER NOT NULL CHECK (range_end >= range_start),
  excerpt       TEXT NOT NULL,
  basis         TEXT NOT NULL,
  suggestion    TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
  dismiss_reason TEXT,
  opinion_id    INTEGER REFERENCES opinions (id) ON DELETE SET NULL,
  checked_at    TEXT NOT NULL,
  CHECK ((state = 'dismissed') = (dismiss_reason IS NOT NULL))
);
CREATE INDEX findings_document ON findings (document_id, paragraph, range_start);

-- A dismissal is keyed by the excerpt with a little of the text around it, so dismissing one blank
-- (“____”) does not dismiss every other blank of the matter, yet survives a new version of the file.
CREATE TABLE finding_dismissals (
  matter_id  INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  rule       TEXT NOT NULL,
  excerpt    TEXT NOT NULL,
  context    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  PRIMARY KEY (matter_id, rule, excerpt, context)
);

-- Statute library (issue 18). The statute text itself lives in its own file (statutes.sqlite3, see
-- main/core/statutes/statute-db.ts); the archive keeps what must survive with the opinions and letters.

-- What an opinion cited: the law, article (and 款/项), the version in force when it was cited, and the
-- cited text with its SHA-256, so a past opinion shows what it relied on even after the law changed.
CREATE TABLE opinion_citations (
  opinion_id    INTEGER NOT NULL REFERENCES opinions (id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  law           TEXT NOT NULL,
  title         TEXT NOT NULL,
  article_key   TEXT NOT NULL,
  article_label TEXT NOT NULL,
  paragraph     INTEGER,
  item          INTEGER,
  version_date  TEXT NOT NULL,
  text          TEXT NOT NULL,
  text_sha256   TEXT NOT NULL CHECK (length(text_sha256) = 64),
  cited_at      TEXT NOT NULL,
  PRIMARY KEY (opinion_id, seq)
);
CREATE INDEX opinion_citations_article ON opinion_citations (law, article_key);

-- "The law changed": after a newer statute snapshot is imported, one row per opinion, checklist item or
-- library entry whose cited article was amended, moved or repealed, with both texts for the diff.
CREATE TABLE statute_alerts (
  id            INTEGER PRIMARY KEY,
  snapshot      TEXT NOT NULL,
  target        TEXT NOT NULL CHECK (target IN ('opinion', 'checklist-item', 'library-entry')),
  target_ref    TEXT NOT NULL,
  target_label  TEXT NOT NULL,
  matter_id     INTEGER REFERENCES matters (id) ON DELETE CASCADE,
  law           TEXT NOT NULL,
  article_key   TEXT NOT NULL,
  article_label TEXT NOT NULL,
  change        TEXT NOT NULL CHECK (change IN ('amended', 'removed', 'repealed')),
  from_version  TEXT NOT NULL,
  to_version    TEXT,
  before_text   TEXT,
  after_text    TEXT,
  created_at    TEXT NOT NULL,
  seen_at       TEXT,
  seen_by       TEXT
);
CREATE INDEX statute_alerts_open ON statute_alerts (seen_at, id);

-- Issued letters that relied on an alerted article; the letters themselves stay untouched.
CREATE TABLE statute_alert_letters (
  alert_id  INTEGER NOT NULL REFERENCES statute_alerts (id) ON DELETE CASCADE,
  letter_id INTEGER NOT NULL REFERENCES letters (id),
  PRIMARY KEY (alert_id, letter_id)
);

-- Issue 17: the full-text index in a compact layout. detail=none keeps, per token, only the list of
-- sources holding it (no positions, no column list): on real documents the index shrinks from about
-- 5.2 to 1.1 bytes per indexed character (the archive was mostly index). The search stays exact:
-- one- and two-character queries are single lookups as before, and a longer query's candidates (every
-- one of its bigrams present) are confirmed against the stored text (see main/core/search/match-clause.ts).
-- The index cannot be filled in SQL (the bigram encoding lives in search-text.ts): every source is
-- queued in search_rebuild, and openCore re-indexes the queue in chunks, with progress, before the
-- archive is used (main/core/search/search-rebuild.ts). The queue survives a crash half-way.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii',
  prefix = '1',
  detail = none
);

CREATE TABLE search_rebuild (
  source_id INTEGER PRIMARY KEY
);

INSERT INTO search_rebuild (source_id) SELECT id FROM search_sources;

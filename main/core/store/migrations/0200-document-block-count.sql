-- Schema 200: a document's number of blocks is stored with it (issue 12). It was counted on every read
-- of a document summary; blocks are a WITHOUT ROWID table holding their text, so counting a
-- 200,000-paragraph document walked ~20 MB of pages: 0.35–0.5 s inside the import's last (registering)
-- transaction, and again on every documents.list of its matter and every look-up of the same file.
ALTER TABLE documents ADD COLUMN block_count INTEGER NOT NULL DEFAULT 0 CHECK (block_count >= 0);
UPDATE documents SET block_count = (SELECT count(*) FROM document_blocks b WHERE b.document_id = documents.id);

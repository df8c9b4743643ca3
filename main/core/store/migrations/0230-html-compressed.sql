-- migration: rebuilds-table
-- Issue 17: the reading-view HTML is stored compressed, in a table that packs small pieces into its pages.
--
-- document_html_parts was WITHOUT ROWID: there a row longer than about a quarter of a page (2 KB with
-- 8 KiB pages) keeps only ~1 KB in its page and the rest on overflow pages of its own, mostly empty —
-- the HTML of an ordinary document (a few KB) took two pages. As a rowid table a row of up to a page
-- stays in the table's pages.
-- New pieces are brotli-compressed (codec 'br', main/core/documents/html-parts.ts: about 0.4× of the HTML's
-- UTF-8); every reader goes through readHtmlPart/readHtml there. Rows copied here keep codec 'none'
-- (plain text: compression needs JavaScript, and a migration runs in one SQL transaction), and so does
-- the HTML still held in documents.html by documents imported before: `review-desk compact` moves and
-- compresses both, with progress, and rewrites the file smaller.
-- Dropped first: renaming a table re-reads every trigger, and this one names the table being replaced.
DROP TRIGGER IF EXISTS documents_delete_blocks;
CREATE TABLE document_html_parts_230 (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  part        INTEGER NOT NULL CHECK (part >= 0),
  codec       TEXT NOT NULL DEFAULT 'none' CHECK (codec IN ('none', 'br')),
  -- TEXT when codec = 'none', the compressed UTF-8 bytes (BLOB) when codec = 'br'.
  html        NOT NULL,
  UNIQUE (document_id, part),
  CHECK ((codec = 'none') = (typeof(html) = 'text'))
);
INSERT INTO document_html_parts_230 (document_id, part, codec, html)
  SELECT document_id, part, 'none', html FROM document_html_parts ORDER BY document_id, part;
DROP TABLE document_html_parts;
ALTER TABLE document_html_parts_230 RENAME TO document_html_parts;

CREATE TRIGGER documents_delete_blocks AFTER DELETE ON documents
BEGIN
  DELETE FROM document_blocks WHERE document_id = old.id;
  DELETE FROM document_html_parts WHERE document_id = old.id;
END;

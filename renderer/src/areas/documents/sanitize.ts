import DOMPurify from 'dompurify';

/** What the reading view may contain: the structure of a document and in-document links, nothing active. */
const DOCUMENT_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'strong', 'em', 'u', 's', 'sup', 'sub', 'a', 'span', 'br', 'code',
];
const DOCUMENT_ATTRS = ['colspan', 'rowspan', 'id', 'href', 'data-b'];

/**
 * The server already rebuilds the reading view from an allowlist; this second pass in the renderer means
 * a bug or a hostile file there still cannot put script, styles or remote links into the app.
 */
export function sanitizeDocumentHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: DOCUMENT_TAGS,
    ALLOWED_ATTR: DOCUMENT_ATTRS,
    ALLOW_DATA_ATTR: false,
    // Plain values, exempt from the URI check below.
    ADD_URI_SAFE_ATTR: ['data-b', 'colspan', 'rowspan', 'id'],
    // Only links inside the document (footnotes, table of contents).
    ALLOWED_URI_REGEXP: /^#[A-Za-z0-9_-]+$/,
  });
}

/** A search snippet: escaped text with the match in <mark>; anything else is dropped. */
export function sanitizeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}

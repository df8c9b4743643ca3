import DOMPurify from 'dompurify';

const LETTER_TAGS = ['article', 'p', 'span', 'br', 'table', 'tbody', 'tr', 'td'];

/**
 * The preview is our own escaped HTML, but it carries user-edited texts and font names, so it is
 * sanitized anyway. Inline styles are the layout (fonts, sizes, indents) and are kept; the <style>
 * element is dropped and its one rule lives in letters.css instead.
 */
export function sanitizeLetterHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: LETTER_TAGS,
    ALLOWED_ATTR: ['class', 'style', 'lang', 'colspan'],
    ALLOW_DATA_ATTR: false,
  });
}

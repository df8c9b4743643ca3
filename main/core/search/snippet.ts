import { escapeHtml } from '../documents/escape-html.js';
import { foldAscii } from './search-text.js';

const CONTEXT_CHARS = 40;

/** Moves an offset off the low half of a surrogate pair, so a cut never splits a character. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * The text around the first occurrence of `query` (ASCII case-insensitive), HTML-escaped, with the
 * occurrence wrapped in <mark>. Text without the query yields its escaped beginning.
 */
export function makeSnippet(text: string, query: string, context = CONTEXT_CHARS): string {
  const at = foldAscii(text).indexOf(foldAscii(query));
  if (at < 0) return escapeHtml(text.slice(0, safeCut(text, context * 2)));
  const end = at + query.length;
  const from = safeCut(text, Math.max(0, at - context));
  const to = safeCut(text, Math.min(text.length, end + context));
  return (
    (from > 0 ? '…' : '') +
    escapeHtml(text.slice(from, at)) +
    `<mark>${escapeHtml(text.slice(at, end))}</mark>` +
    escapeHtml(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}

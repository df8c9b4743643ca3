/**
 * How text becomes FTS5 tokens: exactly one token per character, so an FTS5 phrase query of a
 * query's characters matches where — and only where — the query occurs as a substring.
 *
 * FTS5 runs with the built-in `ascii` tokenizer, which treats every non-ASCII code point as a token
 * character, ASCII letters and digits as token characters (folded to lower case, like LIKE), and other
 * ASCII characters as separators. We therefore write each character as its own space-separated token:
 * - non-ASCII characters (CJK, full-width punctuation, U+3000) and ASCII letters/digits stand for
 *   themselves;
 * - ASCII punctuation and whitespace, which the tokenizer would drop, are mapped to characters of the
 *   Supplementary Private Use Area-A (U+F0000 + code) so they still occupy a position. Dropping them would
 *   make "合同" match "合 同" or "合，同". (The BMP private use area is avoided on purpose: GBK/GB18030
 *   decoders map some real characters there.)
 * - blocks of one document are joined by a separator token no query can contain, so no match spans two
 *   paragraphs.
 * Queries of 1, 2 or more characters are then all plain phrase queries, with no minimum length (unlike
 * trigram) and no interleaving problems (unlike overlapping bigrams).
 */

const PUA_BASE = 0xf0000;
/** Between two blocks of one document; a query character never encodes to it. */
export const BLOCK_SEPARATOR_TOKEN = String.fromCodePoint(PUA_BASE + 0x100);

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The token for one character (given as a code point). */
function tokenFor(code: number, char: string): string {
  if (code >= 0x80 || isAsciiAlnum(code)) return char;
  return String.fromCodePoint(PUA_BASE + code);
}

/** Tokens of one piece of text, space-separated. */
export function encodeText(text: string): string {
  const out: string[] = [];
  for (const char of text) out.push(tokenFor(char.codePointAt(0)!, char));
  return out.join(' ');
}

/** The FTS5 body of a document: its blocks, never matched across block boundaries. */
export function encodeBlocks(texts: readonly string[]): string {
  return texts.map(encodeText).join(` ${BLOCK_SEPARATOR_TOKEN} `);
}

/**
 * The MATCH expression for a user's query: one FTS5 phrase of its characters. Every ASCII character
 * that FTS5 syntax knows (quotes, *, ^, parentheses…) is already mapped to a private-use token, so
 * the phrase needs no escaping.
 */
export function phraseQuery(query: string): string {
  return `"${encodeText(query)}"`;
}

/** Case folding that matches the index and SQL LIKE: ASCII letters only. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

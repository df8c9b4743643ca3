/**
 * How text becomes FTS5 tokens so that a query of any length (1, 2 or more characters) finds exactly
 * the texts containing it as a substring — the same answer as `LIKE '%q%'` (tests check this against a
 * LIKE scan on real documents).
 *
 * Characters. FTS5 runs with the built-in `ascii` tokenizer: every non-ASCII code point and every ASCII
 * letter or digit is a token character (ASCII letters folded to lower case, as LIKE does); other ASCII
 * characters are separators and would vanish, so each ASCII punctuation or space character is written as
 * a character of the Supplementary Private Use Area-A (U+F0000 + code) instead. Dropping them would make
 * "合同" match "合 同" or "合，同". (The BMP private use area is avoided: GBK/GB18030 decoders map some
 * real characters there.) After this step one character = one code point = one token character.
 *
 * Tokens. Each character position i of a paragraph gives one token: its character followed by the next
 * one (overlapping bigrams), the last character followed by an end mark. Paragraphs are joined by a
 * separator token, so no match spans two paragraphs.
 * - A query of m ≥ 2 characters is the phrase of its m−1 overlapping bigrams; consecutive bigram tokens
 *   equal to them exist exactly where the m characters occur in a row (each bigram overlaps the next by
 *   one character; an end mark never equals a query character).
 * - A query of 1 character is one token of search_chars, which holds per source the set of its distinct
 *   characters (encodeChars) without positions (migration 0210: the one-character prefix index it
 *   replaces was a second copy of every position). On the bigram table, "x"* still gives the same answer
 *   (every position's token starts with that position's character), without a prefix index to speed it.
 * This avoids both known traps: trigram needs ≥ 3 characters, and a phrase of bigrams fails when
 * unigram tokens are interleaved in the same column (there are none here). Two-character queries, the
 * commonest in Chinese (合同, 罚款), are single-token lookups.
 */

const PUA_BASE = 0xf0000;
/** Between two paragraphs of one document; no query produces it. */
export const BLOCK_SEPARATOR_TOKEN = String.fromCodePoint(PUA_BASE + 0x100);
/** Second half of the token of a paragraph's last character. */
const END_MARK = String.fromCodePoint(PUA_BASE + 0x101);

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Each character as one token character (see above). */
function characters(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out.push(code >= 0x80 || isAsciiAlnum(code) ? char : String.fromCodePoint(PUA_BASE + code));
  }
  return out;
}

/** Overlapping bigram tokens of one paragraph, space-separated. */
export function encodeText(text: string): string {
  const chars = characters(text);
  return chars.map((c, i) => c + (chars[i + 1] ?? END_MARK)).join(' ');
}

/** The FTS5 body of a document: its paragraphs, never matched across paragraph boundaries. */
export function encodeBlocks(texts: readonly string[]): string {
  return texts
    .filter((t) => t.length > 0)
    .map(encodeText)
    .join(` ${BLOCK_SEPARATOR_TOKEN} `);
}

/**
 * The body of a source's search_chars row: each distinct character of an encoded body (encodeBlocks),
 * i.e. the first character of each of its tokens, once. Made from the body so every writer of the index
 * keeps passing one string; a scan with a Set, cheap next to the bigram insert itself.
 */
export function encodeChars(body: string): string {
  const seen = new Set<number>();
  let at = 0;
  while (at < body.length) {
    const code = body.codePointAt(at)!;
    seen.add(code);
    const space = body.indexOf(' ', at);
    if (space < 0) break;
    at = space + 1;
  }
  seen.delete(BLOCK_SEPARATOR_TOKEN.codePointAt(0)!);
  return Array.from(seen, (code) => String.fromCodePoint(code)).join(' ');
}

/**
 * Which index answers a query and with what MATCH expression: search_chars for one character (the bigram
 * table has no prefix index since migration 0210, and "x"* over it reads every bigram starting with x),
 * search_index with the phrase of bigrams for longer queries. Both have the source id as rowid.
 */
export function sourceMatch(query: string): { table: 'search_chars' | 'search_index'; match: string } {
  return characters(query).length === 1
    ? { table: 'search_chars', match: charExpression(query) }
    : { table: 'search_index', match: matchExpression(query) };
}

/** The MATCH expression of a one-character query on search_chars (see encodeChars). */
export function charExpression(query: string): string {
  const chars = characters(query);
  if (chars.length !== 1) throw new Error('charExpression takes one character');
  return `"${chars[0]}"`;
}

/**
 * The MATCH expression for a user's query (non-empty). Every ASCII character that FTS5 syntax knows
 * (quotes, *, ^, parentheses…) is already mapped to a private-use character, so nothing needs escaping.
 */
export function matchExpression(query: string): string {
  const chars = characters(query);
  if (chars.length === 1) return `"${chars[0]}" *`;
  const bigrams = chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
  return `"${bigrams.join(' ')}"`;
}

/** Case folding that matches the index and SQL LIKE: ASCII letters only. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

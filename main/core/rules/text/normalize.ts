/**
 * Text normalisation that remembers where every character came from, so a match found in the
 * normalised text can be reported as a range of the ORIGINAL text (the anchor reviewers see).
 *
 * - full-width ASCII (！..～, digits ０-９, letters, （）：，．) → half-width;
 * - every kind of space (U+3000, NBSP, tab, thin spaces) → ' '; optionally runs collapsed to one;
 * - soft hyphens and zero-width characters removed;
 * - ￥ → ¥, ○ (U+25CB) → 〇 so Chinese-digit years such as 二○二四 parse;
 * - traditional characters → simplified, one for one (text/traditional.ts), so 村規民約 reads as 村规民约;
 * - pinyin injected after characters by web converters ("規(guī)") dropped.
 */
import { simplifiedOf } from './traditional.js';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** origStart[i]: offset in the original of the first code unit behind normalised char i. */
  origStart: Int32Array;
  /** origEnd[i]: offset in the original just after the last code unit behind normalised char i. */
  origEnd: Int32Array;
}

export interface NormalizeOptions {
  /** Collapse each run of whitespace (other than line breaks) into one space. Default false. */
  collapseWhitespace?: boolean;
}

const REMOVED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Map one UTF-16 code unit to its normalised form ('' = drop). */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (REMOVED.has(code)) return '';
  if (isSpace(code)) return ' ';
  if (code === 0x0d) return '\n';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0xffe5) return '¥';
  if (code === 0x25cb) return '〇';
  if (code === 0xfe63 || code === 0x2212) return '-';
  return simplifiedOf(code) ?? ch;
}

/**
 * Pinyin that a web site's converter put after each character ("村規(guī)民約", "協(xié)議書(shū)"): one
 * tone-marked syllable in parentheses straight after a Han character is dropped, so the words read whole.
 */
const PINYIN_RE = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/y;

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

export function normalize(input: string, options: NormalizeOptions = {}): NormalizedText {
  const collapse = options.collapseWhitespace === true;
  // Offsets go straight into typed arrays sized for the worst case, and unchanged runs of the input
  // are copied as slices: per-character arrays and strings made most of the garbage (and GC time)
  // of a run on a long document.
  const starts = new Int32Array(input.length);
  const ends = new Int32Array(input.length);
  const pieces: string[] = [];
  let runFrom = 0; // start of the pending run of characters kept as they are
  let n = 0;
  let lastSpace = false;
  let dropUntil = -1;
  for (let i = 0; i < input.length; i++) {
    const src = input[i] as string;
    if ((src === '(' || src === '（') && i > 0 && isHan(input.charCodeAt(i - 1))) {
      PINYIN_RE.lastIndex = i;
      if (PINYIN_RE.test(input)) dropUntil = PINYIN_RE.lastIndex;
    }
    // \r\n counts as one line break that covers both code units.
    const ch = i < dropUntil || (src === '\r' && input[i + 1] === '\n') ? '' : normalizeChar(src);
    if (ch === src && !(collapse && lastSpace && ch === ' ')) {
      starts[n] = src === '\n' && input[i - 1] === '\r' ? i - 1 : i;
      ends[n] = i + 1;
      n++;
      lastSpace = ch === ' ';
      continue;
    }
    if (runFrom < i) pieces.push(input.slice(runFrom, i));
    runFrom = i + 1;
    if (ch === '') continue;
    if (collapse && ch === ' ' && lastSpace) {
      ends[n - 1] = i + 1;
      continue;
    }
    starts[n] = src === '\n' && input[i - 1] === '\r' ? i - 1 : i;
    ends[n] = i + 1;
    pieces.push(ch);
    n++;
    lastSpace = ch === ' ';
  }
  if (runFrom === 0) return { text: input, origStart: starts, origEnd: ends };
  if (runFrom < input.length) pieces.push(input.slice(runFrom));
  return { text: pieces.join(''), origStart: starts.slice(0, n), origEnd: ends.slice(0, n) };
}

/**
 * Translate a range [start, end) of the normalised text back to the original text.
 * An empty range maps to an empty range at the corresponding position.
 */
export function toOriginalRange(
  norm: NormalizedText,
  start: number,
  end: number,
  originalLength: number,
): { start: number; end: number } {
  const n = norm.text.length;
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  const origS = s < n ? (norm.origStart[s] as number) : originalLength;
  if (e === s) return { start: origS, end: origS };
  return { start: origS, end: norm.origEnd[e - 1] as number };
}

/**
 * Only the script fixes of `normalize` — traditional → simplified and injected pinyin dropped — with
 * punctuation and spacing left as they are (for patterns written against full-width punctuation).
 */
export function readableHan(text: string): string {
  let out = '';
  let dropUntil = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if ((c === '(' || c === '（') && i > 0 && isHan(text.charCodeAt(i - 1))) {
      PINYIN_RE.lastIndex = i;
      if (PINYIN_RE.test(text)) dropUntil = PINYIN_RE.lastIndex;
    }
    if (i < dropUntil) continue;
    out += simplifiedOf(text.charCodeAt(i)) ?? c;
  }
  return out;
}

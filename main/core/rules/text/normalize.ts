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

/** TRADITIONAL[code] = 1 for a traditional character `simplifiedOf` rewrites. */
const TRADITIONAL = new Uint8Array(0x10000);
for (let c = 0x3400; c <= 0x9fff; c++) if (simplifiedOf(c) !== undefined) TRADITIONAL[c] = 1;

/**
 * CHANGED[code] = 1 for a UTF-16 code unit `normalizeChar` rewrites or drops (exported for its test, which
 * checks every code unit against `normalizeChar`). The loops below look a character up here instead of making a
 * one-character string of it and asking `normalizeChar`: that was most of normalisation's time and garbage.
 */
export const CHANGED = new Uint8Array(0x10000);
CHANGED.set(TRADITIONAL);
for (const c of [...REMOVED, 0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x3000, 0x1680, 0x202f, 0x205f, 0xffe5, 0x25cb, 0xfe63, 0x2212]) CHANGED[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) CHANGED[c] = 1;
for (let c = 0xff01; c <= 0xff5e; c++) CHANGED[c] = 1;

/*
 * Offsets without a typed array of their own per call: allocating an Int32Array costs about 1.5 µs (its own backing
 * store), a view of a shared one about 40 ns, and a document makes several per paragraph. The loop writes into scratch
 * arrays reused from call to call; a text kept as it is gets views of one shared identity array (offset i is i), a
 * changed one a copy in views of a larger chunk. Nothing writes into a result's offsets (they are read-only by use).
 */
let identityOffsets = new Int32Array(0);
let scratchStart = new Int32Array(0);
let scratchEnd = new Int32Array(0);
const CHUNK = 1 << 16;
let chunk = new Int32Array(0);
let chunkUsed = 0;

/** A zeroed Int32Array of length n: a view of a shared chunk when small (see above). */
export function int32Array(n: number): Int32Array {
  if (n > CHUNK >> 4) return new Int32Array(n);
  if (chunkUsed + n > chunk.length) {
    chunk = new Int32Array(CHUNK);
    chunkUsed = 0;
  }
  const view = chunk.subarray(chunkUsed, chunkUsed + n);
  chunkUsed += n;
  return view;
}

function identity(n: number): { start: Int32Array; end: Int32Array } {
  if (identityOffsets.length < n + 1) {
    identityOffsets = new Int32Array(Math.max(n + 1, identityOffsets.length * 2, 4096));
    for (let i = 0; i < identityOffsets.length; i++) identityOffsets[i] = i;
  }
  return { start: identityOffsets.subarray(0, n), end: identityOffsets.subarray(1, n + 1) };
}

export function normalize(input: string, options: NormalizeOptions = {}): NormalizedText {
  const collapse = options.collapseWhitespace === true;
  // Unchanged runs of the input are copied as slices: per-character arrays and strings made most of the garbage
  // (and GC time) of a run on a long document.
  if (scratchStart.length < input.length) {
    scratchStart = new Int32Array(Math.max(input.length, scratchStart.length * 2, 1024));
    scratchEnd = new Int32Array(scratchStart.length);
  }
  const starts = scratchStart;
  const ends = scratchEnd;
  const pieces: string[] = [];
  let runFrom = 0; // start of the pending run of characters kept as they are
  let n = 0;
  let lastSpace = false;
  let dropUntil = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if ((code === 0x28 || code === 0xff08) && i > 0 && isHan(input.charCodeAt(i - 1))) {
      PINYIN_RE.lastIndex = i;
      if (PINYIN_RE.test(input)) dropUntil = PINYIN_RE.lastIndex;
    }
    // \r\n counts as one line break that covers both code units.
    const dropped = i < dropUntil || (code === 0x0d && input.charCodeAt(i + 1) === 0x0a);
    // Most characters are kept as they are: decided by the table, without a one-character string per character.
    if (!dropped && CHANGED[code] === 0 && !(collapse && lastSpace && code === 0x20)) {
      starts[n] = code === 0x0a && input.charCodeAt(i - 1) === 0x0d ? i - 1 : i;
      ends[n] = i + 1;
      n++;
      lastSpace = code === 0x20;
      continue;
    }
    const src = input[i] as string;
    const ch = dropped ? '' : normalizeChar(src);
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
  if (runFrom === 0) {
    // Every character kept where it was (a dropped \r or any rewrite takes the other path): offset i is i.
    const same = identity(n);
    return { text: input, origStart: same.start, origEnd: same.end };
  }
  if (runFrom < input.length) pieces.push(input.slice(runFrom));
  const origStart = int32Array(n);
  const origEnd = int32Array(n);
  origStart.set(starts.subarray(0, n));
  origEnd.set(ends.subarray(0, n));
  return { text: pieces.join(''), origStart, origEnd };
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
  // Unchanged runs are copied as slices; a text with nothing to rewrite is returned as it is.
  let out = '';
  let runFrom = 0;
  let dropUntil = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === 0x28 || code === 0xff08) && i > 0 && isHan(text.charCodeAt(i - 1))) {
      PINYIN_RE.lastIndex = i;
      if (PINYIN_RE.test(text)) dropUntil = PINYIN_RE.lastIndex;
    }
    if (i < dropUntil) {
      out += text.slice(runFrom, i);
      runFrom = i + 1;
    } else if (TRADITIONAL[code] === 1) {
      out += text.slice(runFrom, i) + (simplifiedOf(code) as string);
      runFrom = i + 1;
    }
  }
  return runFrom === 0 ? text : out + text.slice(runFrom);
}

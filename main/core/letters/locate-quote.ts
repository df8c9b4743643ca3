/**
 * Where a comment's quote is in the document. Anchors come from the app's text model and may be off:
 * the document changed, or paragraphs were counted differently. Order of preference:
 * 1. the given paragraph and offsets hold the quote;
 * 2. the quote in the given paragraph (occurrence nearest the given offset), then in the paragraphs
 *    after and before it at growing distance — exact text first, then ignoring whitespace;
 * 3. not found: the whole given paragraph (clamped to the document), marked not exact.
 */

export interface Located {
  paragraph: number;
  start: number;
  end: number;
  exact: boolean;
}

export interface QuoteAnchor {
  quote: string;
  paragraph: number;
  start: number;
  end: number;
}

interface Normalized {
  text: string;
  /** Original offset of each normalized character. */
  map: number[];
}

const WS = /\s/;
const cache = new WeakMap<object, Normalized>();

function normalize(text: string): Normalized {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!WS.test(ch)) {
      out += ch;
      map.push(i);
    }
  }
  return { text: out, map };
}

function normalizedOf(p: { text: string }): Normalized {
  let n = cache.get(p);
  if (!n) cache.set(p, (n = normalize(p.text)));
  return n;
}

/** Offset of the occurrence of needle in hay nearest to `near`, or -1. */
function nearestOccurrence(hay: string, needle: string, near: number): number {
  let best = -1;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Keep a range from cutting a surrogate pair in half. */
function widen(text: string, start: number, end: number): [number, number] {
  if (start > 0 && isLow(text.charCodeAt(start))) start--;
  if (end < text.length && isLow(text.charCodeAt(end))) end++;
  return [start, end];
}

function findIn(p: { text: string }, quote: string, nq: string, near: number): [number, number] | null {
  const i = nearestOccurrence(p.text, quote, near);
  if (i >= 0) return [i, i + quote.length];
  if (!nq) return null;
  const n = normalizedOf(p);
  const nearN = n.map.findIndex((o) => o >= near);
  const j = nearestOccurrence(n.text, nq, nearN < 0 ? n.text.length : nearN);
  if (j < 0) return null;
  return [n.map[j]!, n.map[j + nq.length - 1]! + 1];
}

export function locateQuote(paragraphs: readonly { text: string }[], anchor: QuoteAnchor, radius = Infinity): Located {
  const count = paragraphs.length;
  const p0 = Math.min(Math.max(0, Math.trunc(anchor.paragraph) || 0), count - 1);
  const quote = anchor.quote;
  const whole = (): Located => ({ paragraph: p0, start: 0, end: paragraphs[p0]!.text.length, exact: false });
  if (!quote) return whole();

  const exactAt = (p: number, s: number, e: number): Located => {
    const [start, end] = widen(paragraphs[p]!.text, s, e);
    return { paragraph: p, start, end, exact: true };
  };
  const given = paragraphs[p0]!.text;
  if (anchor.paragraph === p0 && anchor.start < anchor.end && given.slice(anchor.start, anchor.end) === quote) {
    return exactAt(p0, anchor.start, anchor.end);
  }
  const nq = quote.replace(/\s+/g, '');
  const maxD = Math.min(radius, count);
  for (let d = 0; d <= maxD; d++) {
    // Later paragraphs first: an index counted with fewer paragraphs (e.g. empty ones skipped) is too small.
    for (const p of d === 0 ? [p0] : [p0 + d, p0 - d]) {
      if (p < 0 || p >= count) continue;
      const found = findIn(paragraphs[p]!, quote, nq, p === p0 ? anchor.start : 0);
      if (found && found[0] < found[1]) return exactAt(p, found[0], found[1]);
    }
  }
  return whole();
}

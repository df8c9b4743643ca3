/**
 * Minimal XML helpers for editing OOXML parts as strings. We never re-serialise a whole part: edits are
 * splices at known offsets, so everything we do not touch keeps its exact bytes.
 */

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Index into the raw (escaped) text `raw` at which the decoded text reaches `offset` UTF-16 units.
 * Used to split the content of a w:t element at a character position.
 */
export function rawIndexOfDecodedOffset(raw: string, offset: number): number {
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < offset) {
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      if (semi > i) {
        decoded += decodeXml(raw.slice(i, semi + 1)).length;
        i = semi + 1;
        continue;
      }
    }
    decoded += 1;
    i += 1;
  }
  return i;
}

export type TagKind = 'open' | 'close' | 'empty';

export interface Tag {
  kind: TagKind;
  /** Qualified name, e.g. w:p */
  name: string;
  /** Offset of '<' */
  start: number;
  /** Offset just after '>' */
  end: number;
}

/**
 * Iterate over the element tags of an XML string in document order, skipping the prolog, comments,
 * CDATA sections and processing instructions. Quoted attribute values may contain '>'.
 */
export function* scanTags(xml: string, from = 0): Generator<Tag> {
  let i = xml.indexOf('<', from);
  while (i !== -1 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      const close = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) + 3 : xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i) + 3 : xml.indexOf('>', i) + 1;
      i = xml.indexOf('<', Math.max(close, i + 1));
      continue;
    }
    if (next === 0x3f /* ? */) {
      i = xml.indexOf('<', xml.indexOf('?>', i) + 2);
      continue;
    }
    let j = i + 1;
    let quote = 0;
    for (; j < xml.length; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e /* > */) break;
    }
    const end = j + 1;
    if (next === 0x2f /* / */) {
      yield { kind: 'close', name: xml.slice(i + 2, j).trim(), start: i, end };
    } else {
      let k = i + 1;
      while (k < j) {
        const c = xml.charCodeAt(k);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
        k++;
      }
      yield { kind: xml.charCodeAt(j - 1) === 0x2f ? 'empty' : 'open', name: xml.slice(i + 1, k), start: i, end };
    }
    i = xml.indexOf('<', end);
  }
}

/** The value of attribute `name` in a start tag, decoded, or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return decodeXml(m[1] ?? m[2] ?? '');
}

/** Prefix bound to namespace `uri` on the root element of `xml` (e.g. 'w'), or null. */
export function prefixFor(xml: string, uri: string): string | null {
  const re = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const rootEnd = xml.indexOf('>', xml.search(/<[A-Za-z]/));
  const root = xml.slice(0, rootEnd + 1);
  for (let m = re.exec(root); m; m = re.exec(root)) if ((m[2] ?? m[3]) === uri) return m[1]!;
  return null;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
  /** Tie-breaker for splices at the same start: lower first. */
  order: number;
}

/** Apply non-overlapping splices (insertions have start === end). */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.order - b.order);
  const out: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) throw new Error(`overlapping XML edits at ${s.start}`);
    out.push(xml.slice(pos, s.start), s.text);
    pos = s.end;
  }
  out.push(xml.slice(pos));
  return out.join('');
}

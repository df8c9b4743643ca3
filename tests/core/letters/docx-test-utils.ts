/** Helpers for reading DOCX files in the letters tests, written independently of the code under test. */
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(FIXTURES + name);
}

export function unzip(buf: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(buf);
}

export function part(buf: Uint8Array, path: string): string {
  const bytes = unzipSync(buf)[path];
  if (!bytes) throw new Error(`missing part ${path}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export async function rawText(buf: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: buf })).value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (w, r: string) =>
    r[0] === '#' ? String.fromCodePoint(r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : Number(r.slice(1))) : (ENTITIES[r] ?? w),
  );
}

/** Every element <prefix:name ...> start tag (with attributes) in document order. */
export function startTags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

export function attrOf(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : null;
}

/**
 * Text enclosed by each comment range: the w:t text (and run tabs) between commentRangeStart and
 * commentRangeEnd with the same id, in document order, skipping content inside mc:Fallback.
 */
export function commentRangeTexts(xml: string, w = 'w'): Map<number, string> {
  const body = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  const re = new RegExp(
    `<${w}:commentRangeStart ${w}:id="(\\d+)"\\/>|<${w}:commentRangeEnd ${w}:id="(\\d+)"\\/>|<${w}:t(?:\\s[^>]*)?>([^<]*)<\\/${w}:t>|<${w}:tab\\/>`,
    'g',
  );
  const open = new Map<number, string>();
  const done = new Map<number, string>();
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1] !== undefined) open.set(Number(m[1]), '');
    else if (m[2] !== undefined) {
      const id = Number(m[2]);
      done.set(id, open.get(id) ?? '');
      open.delete(id);
    } else {
      const t = m[3] !== undefined ? unescapeXml(m[3]) : '\t';
      for (const [id, s] of open) open.set(id, s + t);
    }
  }
  return done;
}

/** The text of each w:comment in comments.xml by id (its w:t contents, paragraphs joined by \n). */
export function commentBodies(commentsXml: string, w = 'w'): Map<number, { author: string; text: string; date: string | null }> {
  const out = new Map<number, { author: string; text: string; date: string | null }>();
  const re = new RegExp(`(<${w}:comment\\s[^>]*>)([\\s\\S]*?)<\\/${w}:comment>`, 'g');
  for (let m = re.exec(commentsXml); m; m = re.exec(commentsXml)) {
    const tag = m[1]!;
    const paras = m[2]!.split(new RegExp(`<\\/${w}:p>`)).slice(0, -1);
    const text = paras
      .map((p) => [...p.matchAll(new RegExp(`<${w}:t(?:\\s[^>]*)?>([^<]*)<\\/${w}:t>`, 'g'))].map((x) => unescapeXml(x[1]!)).join(''))
      .join('\n');
    out.set(Number(attrOf(tag, `${w}:id`)), { author: attrOf(tag, `${w}:author`) ?? '', text, date: attrOf(tag, `${w}:date`) });
  }
  return out;
}

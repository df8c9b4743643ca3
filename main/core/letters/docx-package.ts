/**
 * Reading and writing the OPC package of a DOCX with fflate: parts by name, the main document part,
 * relationships and content types. Entries we do not change are written back with identical bytes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { attr, escapeXml, scanTags } from './xml.js';

// Keep a BOM if a part has one (TextDecoder drops it by default), so untouched text stays identical.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export class DocxPackage {
  private constructor(
    private readonly entries: Map<string, Uint8Array>,
    private readonly changed: Set<string>,
  ) {}

  static open(bytes: Uint8Array): DocxPackage {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch (e) {
      throw new Error(`不是有效的 DOCX（ZIP）文件：${(e as Error).message}`);
    }
    return new DocxPackage(new Map(Object.entries(files)), new Set());
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  text(path: string): string | null {
    const bytes = this.entries.get(path);
    return bytes ? decoder.decode(bytes) : null;
  }

  setText(path: string, text: string): void {
    this.entries.set(path, encoder.encode(text));
    this.changed.add(path);
  }

  /** The package as zip bytes; entries keep their order, new ones come last. */
  toBuffer(): Buffer {
    const out: Zippable = {};
    for (const [name, data] of this.entries) {
      // Directory entries come back from unzipSync as empty arrays under a name ending in '/'.
      out[name] = [data, { level: name.endsWith('/') ? 0 : 6 }];
    }
    return Buffer.from(zipSync(out));
  }

  /** Path of the main document part (normally word/document.xml), from the package relationships. */
  mainDocumentPath(): string {
    const rels = this.text('_rels/.rels');
    if (rels) {
      for (const rel of relationships(rels)) {
        if (rel.type.endsWith('/officeDocument')) return resolveTarget('', rel.target);
      }
    }
    if (this.has('word/document.xml')) return 'word/document.xml';
    throw new Error('DOCX 中找不到正文部件（word/document.xml）');
  }
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(relsXml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const tag of scanTags(relsXml)) {
    if (tag.kind === 'close' || tag.name.replace(/^.*:/, '') !== 'Relationship') continue;
    const t = relsXml.slice(tag.start, tag.end);
    out.push({
      id: attr(t, 'Id') ?? '',
      type: attr(t, 'Type') ?? '',
      target: attr(t, 'Target') ?? '',
      external: attr(t, 'TargetMode') === 'External',
    });
  }
  return out;
}

/** Resolve a relationship target against the folder of its source part. */
export function resolveTarget(sourceDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${sourceDir}${sourceDir ? '/' : ''}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function relsPathOf(partPath: string): string {
  const dir = dirOf(partPath);
  const base = partPath.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

/** Add a relationship and return its new id (unique within the part). */
export function addRelationship(relsXml: string | null, type: string, target: string): { xml: string; id: string } {
  const base =
    relsXml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set(relationships(base).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const close = base.lastIndexOf('</Relationships>');
  const xml =
    close >= 0
      ? base.slice(0, close) + rel + base.slice(close)
      : base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  return { xml, id };
}

/** Add an Override for a part to [Content_Types].xml unless the part already has one. */
export function ensureContentTypeOverride(typesXml: string, partName: string, contentType: string): string {
  const wanted = `/${partName}`.toLowerCase();
  for (const tag of scanTags(typesXml)) {
    if (tag.kind === 'close' || tag.name !== 'Override') continue;
    if ((attr(typesXml.slice(tag.start, tag.end), 'PartName') ?? '').toLowerCase() === wanted) return typesXml;
  }
  const override = `<Override PartName="/${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  const close = typesXml.lastIndexOf('</Types>');
  if (close < 0) throw new Error('[Content_Types].xml 无法解析');
  return typesXml.slice(0, close) + override + typesXml.slice(close);
}

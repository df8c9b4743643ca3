/**
 * The parts of a DOCX whose paragraphs hold text a reviewer can quote: the main document, footnotes,
 * endnotes (commentable in Word) and headers/footers (not commentable: Word has no comments there).
 * Paragraph numbers in every part follow mapParagraphs: each w:p in document order, empty ones included.
 */
import { NS } from './comments-part.js';
import { dirOf, relationships, relsPathOf, resolveTarget, type DocxPackage } from './docx-package.js';
import { mapParagraphs, type DocumentMap } from './docx-paragraphs.js';
import { prefixFor } from './xml.js';

export type PartKind = 'document' | 'footnotes' | 'endnotes' | 'header' | 'footer';
/**
 * Parts where the 批注版 anchors comments. Word itself also takes comments in footnotes and endnotes, but
 * LibreOffice (7.4, Debian's) refuses to open a DOCX with a comment reference in a note ("source file could
 * not be loaded", tests/core/letters/annotate-notes-textbox.test.ts), so a quote in a note is commented on
 * the body paragraph that cites the note, with the quote and its place in the comment.
 */
export const COMMENTABLE: ReadonlySet<PartKind> = new Set(['document']);
/** How the comment names a part that cannot hold it. */
export const PART_ZH: Record<PartKind, string> = { document: '正文', footnotes: '脚注', endnotes: '尾注', header: '页眉', footer: '页脚' };

export interface MappedPart {
  kind: PartKind;
  path: string;
  xml: string;
  w: string;
  map: DocumentMap;
}

const ROOTS: Record<PartKind, string> = { document: 'body', footnotes: 'footnotes', endnotes: 'endnotes', header: 'hdr', footer: 'ftr' };

function mapPart(kind: PartKind, path: string, xml: string): MappedPart {
  const strict = prefixFor(xml, NS.strict.w) !== null;
  const w = prefixFor(xml, strict ? NS.strict.w : NS.transitional.w) ?? 'w';
  return { kind, path, xml, w, map: mapParagraphs(xml, w, `${w}:${ROOTS[kind]}`) };
}

/** The main part and the parts related to it, mapped. */
export function mapDocxParts(pkg: DocxPackage): MappedPart[] {
  const mainPath = pkg.mainDocumentPath();
  const xml = pkg.text(mainPath);
  if (xml === null) throw new Error('DOCX 中找不到正文部件');
  const parts = [mapPart('document', mainPath, xml)];
  const rels = pkg.text(relsPathOf(mainPath));
  for (const rel of rels ? relationships(rels) : []) {
    if (rel.external) continue;
    const kind = (['footnotes', 'endnotes', 'header', 'footer'] as const).find((k) => rel.type.endsWith(`/${k}`));
    if (!kind) continue;
    const path = resolveTarget(dirOf(mainPath), rel.target);
    const partXml = pkg.text(path);
    if (partXml !== null) parts.push(mapPart(kind, path, partXml));
  }
  return parts;
}

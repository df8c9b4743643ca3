/** The paragraph texts annotateDocx anchors against, so callers can check or align their own indexes. */
import { NS } from './comments-part.js';
import { DocxPackage } from './docx-package.js';
import { mapParagraphs } from './docx-paragraphs.js';
import { prefixFor } from './xml.js';

/** Text of every body paragraph in the numbering annotateDocx uses (see docx-paragraphs.ts). */
export function listDocxParagraphs(docx: Uint8Array): string[] {
  const pkg = DocxPackage.open(docx);
  const xml = pkg.text(pkg.mainDocumentPath());
  if (xml === null) throw new Error('DOCX 中找不到正文部件');
  const w = prefixFor(xml, NS.transitional.w) ?? prefixFor(xml, NS.strict.w) ?? 'w';
  return mapParagraphs(xml, w).paragraphs.map((p) => p.text);
}

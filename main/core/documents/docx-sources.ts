/**
 * One paragraph model for reading and annotating: each text block of an imported DOCX records which
 * w:p it came from (part and paragraph number as the annotator counts them, empty paragraphs included),
 * so an opinion anchored on "block 12" is commented on that very paragraph, not on the first repeat of
 * its text. mammoth (which makes the blocks) skips empty paragraphs and reads footnotes after the body;
 * the blocks are matched to the paragraphs in order by their text, ignoring whitespace (mammoth reads
 * a line break as "\n", the paragraph map as nothing).
 */
import type { BlockSource, TextBlock } from '../../../shared/domain/document-text.js';
import { DocxPackage } from '../letters/docx-package.js';
import { mapDocxParts, type MappedPart } from '../letters/docx-parts.js';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Sets `source` on each block found in the DOCX; blocks it cannot match keep none (annotating then searches by quote). */
export function attachDocxSources(blocks: TextBlock[], docx: Uint8Array): void {
  let parts: MappedPart[];
  try {
    parts = mapDocxParts(DocxPackage.open(docx));
  } catch {
    return;
  }
  const cursors = new Map<MappedPart, number>();
  const find = (part: MappedPart | undefined, text: string): BlockSource | null => {
    if (!part) return null;
    const paras = part.map.paragraphs;
    for (let i = cursors.get(part) ?? 0; i < paras.length; i++) {
      if (squash(paras[i]!.text) === text) {
        cursors.set(part, i + 1);
        return { part: part.kind as BlockSource['part'], p: i };
      }
    }
    return null;
  };
  const byKind = (k: string) => parts.find((p) => p.kind === k);
  for (const b of blocks) {
    // mammoth prints a footnote reference as "[1]"; the paragraph has no text there.
    const text = squash(b.text.replace(/\[\d+\]/g, ''));
    if (!text) continue;
    const source = b.kind === 'footnote' ? (find(byKind('footnotes'), text) ?? find(byKind('endnotes'), text)) : find(byKind('document'), text);
    if (source) b.source = source;
  }
}

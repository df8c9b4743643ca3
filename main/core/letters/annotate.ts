/**
 * 批注版: the submitted DOCX with the review's opinions inserted as real Word comments, anchored on the
 * quoted text. Only the main document part, the comments part, its relationship and the content types
 * change; the other parts keep their bytes, and inside document.xml only the runs a comment boundary
 * falls into are split (each piece keeps the run's properties).
 */
import { commentDate, findCommentsPart, maxCommentId, NS, writeComments, type NewComment } from './comments-part.js';
import { DocxPackage } from './docx-package.js';
import { mapParagraphs, preservesSpace, type DocumentMap, type ParagraphInfo } from './docx-paragraphs.js';
import { locateQuote, type Located } from './locate-quote.js';
import { applySplices, prefixFor, rawIndexOfDecodedOffset, type Splice } from './xml.js';

export interface AnnotationInput {
  quote: string;
  /** Index of the paragraph: w:p elements of the body in document order, table cells included (see docx-paragraphs.ts). */
  paragraph: number;
  /** UTF-16 offsets of the quote in that paragraph's text. */
  start: number;
  end: number;
  /** Comment text; line breaks become paragraphs of the comment. */
  text: string;
  author: string;
  /** ISO date or date-time. */
  date?: string;
  initials?: string;
}

export interface AnnotationPlacement {
  commentId: number;
  paragraph: number;
  start: number;
  end: number;
  /** false: the quote was not found and the comment covers the whole paragraph. */
  exact: boolean;
}

export interface AnnotateResult {
  buffer: Buffer;
  placedExactly: number;
  placedApproximately: number;
  placements: AnnotationPlacement[];
}

export interface AnnotateOptions {
  /** How many paragraphs before and after the given one to search for the quote (default: all). */
  searchRadius?: number;
}

interface Boundary {
  pos: number;
  /** outside: between runs; split: between two children of a run; t-split: inside a w:t. */
  kind: 'outside' | 'split' | 't-split';
  openTag: string;
  rPr: string;
  ends: number[];
  starts: number[];
}

function rangeMarkers(b: Pick<Boundary, 'starts' | 'ends'>, w: string): string {
  const start = (id: number) => `<${w}:commentRangeStart ${w}:id="${id}"/>`;
  const end = (id: number) => `<${w}:commentRangeEnd ${w}:id="${id}"/><${w}:r><${w}:commentReference ${w}:id="${id}"/></${w}:r>`;
  // Ranges ending here close before ranges starting here open; a range that starts and ends at the
  // same place (a paragraph without text) opens before it closes.
  const both = b.starts.filter((id) => b.ends.includes(id));
  return (
    b.ends.filter((id) => !both.includes(id)).map(end).join('') +
    b.starts.filter((id) => !both.includes(id)).map(start).join('') +
    both.map((id) => start(id) + end(id)).join('')
  );
}

class Edits {
  private readonly boundaries = new Map<string, Boundary>();
  private readonly tagFixes = new Map<number, Splice>();
  private readonly emptyParas = new Map<number, { para: ParagraphInfo; ids: number[] }>();

  constructor(private readonly xml: string, private readonly w: string) {}

  private boundary(pos: number, kind: Boundary['kind'], openTag = '', rPr = ''): Boundary {
    const key = `${pos}:${kind}`;
    let b = this.boundaries.get(key);
    if (!b) this.boundaries.set(key, (b = { pos, kind, openTag, rPr, ends: [], starts: [] }));
    return b;
  }

  /** Boundary before character `offset` (side 'start') or after character `offset - 1` (side 'end'). */
  mark(para: ParagraphInfo, offset: number, side: 'start' | 'end', id: number): void {
    const probe = side === 'start' ? offset : offset - 1;
    const seg = para.segments.find((s) => probe >= s.textStart && probe < s.textStart + s.length)!;
    const run = seg.run;
    let b: Boundary;
    if (side === 'start' && offset === run.textStart) b = this.boundary(run.openStart, 'outside');
    else if (side === 'end' && offset === run.textEnd) b = this.boundary(run.closeEnd, 'outside');
    else if (offset === seg.textStart) b = this.boundary(seg.xmlStart, 'split', run.openTag, run.rPr);
    else if (offset === seg.textStart + seg.length) b = this.boundary(seg.xmlEnd, 'split', run.openTag, run.rPr);
    else {
      const t = seg.t!;
      const raw = this.xml.slice(t.contentStart, t.contentEnd);
      const pos = t.contentStart + rawIndexOfDecodedOffset(raw, offset - seg.textStart);
      b = this.boundary(pos, 't-split', run.openTag, run.rPr);
      if (!preservesSpace(t.openTag) && !this.tagFixes.has(t.openStart)) {
        const fixed = t.openTag.replace(/\s*\/?>$/, ' xml:space="preserve">');
        this.tagFixes.set(t.openStart, { start: t.openStart, end: t.openEnd, text: fixed, order: 1 });
      }
    }
    (side === 'start' ? b.starts : b.ends).push(id);
  }

  /** The comment covers the whole paragraph. */
  markParagraph(para: ParagraphInfo, id: number): void {
    if (para.selfClosing) {
      const e = this.emptyParas.get(para.openStart) ?? { para, ids: [] };
      e.ids.push(id);
      this.emptyParas.set(para.openStart, e);
      return;
    }
    this.boundary(para.contentStart, 'outside').starts.push(id);
    this.boundary(para.closeStart, 'outside').ends.push(id);
  }

  apply(): string {
    const w = this.w;
    const splices: Splice[] = [...this.tagFixes.values()];
    for (const b of this.boundaries.values()) {
      const markers = rangeMarkers(b, w);
      const text =
        b.kind === 'outside'
          ? markers
          : b.kind === 'split'
            ? `</${w}:r>${markers}${b.openTag}${b.rPr}`
            : `</${w}:t></${w}:r>${markers}${b.openTag}${b.rPr}<${w}:t xml:space="preserve">`;
      splices.push({ start: b.pos, end: b.pos, text, order: 0 });
    }
    for (const { para, ids } of this.emptyParas.values()) {
      const open = this.xml.slice(para.openStart, this.xml.indexOf('>', para.openStart) + 1);
      const text = `${open.replace(/\s*\/>$/, '>')}${rangeMarkers({ starts: ids, ends: ids }, w)}</${w}:p>`;
      splices.push({ start: para.openStart, end: para.openStart + open.length, text, order: 1 });
    }
    return applySplices(this.xml, splices);
  }
}

/** Insert the comments into a DOCX. Throws on a file that is not a readable DOCX. */
export async function annotateDocx(
  original: Uint8Array,
  comments: readonly AnnotationInput[],
  options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  const pkg = DocxPackage.open(original);
  const mainPath = pkg.mainDocumentPath();
  const xml = pkg.text(mainPath);
  if (xml === null) throw new Error('DOCX 中找不到正文部件');
  const strict = prefixFor(xml, NS.strict.w) !== null;
  const w = prefixFor(xml, strict ? NS.strict.w : NS.transitional.w) ?? 'w';
  const map: DocumentMap = mapParagraphs(xml, w);
  if (map.paragraphs.length === 0) throw new Error('文档正文没有段落，无法插入批注');

  const target = findCommentsPart(pkg, mainPath);
  let nextId = maxCommentId([target.xml, xml], w) + 1;
  const edits = new Edits(xml, w);
  const newComments: NewComment[] = [];
  const placements: AnnotationPlacement[] = [];
  for (const c of comments) {
    const id = nextId++;
    const located: Located = locateQuote(map.paragraphs, c, options.searchRadius ?? Infinity);
    const para = map.paragraphs[located.paragraph]!;
    if (located.exact) {
      edits.mark(para, located.start, 'start', id);
      edits.mark(para, located.end, 'end', id);
    } else {
      edits.markParagraph(para, id);
    }
    placements.push({ commentId: id, ...located });
    const author = c.author.trim() || '审查人';
    newComments.push({ id, author, initials: c.initials ?? [...author][0] ?? '', date: commentDate(c.date), text: c.text });
  }
  if (newComments.length > 0) {
    pkg.setText(mainPath, edits.apply());
    writeComments(pkg, mainPath, target, newComments, strict);
  }
  const placedExactly = placements.filter((p) => p.exact).length;
  return { buffer: pkg.toBuffer(), placedExactly, placedApproximately: placements.length - placedExactly, placements };
}

/**
 * 批注版: the submitted DOCX with the review's opinions inserted as real Word comments, anchored on the
 * quoted text. Only the main document part, the comments part, its relationship and the content types
 * change; the other parts keep their bytes, and inside document.xml only the runs a comment boundary
 * falls into are split (each piece keeps the run's properties).
 */
import { commentDate, findCommentsPart, maxCommentId, NS, writeComments, type NewComment } from './comments-part.js';
import { DocxPackage } from './docx-package.js';
import { preservesSpace, type DocumentMap, type ParagraphInfo } from './docx-paragraphs.js';
import { COMMENTABLE, mapDocxParts, PART_ZH, type MappedPart, type PartKind } from './docx-parts.js';
import { locateQuote, type Located } from './locate-quote.js';
import { applySplices, prefixFor, rawIndexOfDecodedOffset, type Splice } from './xml.js';

export interface AnnotationInput {
  quote: string;
  /**
   * Index of the paragraph in its part: w:p elements in document order, empty ones and table cells
   * included (see docx-paragraphs.ts) — the position recorded at import (TextBlock.source).
   */
  paragraph: number;
  /** The part the paragraph is in (default: the main document). */
  part?: PartKind;
  /** UTF-16 offsets of the quote in that paragraph's text. */
  start: number;
  end: number;
  /** Comment text; line breaks become paragraphs of the comment. */
  text: string;
  author: string;
  /** ISO date or date-time. */
  date?: string;
  initials?: string;
  /** An opinion without an anchor: commented at the start of the document. */
  atStart?: boolean;
}

/**
 * exact: the quote where the anchor says; relocated: the same text found elsewhere (the document or
 * the numbering differs); paragraph: not found, the whole paragraph is commented; start: at the start
 * of the document (no anchor, or text Word cannot comment, e.g. in a header).
 */
export type PlacementStatus = 'exact' | 'relocated' | 'paragraph' | 'start';

export interface AnnotationPlacement {
  commentId: number;
  part: PartKind;
  paragraph: number;
  start: number;
  end: number;
  status: PlacementStatus;
  /** true only for 'exact'. */
  exact: boolean;
  /** Why a comment is not where its anchor points (Chinese, for the user). */
  note?: string;
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

/** The first paragraph of the main part that has text (or the first one): where unanchored comments go. */
function startParagraph(map: DocumentMap): number {
  const i = map.paragraphs.findIndex((p) => p.text.trim().length > 0);
  return i < 0 ? 0 : i;
}

/** Insert the comments into a DOCX. Throws on a file that is not a readable DOCX. */
export async function annotateDocx(
  original: Uint8Array,
  comments: readonly AnnotationInput[],
  options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  const pkg = DocxPackage.open(original);
  const parts = mapDocxParts(pkg);
  const main = parts[0]!;
  const strict = prefixFor(main.xml, NS.strict.w) !== null;
  if (main.map.paragraphs.length === 0) throw new Error('文档正文没有段落，无法插入批注');

  const target = findCommentsPart(pkg, main.path);
  let nextId = maxCommentId([target.xml, ...parts.map((p) => p.xml)], main.w) + 1;
  const edits = new Map<MappedPart, Edits>();
  const editsOf = (part: MappedPart) => {
    let e = edits.get(part);
    if (!e) edits.set(part, (e = new Edits(part.xml, part.w)));
    return e;
  };
  const newComments: NewComment[] = [];
  const placements: AnnotationPlacement[] = [];
  const atStart = (id: number, note?: string): AnnotationPlacement => {
    const p = startParagraph(main.map);
    editsOf(main).markParagraph(main.map.paragraphs[p]!, id);
    return { commentId: id, part: 'document', paragraph: p, start: 0, end: main.map.paragraphs[p]!.text.length, status: 'start', exact: false, ...(note ? { note } : {}) };
  };
  for (const c of comments) {
    const id = nextId++;
    const author = c.author.trim() || '审查人';
    let text = c.text;
    let placement: AnnotationPlacement;
    const part = parts.find((p) => p.kind === (c.part ?? 'document') && p.map.paragraphs.length > 0);
    if (c.atStart || !part) {
      placement = atStart(id, c.atStart ? '该意见未关联原文位置，批注置于文首。' : '原文所在部分已不在文件中，批注置于文首。');
    } else {
      const located: Located = locateQuote(part.map.paragraphs, c, options.searchRadius ?? Infinity);
      const para = part.map.paragraphs[located.paragraph]!;
      const elsewhere = located.exact ? null : findInOtherParts(parts, part, c.quote);
      const inNote = located.exact && (part.kind === 'footnotes' || part.kind === 'endnotes');
      const ref = inNote ? noteReference(main, part, para) : null;
      const unplaceable = inNote ? part : !located.exact && elsewhere && !COMMENTABLE.has(elsewhere.kind) ? elsewhere : null;
      if (inNote && ref) {
        // The quote is in a note: comment the body paragraph citing it, and say where the text is.
        editsOf(main).markParagraph(ref, id);
        const where = PART_ZH[part.kind];
        text = `【原文位于${where}：“${c.quote}”】\n${text}`;
        placement = {
          commentId: id,
          part: 'document',
          paragraph: ref.index,
          start: 0,
          end: ref.text.length,
          status: 'relocated',
          exact: false,
          note: `原文位于${where}，批注置于引用该${where}的正文段落（${where}中的批注会使 LibreOffice 等软件无法打开文件）。`,
        };
      } else if (unplaceable) {
        // Word has no comments in headers and footers (and notes are kept free of them): say where the text is, at the start.
        const where = PART_ZH[unplaceable.kind];
        const why = unplaceable.kind === 'header' || unplaceable.kind === 'footer' ? `Word 不能在${where}中批注，` : '';
        placement = atStart(id, `原文位于${where}，${why}批注置于文首。`);
        text = `【原文位于${where}：“${c.quote}”】\n${text}`;
      } else if (located.exact) {
        const ed = editsOf(part);
        ed.mark(para, located.start, 'start', id);
        ed.mark(para, located.end, 'end', id);
        const atAnchor = located.paragraph === Math.trunc(c.paragraph);
        placement = {
          commentId: id,
          part: part.kind,
          paragraph: located.paragraph,
          start: located.start,
          end: located.end,
          status: atAnchor ? 'exact' : 'relocated',
          exact: atAnchor,
          ...(atAnchor ? {} : { note: '原文位置已变化，批注放在找到的相同文字上，请核对。' }),
        };
      } else {
        editsOf(part).markParagraph(para, id);
        placement = {
          commentId: id,
          part: part.kind,
          paragraph: located.paragraph,
          start: 0,
          end: para.text.length,
          status: 'paragraph',
          exact: false,
          note: '原文中找不到所引文字，批注放在原段落上。',
        };
      }
    }
    placements.push(placement);
    newComments.push({ id, author, initials: c.initials ?? [...author][0] ?? '', date: commentDate(c.date), text });
  }
  if (newComments.length > 0) {
    for (const [part, ed] of edits) pkg.setText(part.path, ed.apply());
    writeComments(pkg, main.path, target, newComments, strict);
  }
  const placedExactly = placements.filter((p) => p.exact).length;
  return { buffer: pkg.toBuffer(), placedExactly, placedApproximately: placements.length - placedExactly, placements };
}

/** The body paragraph holding the reference to the footnote or endnote that `para` belongs to, or null. */
function noteReference(main: MappedPart, notes: MappedPart, para: ParagraphInfo): ParagraphInfo | null {
  const tag = notes.kind === 'footnotes' ? 'footnote' : 'endnote';
  const open = notes.xml.lastIndexOf(`<${notes.w}:${tag} `, para.openStart);
  if (open < 0) return null;
  const id = new RegExp(`^<[^>]*\\s${notes.w}:id="(-?\\d+)"`).exec(notes.xml.slice(open, notes.xml.indexOf('>', open) + 1))?.[1];
  if (id === undefined) return null;
  const m = new RegExp(`<${main.w}:${tag}Reference\\b[^>]*\\s${main.w}:id="${id}"`).exec(main.xml);
  if (!m) return null;
  const holders = main.map.paragraphs.filter((p) => p.openStart < m.index && p.closeStart > m.index);
  return holders.at(-1) ?? null;
}

/** The first part other than `except` whose text holds the quote (ignoring whitespace). */
function findInOtherParts(parts: MappedPart[], except: MappedPart, quote: string): MappedPart | null {
  const q = quote.replace(/\s+/g, '');
  if (!q) return null;
  return parts.find((p) => p !== except && p.map.paragraphs.some((para) => para.text.replace(/\s+/g, '').includes(q))) ?? null;
}

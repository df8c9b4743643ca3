/**
 * Paragraph map of a WordprocessingML main part: for every body paragraph, its text and where each
 * character of it lives in the XML, so a character range can be turned into splice positions.
 *
 * Paragraph numbering (the `paragraph` of an anchor): every w:p element inside w:body, counted in
 * document order of their start tags, including paragraphs inside table cells, content controls and
 * text boxes; paragraphs inside mc:Fallback are skipped because they repeat the mc:Choice content.
 *
 * Paragraph text: the content of w:t elements plus w:tab ('\t') and the hyphen elements inside runs —
 * the text mammoth's extractRawText reads (line breaks w:br read as nothing there). Deleted and moved-away text (w:delText, w:moveFrom),
 * field instructions (w:instrText) and the runs of a nested paragraph are not part of a paragraph's text.
 */
import { attr, decodeXml, scanTags } from './xml.js';

export interface RunInfo {
  /** Offsets of the run's start tag. */
  openStart: number;
  openEnd: number;
  /** Offsets of the run's end tag. */
  closeStart: number;
  closeEnd: number;
  /** The run's start tag text, e.g. <w:r w:rsidR="00A1">. */
  openTag: string;
  /** The run's w:rPr element text, '' when absent. */
  rPr: string;
  /** Paragraph-text offsets covered by this run. */
  textStart: number;
  textEnd: number;
}

export interface Segment {
  run: RunInfo;
  /** Offset of this segment's first character in the paragraph text. */
  textStart: number;
  length: number;
  /** Element span in the XML (start of start tag, end of end tag). */
  xmlStart: number;
  xmlEnd: number;
  /** For w:t: the start tag span and the raw content span; null for one-character elements (w:tab). */
  t: { openStart: number; openEnd: number; openTag: string; contentStart: number; contentEnd: number } | null;
}

export interface ParagraphInfo {
  index: number;
  openStart: number;
  /** Just after the start tag, or after w:pPr when the paragraph has one. */
  contentStart: number;
  /** Start of </w:p>; equals openStart for a self-closing <w:p/>. */
  closeStart: number;
  selfClosing: boolean;
  text: string;
  segments: Segment[];
}

export interface DocumentMap {
  /** Namespace prefix of WordprocessingML in this part, usually 'w'. */
  w: string;
  paragraphs: ParagraphInfo[];
}

interface OpenParagraph {
  info: ParagraphInfo;
  parts: string[];
  length: number;
}

/** Run children that stand for one character, as mammoth's raw text reads them (w:br reads as nothing). */
const ATOMIC: Record<string, string> = { tab: '\t', noBreakHyphen: '\u2011', softHyphen: '\u00ad' };

/**
 * `root` is the element whose paragraphs are counted: w:body in the main part, w:footnotes / w:endnotes
 * in the notes parts, w:hdr / w:ftr in headers and footers.
 */
export function mapParagraphs(xml: string, w: string, root = `${w}:body`): DocumentMap {
  const P = `${w}:p`;
  const R = `${w}:r`;
  const T = `${w}:t`;
  const paragraphs: ParagraphInfo[] = [];
  const pStack: OpenParagraph[] = [];
  const runStack: { run: RunInfo; para: OpenParagraph | null }[] = [];
  let inBody = false;
  let fallbackDepth = 0;
  // Text moved away under tracked changes reads as deleted (as mammoth reads it).
  let movedFromDepth = 0;
  let depth = 0;
  // Nesting depth of the direct children of the innermost open run / paragraph; tells a run's own
  // w:t and w:tab from those of runs nested deeper (text boxes) and a paragraph's own w:pPr.
  const childDepthOfRun: number[] = [];
  const childDepthOfPara: number[] = [];
  let pendingT: { openStart: number; openEnd: number; openTag: string } | null = null;

  const addText = (seg: Omit<Segment, 'textStart' | 'run'>, text: string) => {
    if (movedFromDepth > 0) return;
    const top = runStack[runStack.length - 1];
    if (!top?.para || top.para !== pStack[pStack.length - 1]) return;
    const para = top.para;
    para.info.segments.push({ ...seg, run: top.run, textStart: para.length });
    para.parts.push(text);
    para.length += text.length;
  };

  for (const tag of scanTags(xml)) {
    const { name, kind } = tag;
    if (kind === 'close') depth--;
    if (!inBody) {
      if (name === root && kind === 'open') inBody = true;
      if (kind === 'open') depth++;
      continue;
    }
    if (name === 'mc:Fallback') {
      if (kind === 'open') fallbackDepth++;
      else if (kind === 'close') fallbackDepth--;
    }
    if (name === `${w}:moveFrom`) {
      if (kind === 'open') movedFromDepth++;
      else if (kind === 'close') movedFromDepth--;
    }
    if (fallbackDepth > 0) {
      if (kind === 'open') depth++;
      continue;
    }
    if (name === P) {
      if (kind === 'open' || kind === 'empty') {
        const info: ParagraphInfo = {
          index: paragraphs.length,
          openStart: tag.start,
          contentStart: tag.end,
          closeStart: kind === 'empty' ? tag.start : -1,
          selfClosing: kind === 'empty',
          text: '',
          segments: [],
        };
        paragraphs.push(info);
        if (kind === 'open') {
          pStack.push({ info, parts: [], length: 0 });
          childDepthOfPara.push(depth + 1);
        }
      } else {
        const open = pStack.pop();
        childDepthOfPara.pop();
        if (open) {
          open.info.closeStart = tag.start;
          open.info.text = open.parts.join('');
        }
      }
    } else if (name === `${w}:pPr` && kind !== 'open' && depth === childDepthOfPara[childDepthOfPara.length - 1]) {
      const top = pStack[pStack.length - 1];
      if (top && top.info.segments.length === 0) top.info.contentStart = tag.end;
    } else if (name === R) {
      if (kind === 'open') {
        const para = pStack[pStack.length - 1] ?? null;
        const run: RunInfo = {
          openStart: tag.start,
          openEnd: tag.end,
          closeStart: -1,
          closeEnd: -1,
          openTag: xml.slice(tag.start, tag.end),
          rPr: '',
          textStart: para?.length ?? 0,
          textEnd: para?.length ?? 0,
        };
        runStack.push({ run, para });
        childDepthOfRun.push(depth + 1);
      } else if (kind === 'close') {
        const top = runStack.pop();
        childDepthOfRun.pop();
        if (top) {
          top.run.closeStart = tag.start;
          top.run.closeEnd = tag.end;
          top.run.textEnd = top.para?.length ?? 0;
        }
      }
    } else if (runStack.length > 0 && depth === childDepthOfRun[childDepthOfRun.length - 1]) {
      // A direct child of the innermost run.
      const run = runStack[runStack.length - 1]!.run;
      if (name === `${w}:rPr`) {
        if (kind === 'open') {
          const close = xml.indexOf(`</${w}:rPr>`, tag.end);
          run.rPr = xml.slice(tag.start, close + w.length + 7);
        } else if (kind === 'empty') run.rPr = xml.slice(tag.start, tag.end);
      } else if (name === T) {
        if (kind === 'open') {
          pendingT = { openStart: tag.start, openEnd: tag.end, openTag: xml.slice(tag.start, tag.end) };
        } else if (kind === 'close' && pendingT) {
          const text = decodeXml(xml.slice(pendingT.openEnd, tag.start));
          if (text.length > 0) {
            const t = { ...pendingT, contentStart: pendingT.openEnd, contentEnd: tag.start };
            addText({ length: text.length, xmlStart: pendingT.openStart, xmlEnd: tag.end, t }, text);
          }
          pendingT = null;
        }
      } else if (kind === 'empty' && ATOMIC[name.slice(w.length + 1)] !== undefined) {
        addText({ length: 1, xmlStart: tag.start, xmlEnd: tag.end, t: null }, ATOMIC[name.slice(w.length + 1)]!);
      }
    }
    if (kind === 'open') depth++;
  }
  return { w, paragraphs };
}

/** Whether xml:space="preserve" is already set on a w:t start tag. */
export function preservesSpace(openTag: string): boolean {
  return attr(openTag, 'xml:space') === 'preserve';
}

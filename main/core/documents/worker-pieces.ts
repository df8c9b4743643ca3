import type { Finding } from '../../../shared/domain/finding.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { ExtractedDocument } from './extract.js';
import type { CheckTarget, PreparedWork } from './prepare-work.js';
import type { SearchPart } from './search-parts.js';

/**
 * A prepared import crosses from the worker to the main thread in pieces the main thread asks for one
 * at a time, with a turn of its event loop in between. Copying a 200,000-paragraph result in one message
 * stalled the main thread for seconds (the structured clone of 200,000 block objects is read there);
 * pieces of one part (≤ 2,000 blocks) or 1 M characters of HTML take milliseconds each. A stored
 * extraction sent back to the worker (the same file imported again) goes the same way (FeedPiece).
 */

export interface ResultHeader {
  format: ExtractedDocument['format'];
  mediaType: string;
  extractor: string;
  notes: string[];
  findings: Finding[] | null;
  checkedFor: CheckTarget | null;
}

export type Piece = { html: string } | { part: SearchPart; blocks: TextBlock[] };

export const HTML_PIECE_CHARS = 1_000_000;

export function splitResult(extracted: ExtractedDocument, work: PreparedWork): { header: ResultHeader; pieces: Piece[] } {
  const pieces: Piece[] = [];
  for (let at = 0; at < extracted.html.length; at += HTML_PIECE_CHARS) pieces.push({ html: extracted.html.slice(at, at + HTML_PIECE_CHARS) });
  for (const part of work.parts) pieces.push({ part, blocks: extracted.blocks.slice(part.from, part.to) });
  const { format, mediaType, extractor, notes } = extracted;
  return { header: { format, mediaType, extractor, notes, findings: work.findings, checkedFor: work.checkedFor }, pieces };
}

/**
 * Puts a result together piece by piece as the pieces arrive, so no single step walks all of a large
 * document's blocks: joining 200,000 blocks after the last piece took ~0.6 s of the main thread.
 */
export class ResultAssembler {
  private readonly html: string[] = [];
  private readonly blocks: TextBlock[] = [];
  private readonly parts: SearchPart[] = [];

  constructor(private readonly header: ResultHeader) {}

  add(piece: Piece): void {
    if ('html' in piece) this.html.push(piece.html);
    else {
      this.parts.push(piece.part);
      for (const block of piece.blocks) this.blocks.push(block);
    }
  }

  finish(): { extracted: ExtractedDocument; work: PreparedWork } {
    const { format, mediaType, extractor, notes, findings, checkedFor } = this.header;
    return {
      extracted: { format, mediaType, extractor, notes, html: this.html.join(''), blocks: this.blocks },
      work: { parts: this.parts, findings, checkedFor },
    };
  }
}

/** What an extraction is apart from its text: sent ahead of a stored extraction's pieces (see stored-extraction.ts). */
export type ExtractionHead = Pick<ExtractedDocument, 'format' | 'mediaType' | 'extractor' | 'notes'>;

/** A stored extraction crosses to the worker in the other direction in pieces too: HTML, or a page of blocks. */
export type FeedPiece = { html: string } | { blocks: TextBlock[] };

/** Collects a stored extraction fed piece by piece (in the worker). */
export class FeedAssembler {
  private readonly html: string[] = [];
  private readonly blocks: TextBlock[] = [];

  constructor(private readonly head: ExtractionHead) {}

  add(piece: FeedPiece): void {
    if ('html' in piece) this.html.push(piece.html);
    else for (const block of piece.blocks) this.blocks.push(block);
  }

  finish(): ExtractedDocument {
    return { ...this.head, html: this.html.join(''), blocks: this.blocks };
  }
}

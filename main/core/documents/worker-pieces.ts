import type { Finding } from '../../../shared/domain/finding.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { ExtractedDocument } from './extract.js';
import type { CheckTarget, PreparedWork, SearchPart } from './prepare-work.js';

/**
 * A prepared import crosses from the worker to the main thread in pieces the main thread asks for one
 * at a time, with a turn of its event loop in between. Copying a 200,000-paragraph result in one message
 * stalled the main thread for seconds (the structured clone of 200,000 block objects is read there);
 * pieces of one part (≤ 2,000 blocks) or 1 M characters of HTML take milliseconds each.
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

const HTML_PIECE_CHARS = 1_000_000;

export function splitResult(extracted: ExtractedDocument, work: PreparedWork): { header: ResultHeader; pieces: Piece[] } {
  const pieces: Piece[] = [];
  for (let at = 0; at < extracted.html.length; at += HTML_PIECE_CHARS) pieces.push({ html: extracted.html.slice(at, at + HTML_PIECE_CHARS) });
  for (const part of work.parts) pieces.push({ part, blocks: extracted.blocks.slice(part.from, part.to) });
  const { format, mediaType, extractor, notes } = extracted;
  return { header: { format, mediaType, extractor, notes, findings: work.findings, checkedFor: work.checkedFor }, pieces };
}

export function joinResult(header: ResultHeader, pieces: Piece[]): { extracted: ExtractedDocument; work: PreparedWork } {
  const html: string[] = [];
  const blocks: TextBlock[] = [];
  const parts: SearchPart[] = [];
  for (const piece of pieces) {
    if ('html' in piece) html.push(piece.html);
    else {
      parts.push(piece.part);
      for (const block of piece.blocks) blocks.push(block);
    }
  }
  const { format, mediaType, extractor, notes, findings, checkedFor } = header;
  return { extracted: { format, mediaType, extractor, notes, html: html.join(''), blocks }, work: { parts, findings, checkedFor } };
}

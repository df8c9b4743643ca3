import type Database from 'better-sqlite3';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { prepared } from '../store/statements.js';
import { htmlInRow, readHtmlPart } from './html-parts.js';
import { readBlocksPage } from './document-store.js';
import { currentTextVersion, readBlocksAt } from './text-versions.js';
import { PART_MAX_BLOCKS } from './search-parts.js';
import { HTML_PIECE_CHARS, type ExtractionHead, type FeedPiece } from './worker-pieces.js';

/**
 * A file already in the archive, imported again (another matter, or the same file resent), reuses the
 * stored extraction; the worker still encodes its search parts and runs the pre-checks for the new
 * matter. The extraction is read and sent a page at a time — ≤ PART_MAX_BLOCKS blocks or one stored
 * HTML piece per message, with a turn of the event loop between pages — instead of being read whole
 * and cloned into one message (200,000 blocks: seconds of the main thread, the server frozen).
 */
export interface StoredExtraction {
  head: ExtractionHead;
  pieces: () => AsyncGenerator<FeedPiece>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function storedExtraction(db: Database.Database, documentId: number): StoredExtraction {
  const head = prepared(db, 'SELECT format, media_type, extractor, notes_json FROM documents WHERE id = ?').get(documentId) as {
    format: ExtractionHead['format'];
    media_type: string;
    extractor: string;
    notes_json: string;
  };
  return {
    head: { format: head.format, mediaType: head.media_type, extractor: head.extractor, notes: JSON.parse(head.notes_json) as string[] },
    pieces: () => readPieces(db, documentId),
  };
}

async function* readPieces(db: Database.Database, documentId: number): AsyncGenerator<FeedPiece> {
  const inRow = htmlInRow(db, documentId);
  if (inRow !== '') {
    for (let at = 0; at < inRow.length; at += HTML_PIECE_CHARS) yield { html: inRow.slice(at, at + HTML_PIECE_CHARS) };
  } else {
    // Stored in pieces (html-parts.ts; every document since schema 230), read one per message.
    for (let part = 0; ; part++) {
      const html = readHtmlPart(db, documentId, part);
      if (html === undefined) break;
      yield { html };
      await turn();
    }
  }
  if (currentTextVersion(db, documentId) > 1) {
    // OCR text corrected by a reviewer: the file's own reading is version 1, not the corrected text
    // (a scan of ≤ 200 pages, small enough for one message).
    yield { blocks: readBlocksAt(db, documentId, 1) };
    return;
  }
  for (let from = 0; ; ) {
    const blocks = readBlocksPage(db, documentId, from, PART_MAX_BLOCKS);
    if (blocks.length === 0) break;
    yield { blocks };
    from = blocks.at(-1)!.index + 1;
    await turn();
  }
}

/** Blocks already in memory (a corrected OCR text) fed to the worker the same way, a page per message. */
export function blocksExtraction(head: ExtractionHead, blocks: TextBlock[]): StoredExtraction {
  return {
    head,
    pieces: async function* () {
      for (let at = 0; at < blocks.length; at += PART_MAX_BLOCKS) yield { blocks: blocks.slice(at, at + PART_MAX_BLOCKS) };
    },
  };
}

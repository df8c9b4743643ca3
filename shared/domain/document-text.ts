import { z } from 'zod';

/**
 * The text model of an imported document: an ordered list of blocks. A block is one paragraph of
 * the original (a heading, a body paragraph, a list item, one table cell's paragraph, a footnote).
 * Positions in the app ("paragraph 12, characters 5–20") are `index` plus UTF-16 offsets into `text`.
 */
export const TextBlockKind = z.enum(['heading', 'paragraph', 'list-item', 'table-cell', 'footnote']);
export type TextBlockKind = z.infer<typeof TextBlockKind>;

/** Where a DOCX block came from: the part and the w:p number in it (every w:p counted, empty ones too). */
export const BlockSource = z.object({
  part: z.enum(['document', 'footnotes', 'endnotes']),
  p: z.number().int().nonnegative(),
});
export type BlockSource = z.infer<typeof BlockSource>;

/** OCR blocks below this confidence are highlighted in the reading view and counted in the import note. */
export const OCR_LOW_CONFIDENCE = 0.85;

export const TextBlock = z.object({
  index: z.number().int().nonnegative(),
  kind: TextBlockKind,
  text: z.string(),
  /** For table cells: which table (0-based in the document), row and column. */
  cell: z
    .object({ table: z.number().int(), row: z.number().int(), col: z.number().int() })
    .optional(),
  /** DOCX only: the paragraph the block was read from, recorded at import (issue 11). */
  source: BlockSource.optional(),
  /** Text recognised from a page image (scan or photo): the page (1-based) and the recogniser's confidence 0–1. */
  ocr: z
    .object({
      page: z.number().int().positive(),
      confidence: z.number().min(0).max(1),
      /** The text version (2, 3, …) in which a reviewer last corrected this block; absent while it is as read. */
      correctedIn: z.number().int().min(2).optional(),
    })
    .optional(),
});
export type TextBlock = z.infer<typeof TextBlock>;

/** An anchor: a character range inside one block, with the quoted text for re-finding it. */
export const TextAnchor = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

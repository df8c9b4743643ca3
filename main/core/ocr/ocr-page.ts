import { detectLines, recognizeLines, type OcrLine } from './ocr-engine.js';
import type { GrayImage } from './gray-image.js';

/**
 * Reading order: lines sorted top to bottom; boxes whose vertical centres lie within half a line
 * height of each other are one visual row, read left to right (a table row, or "甲方：… 乙方：…").
 */
export function readingOrder(lines: OcrLine[]): OcrLine[][] {
  const sorted = [...lines].sort((a, b) => a.box.cy - b.box.cy);
  const rows: OcrLine[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    const ref = row?.[0];
    if (row && ref && Math.abs(line.box.cy - ref.box.cy) < Math.min(ref.box.h, line.box.h) / 2) row.push(line);
    else rows.push([line]);
  }
  for (const row of rows) row.sort((a, b) => a.box.cx - b.box.cx);
  return rows;
}

/** All text lines of one page image, in reading order (one entry per visual row). */
export async function ocrPage(image: GrayImage, isCancelled: () => boolean = () => false): Promise<OcrLine[][]> {
  const boxes = await detectLines(image);
  const lines = await recognizeLines(image, boxes, isCancelled);
  return readingOrder(lines);
}

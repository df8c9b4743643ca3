import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { imageInfo, MAX_IMAGE_PIXELS } from '../ocr/load-image.js';
import { readBlob, requireDocument } from './document-store.js';

/**
 * What the reading view shows beside the text: the pages of the original. Reading, not exporting, so
 * these are not logged as downloads (documents.original is). Scans and photos are turned into a JPEG
 * per page here — browsers cannot show TIFF, a multi-page TIFF is one file, and a phone photo needs its
 * EXIF turn; PDFs are sent whole and drawn page by page by pdf.js in the renderer.
 */

/** Long side of a page picture: sharp enough to read a 小四 line of an A4 scan, ~300–600 KB as JPEG. */
export const PAGE_VIEW_MAX_SIDE = 2000;

export interface PageImage {
  page: number;
  pages: number;
  width: number;
  height: number;
  mediaType: 'image/jpeg';
  bytes: Buffer;
}

/** Page `page` (1-based) of a scanned or photographed document, upright and scaled for the screen. */
export async function pageImage(db: Database.Database, documentId: number, page: number): Promise<PageImage> {
  const document = requireDocument(db, documentId);
  if (document.format !== 'image') throw new AppError('document.no-page-image', '该文件不是扫描件或照片，没有页面图像。');
  const bytes = readBlob(db, document.sha256);
  const { pages } = await imageInfo(bytes);
  if (page > pages) throw new AppError('document.page-missing', `该文件只有 ${pages} 页，没有第 ${page} 页。`);
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes, { page: page - 1, limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize(PAGE_VIEW_MAX_SIDE, PAGE_VIEW_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { page, pages, width: info.width, height: info.height, mediaType: 'image/jpeg', bytes: data };
}

/** A PDF's bytes for the reading view's page pictures. */
export function pdfForView(db: Database.Database, documentId: number): Buffer {
  const document = requireDocument(db, documentId);
  if (document.format !== 'pdf') throw new AppError('document.not-pdf', '该文件不是 PDF。');
  return readBlob(db, document.sha256);
}

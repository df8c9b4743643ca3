import { createRequire } from 'node:module';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { extractDocx } from './extract-docx.js';
import { extractPdf } from './extract-pdf.js';
import { extractTxt } from './extract-text.js';
import { classifyFile, MEDIA_TYPES, type SourceFormat } from './file-kind.js';
import type { ImportLimits } from './limits.js';

/** Everything extraction learns about a file; plain data so it can cross a worker boundary. */
export interface ExtractedDocument {
  format: SourceFormat;
  mediaType: string;
  blocks: TextBlock[];
  html: string;
  /** Which extractor produced the text (stored so old imports can be re-extracted later). */
  extractor: string;
  notes: string[];
}

/** Bumped when our own block/HTML building changes in a way that affects stored results. */
const PIPELINE_VERSION = 1;

const require = createRequire(import.meta.url);
function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

const EXTRACTORS: Record<SourceFormat, () => string> = {
  docx: () => `review-desk-${PIPELINE_VERSION}+mammoth-${packageVersion('mammoth')}`,
  pdf: () => `review-desk-${PIPELINE_VERSION}+pdfjs-${packageVersion('pdfjs-dist')}`,
  txt: () => `review-desk-${PIPELINE_VERSION}+text`,
};

const ENCODING_ZH = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030/GBK' } as const;

/**
 * Checks a file and extracts its text, in the calling thread. Throws the refusal (an AppError with a
 * `document.*` code) for anything that cannot be imported. The import pipeline calls it through the
 * worker pool (extract-pool.ts) so the caller's thread stays responsive.
 */
export async function extractFile(fileName: string, bytes: Buffer, limits: ImportLimits): Promise<ExtractedDocument> {
  const format = classifyFile(fileName, bytes, limits);
  const notes: string[] = [];
  let extracted: { blocks: TextBlock[]; html: string };
  if (format === 'docx') {
    extracted = await extractDocx(bytes, { fileName, limits });
  } else if (format === 'pdf') {
    extracted = await extractPdf(bytes, fileName);
  } else {
    const txt = extractTxt(bytes, fileName);
    notes.push(`文本编码：${ENCODING_ZH[txt.encoding]}`);
    extracted = { blocks: txt.blocks, html: txt.html };
  }
  if (extracted.blocks.length === 0) notes.push('文件中没有可提取的文字。');
  return { format, mediaType: MEDIA_TYPES[format], ...extracted, extractor: EXTRACTORS[format](), notes };
}

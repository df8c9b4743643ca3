import { AppError } from '../errors.js';
import { formatBytes } from './limits.js';

/**
 * Every way an import is refused, each with a stable code and a Chinese message that says what to do.
 * A refusal is thrown before anything is written.
 */
export const REFUSAL_CODES = [
  'document.empty',
  'document.too-large',
  'document.legacy-format',
  'document.encrypted',
  'document.not-docx',
  'document.type-mismatch',
  'document.unsupported-type',
  'document.corrupt',
  'document.zip-bomb',
  'document.too-complex',
  'document.pdf-no-text',
  'document.not-text',
  'document.extract-failed',
  'document.not-word',
  'document.image-too-large',
  'document.too-many-pages',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

function refuse(code: RefusalCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}

export const refusals = {
  empty: (name: string) => refuse('document.empty', `文件“${name}”是空文件（0 字节），没有可导入的内容。`),
  tooLarge: (name: string, size: number, limit: number) =>
    refuse(
      'document.too-large',
      `文件“${name}”大小为 ${formatBytes(size)}，超过了导入上限 ${formatBytes(limit)}。请压缩其中的图片或拆分后再导入。`,
    ),
  legacy: (name: string) =>
    refuse(
      'document.legacy-format',
      `文件“${name}”是 RTF 格式，无法直接读取。请用 Word 或 WPS 打开后“另存为” .docx 格式，再导入。`,
    ),
  oldWps: (name: string) =>
    refuse(
      'document.legacy-format',
      `文件“${name}”不是可读取的 WPS 文字文件（可能是 WPS 2000 及更早版本的格式）。请用 WPS 打开后“另存为” .docx 或 .doc 格式，再导入。`,
    ),
  notWordOle: (name: string) =>
    refuse(
      'document.not-word',
      `文件“${name}”是旧版 Office 文件，但其中没有 Word/WPS 文字正文（可能是 Excel 表格或 PowerPoint 演示文稿改了扩展名）。请核对文件后重新导入。`,
    ),
  imageTooLarge: (name: string, width: number, height: number, maxPixels: number) =>
    refuse(
      'document.image-too-large',
      `图片“${name}”尺寸为 ${width} × ${height} 像素，超过了识别上限（约 ${Math.round(maxPixels / 1e6)} 百万像素），可能是恶意构造的图片，已拒绝导入。请缩小图片（例如用手机或扫描仪按 300 dpi 重新扫描）后再导入。`,
    ),
  tooManyImagePages: (name: string, pages: number, limit: number) =>
    refuse(
      'document.too-many-pages',
      `图片文件“${name}”有 ${pages} 页，需要逐页文字识别（OCR），超过了单个文件 ${limit} 页的上限。请将其拆分为几个较小的文件后分别导入。`,
    ),
  tooManyScannedPages: (name: string, pages: number, limit: number) =>
    refuse(
      'document.too-many-pages',
      `PDF 文件“${name}”有 ${pages} 页没有文字层，需要逐页文字识别（OCR），超过了单个文件 ${limit} 页的上限。请将 PDF 拆分为几个较小的文件后分别导入。`,
    ),
  /** Not a refusal of the file: the user stopped the job. */
  ocrCancelled: (name: string) => new AppError('document.ocr-cancelled', `已取消文件“${name}”的文字识别，文件未导入。`),
  encrypted: (name: string) =>
    refuse(
      'document.encrypted',
      `文件“${name}”已加密或设置了打开密码，无法读取内容。请在 Word/WPS 或 PDF 阅读器中取消密码保护并另存后，再导入。`,
    ),
  notDocx: (name: string, actual: string) =>
    refuse(
      'document.not-docx',
      `文件“${name}”的扩展名是 Word 文档，但内容实际上是${actual}，不是 .docx 文档。请核对文件后重新导入。`,
    ),
  mismatch: (name: string, expected: string, actual: string) =>
    refuse('document.type-mismatch', `文件“${name}”的扩展名表明是${expected}，但内容实际上是${actual}。请核对文件后重新导入。`),
  unsupported: (name: string, ext: string) =>
    refuse(
      'document.unsupported-type',
      `不支持导入“${name}”这类文件（${ext || '无扩展名'}）。请导入 .docx、.doc、.wps、.pdf、.txt 文件或 JPG/PNG/TIFF 图片。`,
    ),
  corrupt: (name: string, detail: string) =>
    refuse('document.corrupt', `文件“${name}”已损坏或不完整（${detail}），无法读取。请重新获取或另存该文件后再导入。`),
  tooComplex: (name: string, xmlBytes: number, limit: number) =>
    refuse(
      'document.too-complex',
      `文件“${name}”的正文内容过大（解压后约 ${formatBytes(xmlBytes)}，上限 ${formatBytes(limit)}），读取会耗尽内存，已拒绝导入。请将文档拆分为几个较小的文件后分别导入。`,
    ),
  outOfMemory: (name: string, heapMb: number) =>
    refuse('document.too-complex', `文件“${name}”过于复杂，读取时超出内存上限（${heapMb} MB），已停止读取，未导入。请将文档拆分后分别导入。`),
  zipBomb: (name: string, detail: string) =>
    refuse(
      'document.zip-bomb',
      `文件“${name}”解压后的大小异常（${detail}），可能是恶意构造的压缩文件，已拒绝导入。`,
    ),
  pdfNoText: (name: string) =>
    refuse(
      'document.pdf-no-text',
      `PDF 文件“${name}”没有文字层，文字识别（OCR）也没有识别出文字（页面可能是空白或图形）。请提供 Word 版本或更清晰的扫描件后再导入。`,
    ),
  notText: (name: string) =>
    refuse(
      'document.not-text',
      `文件“${name}”不是可读的文本文件（含有二进制内容或无法识别的编码）。请另存为 UTF-8 或 GBK 编码的 .txt 文件后再导入。`,
    ),
  /** `technical` (a library's own message) is kept for logs, not shown. */
  extractFailed: (name: string, detail: string, technical?: string) =>
    refuse(
      'document.extract-failed',
      `无法读取文件“${name}”的内容（${detail}）。请用 Word/WPS 打开并另存后再导入。`,
      technical === undefined ? undefined : { technical },
    ),
};

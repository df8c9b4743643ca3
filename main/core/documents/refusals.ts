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
      `文件“${name}”是旧版 Word（.doc）或 WPS（.wps）等格式，无法直接读取。请用 Word 或 WPS 打开后“另存为” .docx 格式，再导入。`,
    ),
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
      `不支持导入“${name}”这类文件（${ext || '无扩展名'}）。请导入 .docx、.pdf 或 .txt 文件。`,
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
      `PDF 文件“${name}”没有文字层（可能是扫描件或图片），无法提取文字。请提供 Word 版本，或先进行文字识别（OCR）后再导入。`,
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

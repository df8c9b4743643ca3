import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isTrustedSender } from './guards.js';

/** Keep in step with the preload's SAVE_CHANNEL (a test checks they are equal). */
export const SAVE_CHANNEL = 'review-desk:save-file';
/** The largest file the app offers for saving (letters, ledgers, originals are far smaller). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word 文档', extensions: ['docx'] },
  '.xlsx': { name: 'Excel 工作簿', extensions: ['xlsx'] },
  '.csv': { name: 'CSV 表格', extensions: ['csv'] },
  '.pdf': { name: 'PDF 文件', extensions: ['pdf'] },
  '.json': { name: 'JSON 文件', extensions: ['json'] },
};

/** A name the save dialog can propose on every OS: no folders, no characters Windows forbids. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replaceAll('\\', '/'))
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return cleaned === '' ? '导出文件' : cleaned;
}

export interface SaveEffects {
  /** Shows the save dialog; resolves to the chosen path, or null when the user cancelled. */
  choosePath(defaultPath: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  write(path: string, bytes: Uint8Array): Promise<void>;
  defaultFolder: string;
  log(message: string): void;
}

/**
 * Saves bytes the page produced (letters, exports, originals) through the native save dialog and tells
 * the page whether anything was saved, so it reports 「已导出」 only when it is true.
 */
export async function handleSaveFile(frameUrl: string | undefined, fileName: unknown, bytes: unknown, effects: SaveEffects): Promise<boolean> {
  if (!isTrustedSender(frameUrl)) throw new Error('拒绝来自未知页面的请求。');
  if (typeof fileName !== 'string' || !(bytes instanceof Uint8Array)) throw new Error('保存文件的参数有误。');
  if (bytes.byteLength > MAX_SAVE_BYTES) throw new Error('文件过大，无法保存。');
  const name = safeFileName(fileName);
  const filter = FILTERS[extname(name).toLowerCase()];
  const path = await effects.choosePath(join(effects.defaultFolder, name), filter ? [filter, { name: '所有文件', extensions: ['*'] }] : []);
  if (path === null) {
    effects.log(`save of ${name} cancelled`);
    return false;
  }
  await effects.write(path, bytes);
  effects.log(`saved ${name} (${bytes.byteLength} bytes) to ${path}`);
  return true;
}

export const writeBytes = (path: string, bytes: Uint8Array): Promise<void> => writeFile(path, bytes);

/**
 * Round fourteen, issue 13: a label heading the fields that follow it — "本社名称和住所:" over "名称: 住所:", "甲方联系方式:" over
 * "电话: 地址:" — names a group, not a field: the fields below are the blanks to fill (one finding there, not on the
 * heading). The mark is the next line opening with a field whose name the heading already holds.
 */
import type { TextBlock } from '../../../../shared/domain/document-text.js';

export function headsItsFields(blocks: readonly TextBlock[], block: number, text: string, b: { start: number; end: number }): boolean {
  // The blank is the colon and what is (not) after it, or the field with its label ("本社名称和住所:").
  const colonAt = text.lastIndexOf(':', b.end);
  if (colonAt < b.start - 1 || text.slice(colonAt + 1).trim() !== '') return false;
  const label = /[\u4e00-\u9fa5、和及与]{2,16}$/.exec(text.slice(Math.max(0, colonAt - 16), colonAt))?.[0];
  if (!label) return false;
  let next = block + 1;
  while (next < blocks.length && (blocks[next] as TextBlock).text.trim() === '') next++;
  const field = /^\s*([\u4e00-\u9fa5]{2,6})\s*[:：]/.exec((blocks[next] as TextBlock | undefined)?.text ?? '');
  return field !== null && label.includes(field[1] as string) && label !== field[1];
}

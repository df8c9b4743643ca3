// GB/T 9704 7.2.5 wants the year in 六角括号; offices often type look-alikes into their patterns.
export const YEAR_BRACKETS = /[[［【〖（(]\s*\{year\}\s*[\]］】〗）)]/g;

/**
 * 发文字号 from an office pattern, e.g. ('{prefix}〔{year}〕{n}号', '郯司审', 2024, 15) → 郯司审〔2024〕15号.
 * The year is written in full and the sequence number without padding or 第 (GB/T 9704 7.2.5).
 * Shared so the settings page's example is exactly what a letter will carry.
 */
export function formatLetterNumber(pattern: string, prefix: string, year: number, n: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`文号顺序号无效：${n}`);
  if (!pattern.includes('{n}')) throw new Error('文号格式必须包含 {n}');
  return pattern
    .replace(YEAR_BRACKETS, '〔{year}〕')
    .replaceAll('{prefix}', prefix)
    .replaceAll('{year}', String(year))
    .replaceAll('{n}', String(n));
}

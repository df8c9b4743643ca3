import { describe, expect, it } from 'vitest';
import {
  chineseOrdinal,
  formatChineseDate,
  formatLetterNumber,
  parseLetterNumber,
} from '../../../main/core/letters/index.js';

describe('formatLetterNumber', () => {
  it('fills the office pattern with the full year in 〔〕 and an unpadded number', () => {
    expect(formatLetterNumber('{prefix}〔{year}〕{n}号', '郯司审', 2024, 15)).toBe('郯司审〔2024〕15号');
    expect(formatLetterNumber('{prefix}〔{year}〕{n}号', '郯司审', 2025, 1)).toBe('郯司审〔2025〕1号');
  });

  it('turns look-alike brackets around the year into 六角括号', () => {
    for (const p of ['{prefix}[{year}]{n}号', '{prefix}【{year}】{n}号', '{prefix}（{year}）{n}号', '{prefix}({year}){n}号']) {
      expect(formatLetterNumber(p, '郯司审', 2024, 3)).toBe('郯司审〔2024〕3号');
    }
  });

  it('rejects numbers that cannot be a 发文字号', () => {
    expect(() => formatLetterNumber('{prefix}〔{year}〕{n}号', 'X', 2024, 0)).toThrow();
    expect(() => formatLetterNumber('{prefix}〔{year}〕{n}号', 'X', 2024, 1.5)).toThrow();
    expect(() => formatLetterNumber('{prefix}〔{year}〕{n}号', 'X', 24, 1)).toThrow();
    expect(() => formatLetterNumber('{prefix}〔{year}〕号', 'X', 2024, 1)).toThrow();
  });

  it('parses numbers made with the same pattern back', () => {
    const pattern = '{prefix}〔{year}〕{n}号';
    for (const n of [1, 9, 10, 123]) {
      expect(parseLetterNumber(pattern, '郯司审', formatLetterNumber(pattern, '郯司审', 2024, n))).toEqual({ year: 2024, n });
    }
    expect(parseLetterNumber(pattern, '郯司审', '郯司审〔2024〕01号')).toBeNull();
    expect(parseLetterNumber(pattern, '郯司审', '临司审〔2024〕1号')).toBeNull();
    expect(parseLetterNumber('{prefix}第{n}号', '某所', '某所第7号')).toEqual({ year: null, n: 7 });
  });
});

describe('formatChineseDate', () => {
  it('writes 成文日期 with Arabic numerals and no leading zeros', () => {
    expect(formatChineseDate('2024-01-05')).toBe('2024年1月5日');
    expect(formatChineseDate('2025-10-31')).toBe('2025年10月31日');
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => formatChineseDate('2024-1-5')).toThrow();
    expect(() => formatChineseDate('2023-02-29')).toThrow();
    expect(formatChineseDate('2024-02-29')).toBe('2024年2月29日');
  });
});

describe('chineseOrdinal', () => {
  it('numbers headings the way documents do', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map(chineseOrdinal)).toEqual([
      '一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十',
    ]);
    expect(() => chineseOrdinal(0)).toThrow();
  });
});

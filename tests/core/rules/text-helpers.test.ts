import { describe, expect, it } from 'vitest';
import { CHANGED, normalize, normalizeChar, readableHan, toOriginalRange } from '../../../main/core/rules/text/normalize.js';
import { parseChineseInteger, parseCount } from '../../../main/core/rules/text/cn-numerals.js';
import { findAmounts, parseFigureAmount, parseUppercaseAmount } from '../../../main/core/rules/text/amount.js';
import { findDateRanges, findDates } from '../../../main/core/rules/text/dates.js';

describe('normalize', () => {
  it('maps full-width digits/punctuation and keeps offsets into the original', () => {
    const src = '租金\u00ad：１２，０００元（大写）';
    const n = normalize(src);
    expect(n.text).toBe('租金:12,000元(大写)');
    const i = n.text.indexOf('12,000');
    const r = toOriginalRange(n, i, i + 6, src.length);
    expect(src.slice(r.start, r.end)).toBe('１２，０００');
  });
  it('collapses whitespace runs and still maps back', () => {
    const src = '甲方：\u3000\u3000 张三\r\n乙方';
    const n = normalize(src, { collapseWhitespace: true });
    expect(n.text).toBe('甲方: 张三\n乙方');
    const r = toOriginalRange(n, 3, 4, src.length);
    expect(src.slice(r.start, r.end)).toBe('\u3000\u3000 ');
    const z = toOriginalRange(n, 6, 7, src.length);
    expect(src.slice(z.start, z.end)).toBe('\r\n');
  });
  // normalize and readableHan skip normalizeChar for the code units the CHANGED table calls unchanged: the table must
  // say exactly what normalizeChar does, for every UTF-16 code unit.
  it('has a table of changed characters that agrees with normalizeChar on every code unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if ((normalizeChar(ch) !== ch) !== (CHANGED[code] === 1)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it('rewrites traditional script and drops injected pinyin, keeping offsets (also at the edges of the text)', () => {
    const src = '（村規(guī)民約）\r\n違者　罰款(fá kuǎn)\r';
    const n = normalize(src, { collapseWhitespace: true });
    expect(n.text).toBe('(村规民约)\n违者 罚款(fá kuǎn)\n');
    const i = n.text.indexOf('民约');
    const r = toOriginalRange(n, i, i + 2, src.length);
    expect(src.slice(r.start, r.end)).toBe('民約');
    expect(readableHan('村規(guī)民約，與外鄉男子結婚')).toBe('村规民约，与外乡男子结婚');
    expect(readableHan('村规民约')).toBe('村规民约');
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['三十五', 35],
    ['十二', 12],
    ['一百零五', 105],
    ['两千', 2000],
    ['壹拾万零柒仟', 107000],
    ['二〇二四', 2024],
    ['一亿二千万', 120000000],
    ['贰拾', 20],
  ])('%s = %d', (s, v) => expect(parseChineseInteger(s)).toBe(v));
  it('rejects malformed numbers', () => {
    expect(parseChineseInteger('二三十')).toBeNull();
    expect(parseChineseInteger('十百')).toBeNull();
    expect(parseChineseInteger('租金')).toBeNull();
  });
  it('parses mixed counts', () => {
    expect(parseCount('1.5万')).toBe(15000);
    expect(parseCount('30')).toBe(30);
  });
});

describe('amounts', () => {
  it.each([
    ['人民币壹仟肆佰零玖元伍角', 140950],
    ['陆仟零柒元壹角肆分', 600714],
    ['壹拾万柒仟元零伍角叁分', 10700053],
    ['壹拾万零柒仟元伍角叁分', 10700053],
    ['壹万陆仟肆佰零玖元零贰分', 1640902],
    ['拾元整', 1000],
    ['壹佰万元整', 100000000],
    ['伍角', 50],
    ['叁佰贰拾伍圆零肆分', 32504],
    ['壹亿贰仟万元正', 12000000000],
  ])('%s → %d cents', (s, v) => expect(parseUppercaseAmount(s)).toBe(v));
  it('rejects an uppercase string without 元/角/分', () => {
    expect(parseUppercaseAmount('壹万')).toBeNull();
  });
  it('parses figures with commas, decimals and 万元', () => {
    expect(parseFigureAmount('1,234.56')).toBe(123456);
    expect(parseFigureAmount('12.5', '万元')).toBe(12500000);
    expect(parseFigureAmount('0.1', '亿元')).toBe(1000000000);
  });
  it('finds amounts in text and skips years, versions and percentages', () => {
    const text = '2024年租金100万元（大写：壹佰万元整），版本1.2.3，比例30%，小写:5000';
    const found = findAmounts(text).map((a) => [a.kind, a.raw, a.cents]);
    expect(found).toEqual([
      ['figure', '100万元', 100000000],
      ['uppercase', '壹佰万元整', 100000000],
      ['figure', '5000', 500000],
    ]);
  });
});

describe('dates', () => {
  it('reads Arabic, Chinese-numeral, ISO and dotted dates and checks validity', () => {
    const text = '2024年2月29日、2023年2月29日、二〇二四年一月一日、2024-04-31、2024.1.1、贰零贰肆年零壹月壹拾伍日';
    const ds = findDates(text).map((d) => [d.raw, d.year, d.month, d.day, d.valid]);
    expect(ds).toEqual([
      ['2024年2月29日', 2024, 2, 29, true],
      ['2023年2月29日', 2023, 2, 29, false],
      ['二〇二四年一月一日', 2024, 1, 1, true],
      ['2024-04-31', 2024, 4, 31, false],
      ['2024.1.1', 2024, 1, 1, true],
      ['贰零贰肆年零壹月壹拾伍日', 2024, 1, 15, true],
    ]);
  });
  it('does not read version numbers or money as dates', () => {
    expect(findDates('版本 2024.1.1.3 与 1.5万元')).toEqual([]);
  });
  it('pairs start and end dates, filling the year of the end date', () => {
    const text = '自2024年1月1日起至12月31日止';
    const r = findDateRanges(text, findDates(text));
    expect(r).toHaveLength(1);
    expect(r[0]?.toYear).toBe(2024);
  });
});

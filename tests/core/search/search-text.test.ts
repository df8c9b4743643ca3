import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR_TOKEN, charExpression, encodeBlocks, encodeChars, encodeText, foldAscii, matchExpression } from '../../../main/core/search/search-text.js';
import { makeSnippet } from '../../../main/core/search/snippet.js';

const END = String.fromCodePoint(0xf0101);
const pua = (c: string) => String.fromCodePoint(0xf0000 + c.charCodeAt(0));

describe('search tokens', () => {
  it('write each character position as an overlapping bigram, ending with an end mark', () => {
    expect(encodeText('合同法')).toBe(`合同 同法 法${END}`);
    expect(encodeText('甲')).toBe(`甲${END}`);
    // ASCII punctuation and spaces keep their place as private-use characters; letters and digits stay.
    expect(encodeText('第1条，a b')).toBe(`第1 1条 条， ，a a${pua(' ')} ${pua(' ')}b b${END}`);
    // Characters outside the BMP stay whole.
    expect(encodeText('𠀀字')).toBe(`𠀀字 字${END}`);
  });

  it('separate paragraphs with a token no query produces', () => {
    expect(encodeBlocks(['甲', '乙'])).toBe(`甲${END} ${BLOCK_SEPARATOR_TOKEN} 乙${END}`);
    for (let code = 0; code < 0x80; code++) {
      expect(matchExpression(String.fromCharCode(code) + 'x')).not.toContain(BLOCK_SEPARATOR_TOKEN);
    }
  });

  it('turn one character into a prefix query and longer queries into a phrase of bigrams', () => {
    expect(matchExpression('合')).toBe('"合" *');
    expect(matchExpression('合同')).toBe('"合同"');
    expect(matchExpression('租赁期限')).toBe('"租赁 赁期 期限"');
    // Quotes, stars and operators the user types are private-use characters inside the phrase.
    // One quoted string: inside it FTS5 reads OR as plain text, not as an operator.
    const tricky = matchExpression('"a" OR b*');
    expect(tricky.startsWith('"') && tricky.endsWith('"')).toBe(true);
    expect(tricky.slice(1, -1)).not.toMatch(/["*]/);
    expect(foldAscii('ABC合同Déf')).toBe('abc合同déf');
  });
});

describe('character sets (one-character queries, migration 0210)', () => {
  it('hold each character of a source once, punctuation as its private-use character, never the paragraph separator', () => {
    expect(encodeChars(encodeBlocks(['合同合', '同，A']))).toBe('合 同 ， A');
    expect(encodeChars(encodeBlocks(['a b']))).toBe(`a ${pua(' ')} b`);
    expect(encodeChars(encodeBlocks(['𠀀字', '字']))).toBe('𠀀 字');
    expect(encodeChars(encodeBlocks([]))).toBe('');
    expect(encodeChars(encodeBlocks(['甲', '乙']))).not.toContain(BLOCK_SEPARATOR_TOKEN);
    expect(charExpression('合')).toBe('"合"');
    expect(charExpression('"')).toBe(`"${pua('"')}"`);
  });
});

describe('snippets', () => {
  it('escape the text and mark the first match, case-insensitively for ASCII', () => {
    expect(makeSnippet('违约方应支付<违约金>，详见 Annex A。', '违约金')).toBe('违约方应支付&lt;<mark>违约金</mark>&gt;，详见 Annex A。');
    expect(makeSnippet('See annex a & b', 'ANNEX')).toBe('See <mark>annex</mark> a &amp; b');
  });

  it('cut long text around the match with ellipses', () => {
    const text = '甲'.repeat(100) + '罚款' + '乙'.repeat(100);
    const snippet = makeSnippet(text, '罚款', 10);
    expect(snippet).toBe(`…${'甲'.repeat(10)}<mark>罚款</mark>${'乙'.repeat(10)}…`);
  });
});

import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR_TOKEN, encodeBlocks, encodeText, foldAscii, phraseQuery } from '../../../main/core/search/search-text.js';
import { makeSnippet } from '../../../main/core/search/snippet.js';

describe('search tokens', () => {
  it('writes every character as its own token, keeping punctuation and spaces as private-use tokens', () => {
    expect(encodeText('合同法')).toBe('合 同 法');
    expect(encodeText('第1条，甲方')).toBe('第 1 条 ， 甲 方');
    const encoded = encodeText('a b.c');
    expect(encoded.split(' ')).toHaveLength(5);
    expect(encoded.split(' ')[1]).toBe(String.fromCodePoint(0xf0000 + 0x20));
    expect(encoded.split(' ')[3]).toBe(String.fromCodePoint(0xf0000 + 0x2e));
    // Characters outside the BMP stay whole.
    expect(encodeText('𠀀字')).toBe('𠀀 字');
  });

  it('separates blocks with a token no query produces', () => {
    expect(encodeBlocks(['甲', '乙'])).toBe(`甲 ${BLOCK_SEPARATOR_TOKEN} 乙`);
    for (let code = 0; code < 0x80; code++) expect(encodeText(String.fromCharCode(code))).not.toBe(BLOCK_SEPARATOR_TOKEN);
  });

  it('builds a phrase query needing no escaping, whatever the user typed', () => {
    expect(phraseQuery('租赁期限')).toBe('"租 赁 期 限"');
    expect(phraseQuery('"a" OR b*')).not.toMatch(/["*]\s|\s["*]|OR/);
    expect(foldAscii('ABC合同Déf')).toBe('abc合同déf');
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

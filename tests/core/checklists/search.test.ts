import { describe, expect, it } from 'vitest';
import {
  articleNumbers,
  citedArticleNumbers,
  defaultResourcesDir,
  loadLegalBasisLibrary,
  loadPhraseLibrary,
  parseArticleNumeral,
  parseQuery,
  searchLegalBasis,
  searchPhrases,
} from '../../../main/core/checklists/index.js';

const dir = defaultResourcesDir();
const library = loadLegalBasisLibrary(dir);
const phrases = loadPhraseLibrary(dir);
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('article numbers', () => {
  it('parses Arabic, full-width and Chinese numerals', () => {
    expect(parseArticleNumeral('27')).toBe(27);
    expect(parseArticleNumeral('２７')).toBe(27);
    expect(parseArticleNumeral('二十七')).toBe(27);
    expect(parseArticleNumeral('十')).toBe(10);
    expect(parseArticleNumeral('十七')).toBe(17);
    expect(parseArticleNumeral('一百零五')).toBe(105);
    expect(parseArticleNumeral('七百零五')).toBe(705);
    expect(parseArticleNumeral('一千二百六十')).toBe(1260);
    expect(parseArticleNumeral('合同')).toBeUndefined();
  });

  it('reads article fields as the library writes them', () => {
    expect(articleNumbers('第27条')).toEqual([27]);
    expect(articleNumbers('第19–21条')).toEqual([19, 20, 21]);
    expect(articleNumbers('第10、11条')).toEqual([10, 11]);
    expect(articleNumbers('第10条第4款')).toEqual([10]);
    expect(articleNumbers('7.2.5')).toEqual([]);
    expect(citedArticleNumbers('依据：第九条、第十七条；第二十七条第二款')).toEqual([9, 17, 27]);
  });

  it('splits a query into law words and article numbers', () => {
    expect(parseQuery('组织法第二十七条')).toEqual({ articles: [27], terms: ['组织法'] });
    expect(parseQuery('民法典705')).toEqual({ articles: [705], terms: ['民法典'] });
    expect(parseQuery('《民法典》 第705条第1款')).toEqual({ articles: [705], terms: ['民法典'] });
    expect(parseQuery('713号令')).toEqual({ articles: [], terms: ['713号令'] });
    expect(parseQuery('2018修正')).toEqual({ articles: [], terms: ['2018修正'] });
    expect(parseQuery('公平竞争审查条例')).toEqual({ articles: [], terms: ['公平竞争审查条例'] });
  });
});

describe('searchLegalBasis', () => {
  it('finds article 27 whether typed 第二十七条, 第27条, 27 or full-width', () => {
    const expected = ids(searchLegalBasis(library, '第27条'));
    expect(expected).toContain('vco-27');
    expect(ids(searchLegalBasis(library, '第二十七条'))).toEqual(expected);
    expect(ids(searchLegalBasis(library, '27'))).toEqual(expected);
    expect(ids(searchLegalBasis(library, '２７'))).toEqual(expected);
    // A number is an article, not a substring: 27 must not find article 127 or 270.
    for (const entry of searchLegalBasis(library, '27')) expect(articleNumbers(entry.article)).toContain(27);
  });

  it('narrows by law name and ranks an exact short name first', () => {
    expect(ids(searchLegalBasis(library, '民法典 第七百零五条'))).toEqual(['civil-705']);
    expect(ids(searchLegalBasis(library, '民法典705'))).toEqual(['civil-705']);
    const organic = searchLegalBasis(library, '组织法第二十七条');
    expect(organic[0]!.id).toBe('vco-27');
    expect(ids(searchLegalBasis(library, '村民委员会组织法 27'))).toEqual(['vco-27']);
  });

  it('finds ranged articles by any number in the range', () => {
    expect(ids(searchLegalBasis(library, '713号令 第20条'))).toEqual(['md-19-21']);
    expect(ids(searchLegalBasis(library, '重大行政决策 第11条'))).toEqual(['md-10-11']);
  });

  it('searches summaries and short names', () => {
    const deposit = ids(searchLegalBasis(library, '定金 百分之二十'));
    expect(deposit).toEqual(['civil-586']);
    expect(ids(searchLegalBasis(library, '背靠背'))).toEqual([]);
    expect(ids(searchLegalBasis(library, '第三方付款'))).toContain('sme-9');
    expect(searchLegalBasis(library, '仲裁').length).toBeGreaterThan(3);
    expect(searchLegalBasis(library, '').length).toBe(library.entries.length);
    expect(searchLegalBasis(library, '仲裁', { limit: 2 })).toHaveLength(2);
  });

  it('ranks a law-name hit above a summary hit', () => {
    const hits = searchLegalBasis(library, '土地管理法');
    expect(hits[0]!.id).toBe('lma-63');
  });
});

describe('searchPhrases', () => {
  it('matches article numbers cited in Chinese numerals', () => {
    const a = ids(searchPhrases(phrases, '第二十七条'));
    expect(a.length).toBeGreaterThan(0);
    expect(ids(searchPhrases(phrases, '27'))).toEqual(a);
    for (const phrase of searchPhrases(phrases, '27')) expect(phrase.text).toContain('第二十七条');
  });

  it('filters by matter type and checklist item', () => {
    const normative = searchPhrases(phrases, '', { matterType: 'normative', itemId: 'NS-04' });
    expect(ids(normative)).toEqual(['PH-NS-PENALTY', 'PH-NS-LICENSE', 'PH-NS-COERCION']);
    const fines = searchPhrases(phrases, '罚款', { matterType: 'village.rules' });
    expect(fines[0]!.id).toBe('PH-VR-FINE');
    expect(fines.every((p) => p.matterTypes.includes('village.rules'))).toBe(true);
    expect(searchPhrases(phrases, '罚款', { matterType: 'contract' })).toEqual([]);
  });

  it('ranks tag hits first', () => {
    const hits = searchPhrases(phrases, '租赁期限');
    expect(hits[0]!.id).toBe('PH-VC-LEASE-20Y');
  });
});

import { describe, expect, it } from 'vitest';
import { CitationPrinter, citedLaws, lawNamesFrom, parseCitations, stripMarkers } from '../../../main/core/letters/citations.js';
import { balanceTitle, matterTitleForLetter } from '../../../main/core/letters/title-lines.js';
import { buildLetterDocx } from '../../../main/core/letters/index.js';
import { rawText } from './docx-test-utils.js';
import { legalityOpinion, settings } from './sample-letter.js';

const names = lawNamesFrom(['中华人民共和国行政处罚法', '中华人民共和国民法典']);

describe('citations', () => {
  it('prints one form: full name first, short name after, Chinese numerals with 款/项, no marks or notes', () => {
    const p = new CitationPrinter(new Set(['中华人民共和国行政处罚法']));
    expect(p.print('《行政处罚法》第16条【原文】', names)).toBe('《中华人民共和国行政处罚法》（以下简称《行政处罚法》）第十六条');
    expect(p.print('行政处罚法第16条第2款第（3）项〔实务〕', names)).toBe('《行政处罚法》第十六条第二款第三项');
    expect(new CitationPrinter().print('民法典第705条（第2款） 条文要旨据通行文本概括，请核对原文。', names)).toBe('《中华人民共和国民法典》第七百零五条第二款');
    expect(new CitationPrinter().print('《X条例》第19–21条（待核实）', names)).toBe('《X条例》第十九条至第二十一条');
    expect(new CitationPrinter().print('《公平竞争审查条例》第10、11条', names)).toBe('《公平竞争审查条例》第十条、第十一条');
    expect(stripMarkers('村委会自行规定【二手】（待核实）')).toBe('村委会自行规定');
    expect(parseCitations('《意见（国办发〔2018〕115号）》第3条')[0]).toMatchObject({ law: '意见', suffix: '（国办发〔2018〕115号）' });
    expect(citedLaws(['《行政处罚法》第16条', '《中华人民共和国行政处罚法》第十六条', '民法典第5条'], names).map((c) => c.law)).toEqual([
      '中华人民共和国行政处罚法',
      '中华人民共和国民法典',
    ]);
  });

  it('keeps markers and notes out of the printed letter', async () => {
    const text = await rawText(
      await buildLetterDocx(
        legalityOpinion({
          opinions: [
            { text: '罚款条款缺乏依据。', severity: 'must', legalBasis: '《中华人民共和国行政处罚法》第16条【二手】（待核实）' },
            { text: '应当公布。', severity: 'hint', legalBasis: '〔实务〕村务公开惯例 条文要旨据通行文本概括，请核对原文。' },
          ],
        }),
        settings,
        { lawNames: names },
      ),
    );
    expect(text).not.toMatch(/【|〔实务〕|待核实|要旨|核对原文/);
    expect(text).toContain('依据：《行政处罚法》第十六条。');
  });
});

describe('title', () => {
  it('says the kind once', () => {
    expect(matterTitleForLetter('关于《某村村规民约（试行）》的合法性审查')).toBe('某村村规民约（试行）');
    expect(matterTitleForLetter('《村规民约》合法性审查意见书')).toBe('村规民约');
    expect(matterTitleForLetter('某村房屋租赁合同')).toBe('某村房屋租赁合同');
  });

  it('sets long titles in balanced lines without splitting a word or a bracketed group', () => {
    const lines = balanceTitle('关于《郯城县红花镇农村集体经济合同管理办法（试行）》的合法性审查意见书');
    expect(lines.length).toBe(2);
    expect(lines.join('')).toBe('关于《郯城县红花镇农村集体经济合同管理办法（试行）》的合法性审查意见书');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
    expect(lines.some((l) => /（试$|^行）/.test(l))).toBe(false);
    expect(Math.abs(lines[0]!.length - lines[1]!.length)).toBeLessThanOrEqual(3);
    expect(balanceTitle('关于《东风村村规民约》的合法性审查意见书')).toHaveLength(1);
    // A name in 《》 is not broken when a break outside it fits.
    expect(balanceTitle('关于《某村房屋租赁合同》的合法性审查意见书')).toEqual(['关于《某村房屋租赁合同》', '的合法性审查意见书']);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutLetter } from '../../../main/core/letters/index.js';
import { LetterModel, type OfficeSettings } from '../../../shared/domain/letter.js';
import { legalityOpinion, opinions, settings } from './sample-letter.js';

const texts = (model: Parameters<typeof legalityOpinion>[0], s: OfficeSettings = settings) =>
  layoutLetter(LetterModel.parse(legalityOpinion(model)), s).blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('letter contents', () => {
  it('groups opinions by legality dimension when the office wants that', () => {
    const dims = opinions.map((o, i) => ({ ...o, dimension: (['content', 'procedure', 'subject', 'procedure', 'content'] as const)[i] }));
    const out = texts({ opinions: dims }, { ...settings, opinionGrouping: 'dimension' });
    const headings = out.filter((t) => /^（[一二三四]）/.test(t));
    expect(headings).toEqual(['（一）关于制定主体', '（二）关于内容', '（三）关于程序']);
    // Severity stays visible inside a dimension group, 须修改 first.
    expect(out[out.indexOf('（二）关于内容') + 1]).toBe(`1.（须修改）${opinions[0]!.text}`);
  });

  it('gives the 法律意见书 the structure of a legal opinion and a conclusion that fits a contract', () => {
    const out = texts({ kind: 'legal-opinion', materials: ['房屋租赁合同（送审稿）', '村民代表会议纪要'] });
    const heads = out.filter((t) => /^[一二三四五六]、/.test(t));
    expect(heads).toEqual(['一、委托事项及审查材料', '二、基本事实', '三、审查依据', '四、法律分析', '五、结论意见']);
    expect(out).toContain('1.房屋租赁合同（送审稿）；');
    const conclusion = out[out.indexOf('五、结论意见') + 1]!;
    expect(conclusion).toContain('修改完善后，可以签订、履行');
    expect(conclusion).not.toContain('修改后合法');
  });

  it('return notice: missing materials with a working-day deadline, opinions only when attached', () => {
    const base = { kind: 'return-notice' as const, conclusion: null, missingMaterials: ['村民会议表决记录', '征求意见情况说明'], returnDeadline: '2024-01-22' };
    const plain = texts(base);
    expect(plain).toContain('1.村民会议表决记录；');
    expect(plain).toContain('2.征求意见情况说明。');
    expect(plain.join('')).toContain('请于2024年1月22日前补正后重新报送');
    expect(plain.join('')).not.toContain(opinions[0]!.text);
    const attached = texts({ ...base, attachOpinions: true });
    expect(attached).toContain('二、初步审查意见');
    expect(attached.join('')).toContain(opinions[0]!.text);
  });

  it('quotes the article text when the statute is known', () => {
    const out = texts({ opinions: [{ ...opinions[2]!, articleText: '行政法规可以设定除限制人身自由以外的行政处罚' }] });
    expect(out).toContain('该条规定：“行政法规可以设定除限制人身自由以外的行政处罚。”');
  });
});

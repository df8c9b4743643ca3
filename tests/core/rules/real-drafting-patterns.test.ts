/**
 * Round nine (B), issue 13: the patterns of real drafting for the thirteen main rules other than
 * placeholder.blank — each written from how the legal pattern is drafted (and labelled from the law),
 * not copied from a corpus page. Each block names the class it pins down; every case failed on the
 * round-eight engine.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';

function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text, index) => ({ index, kind: 'paragraph' as const, text }));
}

function fired(type: MatterType, rule: string, ...texts: string[]): number {
  const bs = blocks(...texts);
  const all = runChecks({ blocks: bs, type });
  for (const f of all) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return all.filter((f) => f.rule === rule).length;
}

describe('或裁或诉 in every order, over blocks, and templates whose options are not chosen', () => {
  const both = (...t: string[]) => fired('contract', 'contract.dispute-both', '买卖合同', ...t);
  it('both ways named together in one phrase ("通过仲裁或诉讼方式解决")', () => {
    expect(both('第九条 因本合同引起的争议，双方协商不成的，可通过仲裁或诉讼方式解决。')).toBe(1);
    expect(both('十、争议解决：协商不成时，任何一方均可提起诉讼或者申请仲裁。')).toBe(1);
    // Costs of either are not a choice of forum.
    expect(both('第十条 违约方应承担守约方因此支付的诉讼费、仲裁费、律师费等费用。')).toBe(0);
    expect(both('第十一条 在仲裁或诉讼期间，双方应继续履行本合同其他条款。')).toBe(0);
  });
  it('the court named first and arbitration in the next block', () => {
    expect(both('第八条 争议解决', '1. 双方可向合同签订地人民法院提起诉讼；', '2. 也可以向北京仲裁委员会申请仲裁。')).toBe(1);
  });
  it('a choose-one list whose lead-in stands in the block before the options is not 或裁或诉', () => {
    expect(
      both('第七条 合同争议的解决方式：', '协商不成的，按下列第种方式解决：', '1. 提交仲裁委员会仲裁；', '2. 依法向人民法院起诉。'),
    ).toBe(0);
  });
});

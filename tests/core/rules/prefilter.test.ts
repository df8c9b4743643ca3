import { describe, expect, it } from 'vitest';
import { LOCAL_RE, LOCAL_RE_WORDS } from '../../../main/core/rules/checks/fair-competition.js';
import { loadTestPart } from '../../../main/core/rules/selftest/shipped.js';
import { normalize } from '../../../main/core/rules/text/normalize.js';

/*
 * fair-competition.local-preference skips the units that hold none of LOCAL_RE_WORDS (its costliest pattern is
 * not run there). That is only right while every match of LOCAL_RE contains one of those words: checked here on
 * every paragraph of the shipped self-test (510 real documents) and on a match of each of the pattern's kinds, so a branch added to
 * LOCAL_RE without its word fails here instead of silently never firing.
 */
describe('the local-preference prefilter', () => {
  it('passes every match of LOCAL_RE in the shipped self-test documents (text as the rules read it)', () => {
    let matches = 0;
    for (const doc of loadTestPart().documents) {
      for (const block of doc.blocks) {
        for (const m of normalize(block.text).text.matchAll(LOCAL_RE)) {
          matches++;
          expect(LOCAL_RE_WORDS.test(m[0]), `${doc.name}: ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(5);
  });

  it('passes a match of each kind the pattern knows', () => {
    const sentences = [
      '本地企业优先参与投标',
      '优先采购本县企业生产的产品',
      '原则上应选择本辖区内的企业承接',
      '投标人须具有本市建设行政主管部门核发的备案证明',
      '乙方所用砂石料须向镇砂石公司统一购买',
      '参加投标的企业须为本县注册的建筑企业',
      '外地企业须在本县办理登记',
      '应在本市注册',
      '注册登记、税务关系在甘井子区',
      '在本县结算纳税',
      '外地生猪一律不得进入本县市场',
      '严禁外县蔬菜调入',
      '投标人须在县域内设有办公场所',
      '本地企业加5分',
      '外地车辆加倍收取费用',
      '外地产品须重复检验',
      '到指定网点购买',
      '一律从县农资公司购买',
      '指定品牌',
      '限定购买',
      '统一采购由供销社向农户供应',
      '由县水泥公司统一供应',
    ];
    for (const sentence of sentences) {
      const m = sentence.match(new RegExp(LOCAL_RE.source));
      expect(m, sentence).not.toBeNull();
      expect(LOCAL_RE_WORDS.test(m![0]), sentence).toBe(true);
    }
  });
});

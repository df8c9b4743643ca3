import { describe, expect, it } from 'vitest';
import '../../../main/core/rules/index.js';
import { guardedPatterns } from '../../../main/core/rules/checks/guarded.js';
import { scan } from '../../../main/core/rules/checks/helpers.js';
import type { CheckContext } from '../../../main/core/rules/types.js';
import { loadTestPart } from '../../../main/core/rules/selftest/shipped.js';
import { buildUnits } from '../../../main/core/rules/text/units.js';

/*
 * Guarded patterns (main/core/rules/checks/guarded.ts) are not run on a text their guard rules out. That is only right
 * while every match of a pattern holds its guard: checked here on every unit of the shipped self-test (510 real
 * documents, text as the rules read it) and on a sentence of each kind, so a branch added to a pattern without what
 * its guard asks for fails here instead of silently never firing.
 */
describe('guarded patterns', () => {
  const patterns = guardedPatterns();

  it('are registered when the rules load', () => {
    expect(patterns.map((g) => g.name)).toEqual(expect.arrayContaining(['date skeleton', 'document number', 'named arbitration commission', 'date in Chinese form', 'local preference']));
    expect(patterns.length).toBe(34);
  });

  it('hold their guard wherever the pattern matches in the shipped self-test documents', () => {
    const matches = new Map<string, number>();
    const missed: string[] = [];
    for (const doc of loadTestPart().documents) {
      for (const unit of buildUnits(doc.blocks)) {
        for (const g of patterns) {
          const found = [...unit.text.matchAll(g.re)];
          if (found.length === 0) continue;
          matches.set(g.name, (matches.get(g.name) ?? 0) + found.length);
          if (!g.guard.test(unit.text)) missed.push(`${g.name} in ${doc.name}: ${found[0]?.[0]}`);
        }
      }
    }
    expect(missed).toEqual([]);
    // Most patterns find something in real documents, so the check above is not empty.
    expect(matches.size).toBeGreaterThanOrEqual(patterns.length - 4);
  });

  it('hold their guard on a text of each kind', () => {
    const texts = [
      '于____年__月__日签订', '自2024年月日起', '共**人', '副主任X人', '面积亩', '租赁期限为年。', '每亩每年人民币元',
      '工程总价款为元。', '总费用:¥ (大写: 圆整)', '单价: 元/月', '工程余款为项目总款的,作为质量保证金', '公路全长 公里',
      '全家口人,', '东西长米,南北长米,', '委托乙方就 进行技术咨询', '合同编号甲方乙方', '甲方: 乙方: 甲乙双方', '地址:',
      '某政发(2024)第05号', '提交北京仲裁委员会仲裁', '本合同期限为三十年', '收到发票后90日内支付', '2024年3月5日', '对采购本地企业产品的给予补贴', '本地企业优先参与投标', '按纳税额的50%给予奖励', '违者处以罚款', '违者物品充公', '面积叁拾(35)亩', '4200(大写:肆仟)元', '每年向乙方支付 元', '承担应付款金额%的违约金', '第二条合同总价款:。', '(大写:)', '地址:    电话:', '期限为 年',
      // Round sixteen: a lease term told in a report, detention without a term.
      '荒山租给一家公司，一租就是30年', '对驶入禁行区域的，给予罚款并处行政拘留的行政处罚',
    ];
    const seen = new Set<string>();
    for (const text of texts) {
      for (const g of patterns) {
        if ([...text.matchAll(g.re)].length === 0) continue;
        seen.add(g.name);
        expect(g.guard.test(text), `${g.name}: ${text}`).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(patterns.map((g) => g.name).sort());
  });
});

describe('scan', () => {
  // scan runs one private copy of the pattern over every unit instead of text.matchAll per unit: the matches must be
  // matchAll's, empty matches, surrogate pairs under the u flag and a pattern whose lastIndex was left set included.
  it('finds what matchAll finds in every unit', () => {
    const units = buildUnits(
      ['罚款100元，罚款200元', '', '😀a😀', 'x罚款'].map((text, index) => ({ index, kind: 'paragraph' as const, text })),
    );
    const ctx = { units } as unknown as CheckContext;
    for (const re of [/罚款/g, /a*/g, /a*/gu, /(?:)/gu]) {
      re.lastIndex = 0;
      const expected = units.flatMap((u) => [...u.text.matchAll(re)].map((m) => `${u.id}:${m.index}:${m[0]}`));
      const found = scan(ctx, re, (m, unit) => ({ unit, start: m.index, end: m.index + m[0].length })).map(
        (h) => `${h.unit.id}:${h.start}:${h.unit.text.slice(h.start, h.end)}`,
      );
      expect(found, String(re)).toEqual(expected);
    }
    const left = /罚款/g;
    left.lastIndex = 3;
    const expected = units.flatMap((u) => [...u.text.matchAll(left)].map((m) => `${u.id}:${m.index}`));
    expect(scan(ctx, left, (m, unit) => ({ unit, start: m.index, end: m.index })).map((h) => `${h.unit.id}:${h.start}`)).toEqual(expected);
    expect(() => scan(ctx, /罚款/, () => null)).toThrow(TypeError);
  });
});

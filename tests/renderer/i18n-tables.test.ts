import { describe, expect, it } from 'vitest';
import { MATTER_TYPES, SHOWN_STATUSES, type MatterType, type ShownStatus } from '../../shared/domain/matter.js';

// Loaded by path: the renderer's modules use the bundler's extension-less imports, which this (Node)
// tsconfig does not resolve; vitest does.
const renderer = (file: string) => `../../renderer/src/i18n/${file}`;
const { zhCN, enUS } = (await import(renderer('messages/index.ts'))) as { zhCN: Record<string, string>; enUS: Record<string, string> };
type Labels = { matterType(t: MatterType): string; shownStatusName(s: ShownStatus): string };
const { domainLabels } = (await import(renderer('domain-labels.ts'))) as { domainLabels(locale: string): Labels };

/*
 * Issue 20: no English left in the Chinese UI and no Chinese rule text on the English pages — as far
 * as the message tables decide it. (The rendered pages are scanned by tests/e2e/screens.test.ts.)
 */

const CJK = /[\u3400-\u9fff]/;

/** English strings that quote Chinese on purpose: examples of what to type, and the Chinese term itself. */
const EN_QUOTES_CHINESE = new Set([
  'app.subtitle',
  'letters.contactPlaceholder',
  'import.defaultUnit',
  'search.placeholder',
  'review.editor.basisPlaceholder',
  'library.basis.search',
  'library.basis.articleHelp',
  'library.basis.versionLabel',
  'findings.basisUnverified',
  'auth.setup.officeCode',
]);
/** Chinese strings without Chinese characters on purpose: the product's English name, a hash name, pure templates. */
const ZH_WITHOUT_CHINESE = new Set(['app.subtitle', 'letters.sha256', 'workflow.historyItem']);
/** Units the English UI leaves out ("12" rather than "12 件"). */
const EN_EMPTY = new Set(['stats.unitPieces', 'stats.unitItems']);

describe('the i18n tables', () => {
  it('every key has both languages, none empty unless meant', () => {
    const zhKeys = Object.keys(zhCN).sort();
    expect(Object.keys(enUS).sort()).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(500);
    for (const key of zhKeys) {
      expect(zhCN[key]!.trim(), `zh ${key}`).not.toBe('');
      if (!EN_EMPTY.has(key)) expect(enUS[key]!.trim(), `en ${key}`).not.toBe('');
    }
  });

  it('Chinese strings are Chinese, English strings are English', () => {
    const englishInZh = Object.entries(zhCN).filter(([k, v]) => !CJK.test(v.replace(/\{\w+\}/g, '')) && /[A-Za-z]{2,}/.test(v.replace(/\{\w+\}/g, '')) && !ZH_WITHOUT_CHINESE.has(k));
    expect(englishInZh).toEqual([]);
    const chineseInEn = Object.entries(enUS).filter(([k, v]) => CJK.test(v) && !EN_QUOTES_CHINESE.has(k));
    expect(chineseInEn).toEqual([]);
    // The placeholders of both languages match, so no value goes missing in one of them.
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(zhCN).filter((k) => names(zhCN[k]!).join() !== names(enUS[k] ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it('domain labels are translated for every type and shown status', () => {
    const zh = domainLabels('zh-CN');
    const en = domainLabels('en-US');
    for (const type of MATTER_TYPES) {
      expect(zh.matterType(type)).toMatch(CJK);
      expect(en.matterType(type)).not.toMatch(CJK);
    }
    for (const status of SHOWN_STATUSES) {
      expect(zh.shownStatusName(status)).toMatch(CJK);
      expect(en.shownStatusName(status)).not.toMatch(CJK);
    }
  });
});

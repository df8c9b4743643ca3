import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticSources } from '../../renderer/vite-first-screen-css.js';
import { liteMessages, mentionedKeys } from '../../renderer/vite-lite-messages.js';

// Loaded by path: the renderer's modules use the bundler's extension-less imports, which this (Node)
// tsconfig does not resolve; vitest does.
const renderer = (file: string) => `../../renderer/src/${file}`;
const tables = (await import(renderer('i18n/messages/index.ts'))) as { zhCN: Record<string, string>; enUS: Record<string, string> };
const { NAV_ITEMS } = (await import(renderer('nav-items.ts'))) as { NAV_ITEMS: { label: string }[] };

/*
 * Issue 17: the light first screen loads only the messages its source names (renderer/vite-lite-messages.ts),
 * not the app's whole tables. Whether it draws exactly the app's text is checked in the browser
 * (tests/e2e/screens.test.ts); here, that the picking finds what the source names and leaves the rest.
 */

describe('the light first screen\u2019s messages', () => {
  it('are the keys a source writes out, or completes from a prefix in a template or with +', () => {
    const keys = ['queue.title', 'queue.total', 'reminders.kind.overdue', 'reminders.kind.due-soon', 'deadline.ok', 'deadline.none', 'ledger.title'];
    const source = [
      "t('queue.title'); const label = \"queue.total\";",
      't(`reminders.kind.${kind}`)',
      "t('deadline.' + state)",
      '// queue.ti is not a key; ledger is a word',
    ];
    expect(mentionedKeys(source, keys)).toEqual(['queue.title', 'queue.total', 'reminders.kind.overdue', 'reminders.kind.due-soon', 'deadline.ok', 'deadline.none']);
    expect(mentionedKeys(['t(`reminders.kind.overdue`)'], keys)).toEqual(['reminders.kind.overdue']);
  });

  it('hold every key the light screen names — its t() calls, the menu\u2019s labels, every reminder kind — in both languages, and few others', () => {
    const sources = staticSources(join(import.meta.dirname, '..', '..', 'renderer', 'src', 'lite', 'lite-screen.tsx'));
    const picked = liteMessages(sources, tables);
    const zh = picked['zh-CN'];
    const named = new Set<string>();
    for (const file of sources) for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) named.add(m[1]!);
    expect(named.size).toBeGreaterThan(40);
    for (const key of [...named, ...NAV_ITEMS.map((item) => item.label)]) expect(zh[key], key).toBe(tables.zhCN[key]);
    const kinds = Object.keys(tables.zhCN).filter((key) => key.startsWith('reminders.kind.'));
    expect(kinds.length).toBeGreaterThan(3);
    for (const key of kinds) expect(zh[key], key).toBe(tables.zhCN[key]);
    expect(Object.keys(picked['en-US'])).toEqual(Object.keys(zh));
    for (const [key, text] of Object.entries(picked['en-US'])) expect(text, key).toBe(tables.enUS[key]);
    // A small part of the app's tables: the ledger's and the review workspace's strings stay out.
    expect(zh['ledger.title']).toBeUndefined();
    expect(Object.keys(zh).length).toBeLessThan(Object.keys(tables.zhCN).length / 10);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { staticSources } from './vite-first-screen-css.js';

/*
 * The light first screen's strings (issue 17: first screen on a slow PC). The app's message tables hold
 * every area's strings in both languages (~130 KB of object literals): loaded with the light screen, they
 * were parsed and built before it could paint (~0.1 s of the main thread at 4× CPU throttle). The light
 * screen needs about a hundred of them. `virtual:lite-messages` is those, in both languages, picked at
 * build time: every message key written out in the light screen's source (lite/lite-screen.tsx and
 * everything it imports statically, as for its stylesheet), and every key that a template or a `+`
 * completes from a prefix written there (`reminders.kind.${kind}`). A key the light screen shows but this
 * misses would show as the key itself, which tests/e2e/screens.test.ts (the light screen's markup equals
 * the app's) catches. The app keeps loading the whole tables.
 */

const ID = 'virtual:lite-messages';
const RESOLVED = `\0${ID}`;

/** The keys among `keys` that these texts write out, or complete from a prefix written before `${` or `' +`. */
export function mentionedKeys(texts: string[], keys: readonly string[]): string[] {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+/g)) words.add(word);
    for (const m of text.matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)*\.)(?:\$\{|['"]\s*\+)/g)) prefixes.add(m[1]!);
  }
  return keys.filter((key) => words.has(key) || [...prefixes].some((p) => key.startsWith(p)));
}

type Tables = { zhCN: Record<string, string>; enUS: Record<string, string> };

/** The light screen's messages in both languages, `{ 'zh-CN': {key: text}, 'en-US': {…} }`, from the app's tables. */
export function liteMessages(sources: string[], { zhCN, enUS }: Tables): Record<'zh-CN' | 'en-US', Record<string, string>> {
  const keys = mentionedKeys(
    sources.map((file) => readFileSync(file, 'utf8')),
    Object.keys(zhCN),
  );
  const pick = (table: Record<string, string>) => Object.fromEntries(keys.map((key) => [key, table[key]!]));
  return { 'zh-CN': pick(zhCN), 'en-US': pick(enUS) };
}

/**
 * `virtual:lite-messages` for the light screen (lite/text.ts). While developing (vite serve) it is the
 * whole tables, so an edited message shows without restarting.
 */
export function liteMessagesModule(): Plugin {
  const src = join(import.meta.dirname, 'src');
  const entry = join(src, 'lite', 'lite-screen.tsx');
  let serving = false;
  return {
    name: 'review-desk-lite-messages',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    resolveId: (source) => (source === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const tablesFile = join(src, 'i18n', 'messages', 'index.ts');
      if (serving) return `import { zhCN, enUS } from ${JSON.stringify(tablesFile)};\nexport default { 'zh-CN': zhCN, 'en-US': enUS };`;
      // The tables are TypeScript with the bundler's extension-less imports: loaded through Vite itself.
      const tables = await runnerImport<Tables>(tablesFile, { configFile: false, logLevel: 'warn' });
      const sources = staticSources(entry);
      for (const file of [...sources, ...tables.dependencies]) this.addWatchFile(file);
      // JSON.parse of one string: faster to load than the same object written as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(liteMessages(sources, tables.module)))});`;
    },
  };
}

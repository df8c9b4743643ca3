import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import postcss, { list, type Container } from 'postcss';
import type { Plugin } from 'vite';

/*
 * The light first screen's own stylesheet (issue 17: first screen on a slow PC). The light screen
 * (src/lite/lite-screen.tsx) draws the home screen with antd's markup and classes, styled by antd.css —
 * but the whole of antd.css (≈ 1 MB) had to load and parse before it could paint (~100 ms, ~240 ms at 4×
 * CPU throttle). `virtual:first-screen.css` is antd.css with only the rules the light screen's markup can
 * match, in their original order, followed by the app's styles.css, as app-root.tsx imports them. The app
 * still imports the whole antd.css + styles.css: that sheet arrives with the app (after the small one) and
 * re-applies every rule in the original order, so the cascade ends exactly as before — every rule of the
 * small sheet is repeated later by the full one, and any tie is won by the full sheet's copy.
 *
 * Which rules "can match": the classes the light screen can render are read from the source of its
 * modules (lite-screen.tsx and everything it imports statically): every word in them that could be a class
 * name, and every word ending in `-` that a template completes (`ant-tag-${color}`) as a prefix. A rule
 * is kept when one of its selectors requires only such classes (requiredClasses: classes inside `:not()`,
 * `:has()`, attribute selectors and element names never exclude a rule); @font-face, @keyframes and
 * rules with no class at all (`:root`, html, body, *) are kept whole. tests/e2e/screens.test.ts fails when
 * the light screen renders a class whose rules are not in the small sheet.
 */

const ID = 'virtual:first-screen.css';
const RESOLVED = `\0${ID}`;

/** Words of the light screen's source that may be class names, and prefixes of classes built by templates. */
export interface ClassWords {
  names: Set<string>;
  prefixes: string[];
}

/**
 * The source files the module `entry` loads (static imports, relative or from a package; CSS and
 * `import type` left out: types render nothing).
 */
export function staticSources(entry: string): string[] {
  const require = createRequire(entry);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[\s;}])(?:import|export)\s(?!type\s)[^'"]*?(?:from\s*)?['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (spec.endsWith('.css') || spec.startsWith('virtual:')) continue;
      const found = spec.startsWith('.') ? sourceFile(resolve(dirname(file), spec)) : packageFile(require, spec);
      if (found) visit(found);
    }
  };
  visit(entry);
  return [...files];
}

function sourceFile(base: string): string | undefined {
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => /\.[cm]?[jt]sx?$/.test(f) && existsSync(f));
}

/** A package's module (only the icon definitions and small helpers the light screen imports; react and the like add no classes). */
function packageFile(require: NodeJS.Require, spec: string): string | undefined {
  if (/^(react|react-dom|scheduler)(\/|$)/.test(spec)) return undefined;
  try {
    return require.resolve(spec);
  } catch {
    return undefined; // a type-only package (no JavaScript to resolve)
  }
}

/**
 * Every word of the given sources that may be a class name (comments and identifiers too: more words,
 * never fewer rules), and as prefixes the words ending in `-` where a template or a `+` completes them
 * (`ant-tag-${color}`, `'ant-tag-' + color`).
 */
export function classWords(sources: string[]): ClassWords {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const [word] of text.matchAll(/-?[A-Za-z_][\w-]*/g)) names.add(word);
    for (const m of text.matchAll(/(-?[A-Za-z_][\w-]*-)(?:\$\{|['"`]\s*\+)/g)) prefixes.add(m[1]!);
  }
  return { names, prefixes: [...prefixes] };
}

/**
 * The classes a selector requires of the elements it matches: its `.class` parts outside parentheses and
 * attribute brackets, and inside `:is(…)` / `:where(…)` the classes every alternative requires. (A class
 * inside `:not(…)` or `:has(…)` need not be on the element: such a selector is judged by its other classes.)
 */
export function requiredClasses(selector: string): string[] {
  let flat = '';
  const within: string[] = [];
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\') {
      flat += c + (selector[i + 1] ?? '');
      i++;
    } else if (c === '(' || c === '[') {
      const end = closing(selector, i);
      if (c === '(' && /:(is|where)$/i.test(flat)) {
        const alternatives = list.comma(selector.slice(i + 1, end)).map(requiredClasses);
        within.push(...alternatives.reduce((all, one) => all.filter((x) => one.includes(x))));
      }
      i = end;
    } else flat += c;
  }
  return [...[...flat.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')), ...within];
}

/** The index of the bracket closing the one at `open` (quotes and escapes skipped). */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) return i;
  }
  return text.length;
}

/** Whether a selector can match markup whose classes are among `words`. */
export function selectorMayMatch(selector: string, words: ClassWords): boolean {
  return requiredClasses(selector).every((c) => words.names.has(c) || words.prefixes.some((p) => c.startsWith(p)));
}

/** `css` with only the rules whose selectors may match (see above), in their original order. */
export function firstScreenSheet(css: string, words: ClassWords): string {
  const root = postcss.parse(css);
  const prune = (container: Container) => {
    container.each((node) => {
      if (node.type === 'comment') node.remove();
      else if (node.type === 'rule') {
        if (!node.selectors.some((s) => selectorMayMatch(s, words))) node.remove();
      } else if (node.type === 'atrule' && node.nodes && !/^(-\w+-)?(keyframes|font-face)$/i.test(node.name)) {
        prune(node);
        if (node.nodes.length === 0) node.remove();
      }
    });
  };
  prune(root);
  return root.toString();
}

/**
 * `virtual:first-screen.css`: antd.css cut to the light first screen (lite/lite-screen.tsx) followed by the
 * app's styles.css — the light screen imports it instead of the two sheets the app imports.
 */
export function firstScreenCss(): Plugin {
  const src = join(import.meta.dirname, 'src');
  const entry = join(src, 'lite', 'lite-screen.tsx');
  const stylesCss = join(src, 'styles.css');
  return {
    name: 'review-desk-first-screen-css',
    resolveId: (source) => (source === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const antdCss = createRequire(entry).resolve('antd/dist/antd.css');
      const sources = staticSources(entry);
      for (const file of [...sources, antdCss, stylesCss]) this.addWatchFile(file);
      const sheet = firstScreenSheet(readFileSync(antdCss, 'utf8'), classWords(sources));
      return `${sheet}\n${readFileSync(stylesCss, 'utf8')}`;
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');

/** Every module the file loads before it runs (static, non-type imports), followed through relative paths. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import (?!type )(?:[^;]*? from )?'([^']+)';/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f) && !f.endsWith('.css') && /\.tsx?$/.test(f));
      if (found) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the light first screen (issue 17)', () => {
  it('draws the queue with no antd: its modules import neither antd, rc-* nor antd\'s CSS-in-JS or icon components', () => {
    const { files, packages } = staticGraph(join(src, 'lite', 'lite-screen.tsx'));
    const heavy = [...packages].filter((p) => /^(antd|rc-|@rc-component\/|@ant-design\/(cssinjs|icons(\/|$))|@tanstack\/)/.test(p) && !p.endsWith('.css'));
    expect(heavy).toEqual([]);
    // It does draw with the app's own shell parts (the sider menu) and the early answers.
    expect([...files].map((f) => f.slice(src.length + 1))).toEqual(expect.arrayContaining(['nav-menu.tsx', 'early-queries.ts', 'nav-items.ts']));
  });

  it('the entry loads it by a dynamic import, and the app by another one after it', () => {
    const main = readFileSync(join(src, 'main.tsx'), 'utf8');
    expect(main).toMatch(/import\('\.\/lite\/lite-screen'\)/);
    expect(main).not.toMatch(/^import [^;]*'\.\/(lite\/|app-root)/m);
  });
});

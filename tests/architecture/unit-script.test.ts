import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** What a test file calls when it needs `npm run build` (build/) or Chromium: not a unit test. */
const NEEDS_BUILD_OR_BROWSER = /useE2eSession|startTestApp|launchChromium|rendererBuildDir|existsSync\(join\(root, 'build'/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [relative(root, join(dir, e.name)).split('\\').join('/')] : [],
  );
}

/** The --exclude globs of a vitest command line: `dir/**` or one file. */
function excludes(script: string): ((file: string) => boolean)[] {
  return [...script.matchAll(/--exclude '([^']+)'/g)].map(([, glob]) =>
    glob!.endsWith('/**') ? (file: string) => file.startsWith(glob!.slice(0, -2)) : (file: string) => file === glob,
  );
}

describe('npm run test:unit (issue 20)', () => {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test:unit']!;
  const excluded = excludes(script);
  // This file names the calls it looks for, so it is not read itself.
  const files = testFiles(join(root, 'tests')).filter((f) => f !== 'tests/architecture/unit-script.test.ts');
  const needs = (f: string) => NEEDS_BUILD_OR_BROWSER.test(readFileSync(join(root, f), 'utf8'));

  it('leaves out every test that needs a build or a browser, so it runs on a fresh clone without `npm run build`', () => {
    const needing = files.filter(needs);
    expect(needing).toContain('tests/app/packaging.test.ts');
    expect(needing.filter((f) => f.startsWith('tests/e2e/')).length).toBeGreaterThan(10);
    expect(needing.filter((f) => !excluded.some((x) => x(f)))).toEqual([]);
  });

  it('runs everything else: it leaves out only tests that need a build or a browser', () => {
    expect(files.filter((f) => excluded.some((x) => x(f)) && !needs(f))).toEqual([]);
    expect(files.filter((f) => !excluded.some((x) => x(f))).length).toBeGreaterThan(100);
  });
});

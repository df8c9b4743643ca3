import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedFigures } from '../../main/core/rules/selftest/shipped.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'selftest', ...args], { encoding: 'utf8' });

describe('review-desk selftest', () => {
  it('runs the rules on the shipped test part and prints per-rule precision and recall as JSON', () => {
    const out = run('--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { rules: Array<{ rule: string; precision: number | null; recall: number | null }>; overall: object; documents: number };
    expect(report.documents).toBeGreaterThanOrEqual(50);
    expect(report.rules).toHaveLength(14);
    // The same figures the app shows beside each rule.
    const shipped = shippedFigures()!;
    expect(report.rules).toEqual(shipped.rules);
    expect(report.overall).toEqual(shipped.overall);
  });

  it('reports the first test part, the held-out, fresh, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth and nineteenth parts separately', () => {
    const report = JSON.parse(run('--json').stdout) as { documents: number; parts: Array<{ part: string; documents: number; source: string }> };
    expect(report.parts.map((p) => p.part)).toEqual(['test', 'heldout', 'fresh', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']);
    expect(report.parts.reduce((n, p) => n + p.documents, 0)).toBe(report.documents);
    expect(report.parts[1]!.documents).toBeGreaterThanOrEqual(25);
    const table = run().stdout;
    for (const heading of ['【测试部分', '【留出部分', '【新增部分', '【第四轮部分', '【第五轮部分', '【合计】']) expect(table).toContain(heading);
  });

  it('prints a table with one line per main rule and the overall figure', () => {
    const out = run();
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('预检规则自测');
    expect(out.stdout).toContain('village-rules.married-out-women');
    expect(out.stdout).toMatch(/合计（14条主要规则）.*\d\.\d\d/);
  });
});

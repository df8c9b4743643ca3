import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * antd's InputNumber draws step buttons that rc-input-number labels "Increase Value" / "Decrease Value" in
 * English, with no prop to change it (issue 20). Screens use NumberInput (renderer/src/i18n/number-input.tsx),
 * which names them in the UI language; the screens e2e only sees the number boxes of the screens it opens,
 * so this scans the source for antd's InputNumber used anywhere else.
 */
const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');
const WRAPPER = join(src, 'i18n', 'number-input.tsx');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('number boxes name their step buttons in the UI language', () => {
  it('the wrapper exists and uses antd’s InputNumber (the scan below looks for the right name)', () => {
    expect(readFileSync(WRAPPER, 'utf8')).toMatch(/<InputNumber\b/);
  });

  it('no screen uses antd’s InputNumber directly', () => {
    const offenders = sourceFiles(src)
      .filter((file) => file !== WRAPPER)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/<InputNumber\b|\bInputNumber\b[^'"\n]*from 'antd'|import\s*\{[^}]*\bInputNumber\b[^}]*\}\s*from\s*'antd'/.test(line) ? [`${relative(src, file)}:${i + 1}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});

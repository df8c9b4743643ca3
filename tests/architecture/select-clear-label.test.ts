import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A Select given a bare `allowClear` gets a clear button that rc-select names "Clear" in English, read by
 * screen readers in the Chinese UI (issue 20). The screens e2e only sees selects that hold a value while it
 * runs, so this scans the source: every Select's allowClear goes through clearable(t) (or is false).
 */
const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Each `<Select …>` opening tag (up to its first unnested `>`), with the line it starts on. */
function selectTags(text: string): { tag: string; line: number }[] {
  const tags: { tag: string; line: number }[] = [];
  for (const m of text.matchAll(/<Select\b/g)) {
    let depth = 0;
    let end = m.index;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0 && text[end - 1] !== '=') break;
    }
    tags.push({ tag: text.slice(m.index, end + 1), line: text.slice(0, m.index).split('\n').length });
  }
  return tags;
}

describe('clear buttons named in the UI language', () => {
  it('finds the Select tags it checks (the scan is not empty)', () => {
    const count = sourceFiles(src).reduce((n, f) => n + selectTags(readFileSync(f, 'utf8')).length, 0);
    expect(count).toBeGreaterThan(10);
  });

  it('no Select has a bare allowClear (rc-select would label its button "Clear")', () => {
    const offenders = sourceFiles(src).flatMap((file) =>
      selectTags(readFileSync(file, 'utf8'))
        .filter(({ tag }) => /\ballowClear\b(?!=)/.test(tag) || /\ballowClear=\{true\}/.test(tag))
        .map(({ line }) => `${relative(src, file)}:${line}`),
    );
    expect(offenders).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 17: antd's own message/notification timer sets state on every animation frame while a notice is
 * shown. The app's notices come from App.useApp(), which QuietNotices (renderer/src/notices/) answers with
 * notices closed by a plain timer; the e2e in tests/e2e/home-reminders.test.ts counts the renders. A notice
 * opened any other way (antd's static message/notification, its useMessage/useNotification hooks) would
 * bring the per-frame timer back, so this scans the source for them.
 */
const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('notices go through QuietNotices', () => {
  it('the app is wrapped in QuietNotices inside antd’s App', () => {
    const app = readFileSync(join(src, 'App.tsx'), 'utf8');
    expect(app).toMatch(/<AntApp[^>]*>\s*<QuietNotices>/);
  });

  it('no screen opens a notice around it (static message/notification, useMessage, useNotification)', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !file.includes(join('src', 'notices')))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const antdImports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
        const bad = [
          ...antdImports.filter((name) => name === 'message' || name === 'notification'),
          ...(/\b(useMessage|useNotification)\s*\(/.test(text) ? ['useMessage/useNotification'] : []),
        ];
        return bad.map((what) => `${relative(src, file)}: ${what}`);
      });
    expect(offenders).toEqual([]);
  });
});

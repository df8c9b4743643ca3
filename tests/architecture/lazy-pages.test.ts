import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');

describe('page-level code splitting (issue 17)', () => {
  it('the shell imports no page module directly: pages come from pages.ts, loaded when opened', () => {
    const app = readFileSync(join(src, 'App.tsx'), 'utf8');
    const direct = [...app.matchAll(/^import [^;]*from '(\.\/areas\/[^']+)';/gm)].map((m) => m[1]);
    expect(direct.filter((path) => /Page$/.test(path!))).toEqual([]);
    // Every page is reached through a dynamic import, never a static one.
    for (const file of ['pages.ts', 'page-loaders.ts']) {
      expect(readFileSync(join(src, file), 'utf8')).not.toMatch(/^import [^;]*'\.\/areas\//m);
    }
    expect(readFileSync(join(src, 'page-loaders.ts'), 'utf8')).toMatch(/import\('\.\/areas\/workflow\/QueuePage'\)/);
  });

  it('the shell takes who-may-call-what from the build, not from the contract (no zod in the first script)', () => {
    const access = readFileSync(join(src, 'auth', 'access.ts'), 'utf8');
    expect(access).not.toMatch(/^import \{[^}]*\bcontract\b/m);
    const client = readFileSync(join(src, 'api', 'client.ts'), 'utf8');
    expect(client).not.toMatch(/^import \{(?![^}]*\btype\b)[^}]*\} from '[^']*shared\/contract\/index'/m);
  });

  it('the entry asks the first screen\'s data with nothing heavy: the modules it imports (early-queries.ts and theirs) load no React Query, antd or i18n', () => {
    // Every static import of the entry is downloaded and evaluated before it can send auth.status.
    const files = ['early-queries.ts', 'areas/workflow/queue-queries.ts', 'areas/backup/backup-keys.ts', 'areas/records/holiday-keys.ts', 'areas/statutes/alert-keys.ts', 'areas/reminders/reminders-key.ts', 'auth/preferences-key.ts'];
    for (const file of files) {
      const imports = [...readFileSync(join(src, file), 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)';/gm)].map((m) => m[1]!);
      expect(imports.filter((path) => /^(@tanstack|antd|@ant-design)|\/i18n|\/(session|preferences|use-[a-z-]+)$/.test(path)), file).toEqual([]);
    }
    expect(readFileSync(join(src, 'main.tsx'), 'utf8')).toMatch(/from '\.\/early-queries'/);
  });
});

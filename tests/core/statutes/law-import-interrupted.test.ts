/**
 * `law import` writes two SQLite files (the statute store and the archive). An import that fails or is
 * killed part-way must leave both as they were, or leave a pending import that is finished exactly once
 * later — never new statute text without its alerts, never the alerts twice.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { listAlerts } from '../../../main/core/statutes/alert-service.js';
import { finishPendingImports, importStatutes } from '../../../main/core/statutes/import-service.js';
import { lawShow } from '../../../main/core/statutes/law-service.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { statuteDb } from '../../../main/core/statutes/statute-store.js';
import { callAs } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { writeShipped, writeSnapshotFolder } from '../../support/statute-snapshots.js';
import { makeTempDir } from '../../support/temp-dir.js';

// Real 村民委员会组织法 (2018) and 农村土地承包法 (2018); the built-in library and checklists cite both.
const real = readShippedSnapshot(defaultResourcesDir());
const villagers = real.entries.find((e) => e.file.includes('村民委员会组织法(2018-12-29)'))!;
const land = real.entries.find((e) => e.file.includes('农村土地承包法(2018-12-29)'))!;
const ART_27 = /^第二十七条 村民会议可以制定和修改村民自治章程、村规民约，/m;

const temp = makeTempDir('law-import-cut-');
const resources = path.join(temp.dir, 'resources');
let core: Core;

/** A newer snapshot (published `publish`) in which 村民委员会组织法 第二十七条 gains `insert` and 农村土地承包法 is unchanged. */
function newer(name: string, publish: string, insert: string): string {
  const dir = path.join(temp.dir, name);
  writeSnapshotFolder(dir, [
    { folder: '宪法相关法', name: '村民委员会组织法', publish, level: '法律', markdown: villagers.markdown.replace(ART_27, (m) => m + insert) },
    { folder: '民法商法', name: '农村土地承包法', publish: '2018-12-29', level: '法律', markdown: land.markdown },
  ]);
  return dir;
}

/** Runs the import in a child process that kills itself (SIGKILL) at `step`. */
function importKilledAt(snapshot: string, step: 'afterMerge' | 'afterAlerts'): void {
  const script = path.join(import.meta.dirname, '..', '..', 'support', 'law-import-process.ts');
  const tsx = path.join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
  const child = spawnSync(tsx, [script, core.dataDir, resources, snapshot, step], { encoding: 'utf8' });
  expect(child.stdout).not.toContain('finished');
  expect(child.signal ?? child.status).toBeTruthy();
}

const statuteCounts = () => {
  const db = statuteDb(core.dataDir);
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { snapshots: n('snapshots'), versions: n('versions'), articles: n('articles'), pending: n('pending_imports') };
};
const article27 = (date?: string) => lawShow(statuteDb(core.dataDir), { law: '村民委员会组织法', article: '27', ...(date ? { date } : {}) }, '2026-12-01').text;

beforeAll(async () => {
  writeShipped([villagers, land], resources);
  core = await openCore(path.join(temp.dir, 'data'));
  statuteDb(core.dataDir, { resourcesDir: resources });
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('an interrupted law import', () => {
  it('that fails during the merge leaves the statute store and the archive unchanged', () => {
    const snapshot = newer('failing', '2026-01-01', '经村党组织研究讨论后，');
    const [statutesBefore, archiveBefore] = [statuteCounts(), tableCounts(core)];
    expect(() =>
      importStatutes(core, 'tester', snapshot, (done) => {
        if (done === 1) throw new Error('disk unplugged');
      }),
    ).toThrow('disk unplugged');
    expect(statuteCounts()).toEqual(statutesBefore);
    expect(tableCounts(core)).toEqual(archiveBefore);
    expect(article27()).not.toContain('经村党组织研究讨论后');
  });

  it('killed after the statute merge: the text is pending, and the next alert listing writes its alerts once', async () => {
    const archiveBefore = tableCounts(core);
    importKilledAt(newer('killed-1', '2026-01-01', '经村党组织研究讨论后，'), 'afterMerge');
    // The statute text committed with its pending mark; the archive has not been touched.
    expect(article27()).toContain('经村党组织研究讨论后');
    expect(article27('2025-06-01')).not.toContain('经村党组织研究讨论后');
    expect(statuteCounts().pending).toBe(1);
    expect(tableCounts(core)).toEqual(archiveBefore);
    // The home page's alert list finishes it: alerts for the library entry and checklist items citing 第二十七条.
    const { alerts, open } = await callAs(core, '王审查', 'law.alerts', { includeSeen: false });
    expect(open).toBeGreaterThan(0);
    expect(alerts.every((a) => a.law === '村民委员会组织法' && a.articleKey === '27' && a.change === 'amended')).toBe(true);
    expect(alerts.some((a) => a.target === 'library-entry' && a.targetRef === 'vco-27')).toBe(true);
    expect(statuteCounts().pending).toBe(0);
    const audit = core.db.prepare("SELECT actor, after_json FROM audit_log WHERE action = 'law.import'").all() as { actor: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('tester');
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ added: 1, unchanged: 1, changedArticles: 1, alerts: open });
    // Finishing again does nothing.
    expect(finishPendingImports(core)).toBe(0);
    expect(listAlerts(core.db, true).alerts).toHaveLength(open);
  });

  it('killed after the alerts were written: the next import only clears the mark, no alert is written twice', () => {
    const before = listAlerts(core.db, true).alerts.length;
    importKilledAt(newer('killed-2', '2026-06-01', '并经乡镇人民政府指导，'), 'afterAlerts');
    const afterKill = listAlerts(core.db, true).alerts.length;
    expect(afterKill).toBeGreaterThan(before);
    expect(statuteCounts().pending).toBe(1);
    // The next import finds the pending mark, sees the archive already has the alerts, and clears it.
    const again = importStatutes(core, 'tester', path.join(temp.dir, 'killed-2'));
    expect(again).toMatchObject({ added: 0, alerts: 0 });
    expect(statuteCounts().pending).toBe(0);
    expect(listAlerts(core.db, true).alerts.length).toBe(afterKill);
    expect((core.db.prepare('SELECT count(*) AS n FROM statute_imports').get() as { n: number }).n).toBe(3);
  });
});

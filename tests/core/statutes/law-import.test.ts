import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { alertDiff, listAlerts, markAlertSeen } from '../../../main/core/statutes/alert-service.js';
import { importStatutes } from '../../../main/core/statutes/import-service.js';
import { articleHistory, lawShow } from '../../../main/core/statutes/law-service.js';
import { opinionCitations } from '../../../main/core/statutes/opinion-citations.js';
import { readShippedSnapshot, type ShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { closeStatutes, listSnapshots, statuteDb } from '../../../main/core/statutes/statute-store.js';
import { resolveCitation } from '../../../main/core/statutes/index.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { tableCounts } from '../../support/core.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { writeShipped as writeShippedTo, writeSnapshotFolder } from '../../support/statute-snapshots.js';

// A small store made from three real laws of the shipped snapshot, then a newer snapshot made by the
// test (same LawRefBook/Laws layout) in which 民法典 第七百零五条 and 村民委员会组织法 第二十七条 change.
const real = readShippedSnapshot(defaultResourcesDir());
const pick = (re: RegExp) => real.entries.filter((e) => re.test(e.file));
const base = [...pick(/^民法典\/(总则|合同编)\.md$/), ...pick(/村民委员会组织法\(2018-12-29\)/), ...pick(/农村土地承包法\(2018-12-29\)/)];

const temp = makeTempDir('law-import-');
const resources = path.join(temp.dir, 'resources');
let core: Core;
let matterId: number;
let letterNumber: string;
let letterId: number;

const writeShipped = (entries: ShippedSnapshot['entries'], into = resources, commit = '0'.repeat(40)) => writeShippedTo(entries, into, commit);

const civil = base.find((e) => e.file === '民法典/合同编.md')!;
const villagers = base.find((e) => e.file.includes('村民委员会组织法'))!;
const NEW_705 = '第七百零五条 租赁期限不得超过十五年。超过十五年的，超过部分无效。';
const newCivil = civil.markdown.replace(/^第七百零五条 .*$/m, NEW_705);
const newVillagers = villagers.markdown.replace(/^第二十七条 村民会议可以制定和修改村民自治章程、村规民约，/m, '第二十七条 村民会议可以制定和修改村民自治章程、村规民约，经村党组织研究讨论后，');

beforeAll(async () => {
  writeShipped(base);
  core = await openCore(path.join(temp.dir, 'data'));
  statuteDb(core.dataDir, { resourcesDir: resources });
  await callAs(core, '王审查', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  const { matter } = await approvedMatter(core);
  matterId = matter.id;
  const letter = await callAs(core, '王审查', 'letters.issue', { matterId, kind: 'legality-opinion', issueDate: '2026-03-10' });
  letterNumber = letter.number ?? `未编号 #${letter.id}`;
  letterId = letter.id;
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('law import and change alerts', () => {
  it('an opinion stores the version and a hash of the text it cited', async () => {
    const cited = core.db.prepare("SELECT id FROM opinions WHERE basis LIKE '%七百零五条%'").get() as { id: number };
    const [citation] = opinionCitations(core, cited.id);
    expect(citation).toMatchObject({ law: '民法典', articleKey: '705', articleLabel: '第七百零五条', versionDate: '2021-01-01' });
    expect(citation!.text).toContain('租赁期限不得超过二十年');
    expect(citation!.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('resolveCitation gives the letters code the verbatim article, its version and the standard form', () => {
    const r = resolveCitation(core, '中华人民共和国民法典', '第705条第1款')!;
    expect(r).toMatchObject({ versionDate: '2021-01-01', citation: '《中华人民共和国民法典》第七百零五条第一款' });
    expect(r.paragraphText).toBe('租赁期限不得超过二十年。超过二十年的，超过部分无效。');
    expect(resolveCitation(core, '民法典', '第9999条')).toBeNull();
    expect(resolveCitation(core, '不存在的法', '第1条')).toBeNull();
  });

  it('a folder that is not a snapshot changes nothing', () => {
    const before = tableCounts(core);
    const bad = path.join(temp.dir, 'not-a-snapshot');
    mkdirSync(bad, { recursive: true });
    expect(() => importStatutes(core, 'tester', bad)).toThrow(/db\.sqlite3/);
    expect(tableCounts(core)).toEqual(before);
  });

  it('importing a modified snapshot (ZIP) lists every citer of a changed article and marks the issued letter', () => {
    const dir = path.join(temp.dir, 'newer');
    writeSnapshotFolder(dir, [
      { folder: '民法典', name: '民法典 合同编', filename: '合同编', publish: '2026-01-01', level: '法律', markdown: newCivil },
      { folder: '宪法相关法', name: '村民委员会组织法', publish: '2026-01-01', level: '法律', markdown: newVillagers },
    ]);
    const zip = path.join(temp.dir, 'newer.zip');
    writeFileSync(
      zip,
      zipSync({
        'db.sqlite3': new Uint8Array(readFileSync(path.join(dir, 'db.sqlite3'))),
        '民法典/合同编(2026-01-01).md': new TextEncoder().encode(newCivil),
        '宪法相关法/村民委员会组织法(2026-01-01).md': new TextEncoder().encode(newVillagers),
      }),
    );
    const result = importStatutes(core, 'tester', zip);
    expect(result).toMatchObject({ added: 2, changedArticles: 2 });
    const { alerts, open } = listAlerts(core.db, false);
    expect(open).toBe(result.alerts);
    const opinionAlert = alerts.find((a) => a.target === 'opinion')!;
    expect(opinionAlert).toMatchObject({ law: '民法典', articleKey: '705', change: 'amended', matterId, letterNumbers: [letterNumber] });
    expect(alerts.some((a) => a.target === 'library-entry' && a.targetRef === 'civil-705')).toBe(true);
    expect(alerts.some((a) => a.target === 'library-entry' && a.targetRef === 'vco-27')).toBe(true);
    // Checklist items citing vco-27 (VR-01 among them) are listed too.
    expect(alerts.some((a) => a.target === 'checklist-item' && a.targetRef.endsWith(':VR-01'))).toBe(true);
    const diff = alertDiff(core.db, opinionAlert.id);
    expect(diff.before).toContain('二十年');
    expect(diff.after).toMatch(/^租赁期限不得超过十五年。超过十五年的，超过部分无效。\n租赁期限届满/);
    expect(diff.diff.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(diff.before);
    expect(diff.diff.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(diff.after);
    expect(diff.diff.some((p) => p.op === 'removed')).toBe(true);
    // The issued letter is untouched (immutable) and still there.
    expect((core.db.prepare('SELECT count(*) AS n FROM letters WHERE id = ?').get(letterId) as { n: number }).n).toBe(1);
  });

  it('keeps both versions: the version in force on a date, and the history with its diff', () => {
    const db = statuteDb(core.dataDir, { resourcesDir: resources });
    expect(lawShow(db, { law: '民法典', article: '705', date: '2025-06-01' }, '2026-12-01').text).toContain('二十年');
    expect(lawShow(db, { law: '民法典', article: '705' }, '2026-12-01').text).toContain('十五年');
    // The newer snapshot held only 合同编: the new version keeps 总则 unchanged, nothing reported removed.
    const civilLaw = db.prepare("SELECT id FROM laws WHERE name = '民法典'").get() as { id: number };
    expect(lawShow(db, { law: '民法典', article: '143' }, '2026-12-01')).toMatchObject({ versionDate: '2026-01-01' });
    expect(lawShow(db, { law: '民法典', article: '143' }, '2026-12-01').text).toContain('具备下列条件的民事法律行为有效');
    expect(articleHistory(db, { lawId: civilLaw.id, article: '143' }).versions.map((v) => v.diff?.every((p) => p.op === 'same') ?? null)).toEqual([null, true]);
    const law = db.prepare("SELECT id FROM laws WHERE name = '村民委员会组织法'").get() as { id: number };
    const history = articleHistory(db, { lawId: law.id, article: '27' });
    expect(history.versions.map((v) => [v.publish, v.status])).toEqual([
      ['2018-12-29', 'amended'],
      ['2026-01-01', 'in-force'],
    ]);
    expect(history.versions[1]!.diff!.filter((p) => p.op === 'added').map((p) => p.text).join('')).toBe('经村党组织研究讨论后，');
  });

  it('importing the same snapshot again raises nothing new; a seen alert leaves the open count', () => {
    const zip = path.join(temp.dir, 'newer.zip');
    const before = listAlerts(core.db, true).alerts.length;
    expect(importStatutes(core, 'tester', zip)).toMatchObject({ added: 0, unchanged: 2, alerts: 0 });
    expect(listAlerts(core.db, true).alerts.length).toBe(before);
    const first = listAlerts(core.db, false).alerts[0]!;
    markAlertSeen(core.db, '李所长', first.id);
    expect(listAlerts(core.db, false).open).toBe(before - 1);
    expect(listAlerts(core.db, true).alerts.find((a) => a.id === first.id)).toMatchObject({ seenBy: '李所长' });
  });

  it('a store built by an older release takes in the new release’s shipped snapshot, keeping imports', () => {
    closeStatutes(core.dataDir);
    const next = path.join(temp.dir, 'resources-next');
    writeShipped(base, next, '1'.repeat(40));
    const db = statuteDb(core.dataDir, { resourcesDir: next });
    expect(listSnapshots(db).map((s) => s.kind)).toEqual(['shipped', 'import', 'import', 'shipped']);
    // Nothing lost: the imported 2026 text is still the newest.
    expect(lawShow(db, { law: '民法典', article: '705' }, '2026-12-01').text).toContain('十五年');
  });
});

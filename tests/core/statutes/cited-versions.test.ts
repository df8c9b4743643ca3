/**
 * An opinion stores the version it cited and a hash of the cited text (issue 18); the workspace shows,
 * for each, the version's date, 现行/已修改/已废止, and a mark when the stored hash no longer matches the
 * article in the version in force. A small store from real text (民法典 合同编, 村民委员会组织法 2018),
 * then a newer 合同编 imported in which 第七百零五条 changes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { importStatutes } from '../../../main/core/statutes/import-service.js';
import { citedVersions, opinionCitations, recordOpinionCitations } from '../../../main/core/statutes/opinion-citations.js';
import { sha256 } from '../../../main/core/statutes/law-versions.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { statuteDb } from '../../../main/core/statutes/statute-store.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { writeShipped, writeSnapshotFolder } from '../../support/statute-snapshots.js';
import { makeTempDir } from '../../support/temp-dir.js';

const real = readShippedSnapshot(defaultResourcesDir());
const civil = real.entries.find((e) => e.file === '民法典/合同编.md')!;
const villagers = real.entries.find((e) => e.file.includes('村民委员会组织法(2018-12-29)'))!;

const temp = makeTempDir('cited-versions-');
const resources = path.join(temp.dir, 'resources');
let core: Core;
let matterId: number;
let leaseOpinion: number;
let villageOpinion: number;

beforeAll(async () => {
  writeShipped([civil, villagers], resources);
  core = await openCore(path.join(temp.dir, 'data'));
  statuteDb(core.dataDir, { resourcesDir: resources });
  const { matter } = await approvedMatter(core);
  matterId = matter.id;
  leaseOpinion = (core.db.prepare("SELECT id FROM opinions WHERE basis LIKE '%七百零五条%'").get() as { id: number }).id;
  const other = await callAs(core, '王审查', 'matters.create', { type: 'village.rules', title: '某村村规民约', submittingUnit: '东风村民委员会', receivedOn: '2025-06-02' });
  await callAs(core, '王审查', 'review.start', { matterId: other.id });
  villageOpinion = (
    await callAs(core, '王审查', 'opinions.add', {
      matterId: other.id,
      text: '村规民约须经村民会议讨论通过。',
      severity: 'must',
      basis: '《中华人民共和国村民委员会组织法》第二十七条第一款',
    })
  ).opinions[0]!.id;
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('the version an opinion cited, shown against the law today', () => {
  it('stores the version and the SHA-256 of exactly the cited text (款 when a 款 is cited)', () => {
    const [lease] = opinionCitations(core, leaseOpinion);
    expect(lease).toMatchObject({ law: '民法典', articleLabel: '第七百零五条', versionDate: '2021-01-01' });
    expect(lease!.textSha256).toBe(sha256(lease!.text));
    const [village] = opinionCitations(core, villageOpinion);
    expect(village).toMatchObject({ law: '村民委员会组织法', paragraph: 1, versionDate: '2018-12-29' });
    expect(village!.text).toMatch(/^村民会议可以制定和修改村民自治章程、村规民约/);
    expect(village!.text).not.toContain('\n');
  });

  it('shows the citations of an opinion saved before the statute store was built, as of the day it was written, without recording them on a read', () => {
    const before = opinionCitations(core, leaseOpinion);
    const shown = citedVersions(core, matterId, '2026-03-01');
    core.db.prepare('DELETE FROM opinion_citations WHERE opinion_id = ?').run(leaseOpinion);
    expect(citedVersions(core, matterId, '2026-03-01')).toEqual(shown);
    // A read never writes (issue 20): the next save records them.
    expect(opinionCitations(core, leaseOpinion)).toEqual([]);
    recordOpinionCitations(core, leaseOpinion, before[0]!.versionDate);
    expect(opinionCitations(core, leaseOpinion)).toEqual(before);
  });

  it('现行 while the cited version is in force, 已修改 with the text mark after a newer version', async () => {
    expect(citedVersions(core, matterId, '2026-03-01')).toEqual([
      { opinionId: leaseOpinion, citation: '《中华人民共和国民法典》第七百零五条', versionDate: '2021-01-01', status: 'in-force', newerVersion: null, textChanged: false },
    ]);
    const dir = path.join(temp.dir, 'newer');
    writeSnapshotFolder(dir, [
      {
        folder: '民法典',
        name: '民法典 合同编',
        filename: '合同编',
        publish: '2026-06-01',
        level: '法律',
        markdown: civil.markdown.replace(/^第七百零五条 .*$/m, '第七百零五条 租赁期限不得超过十五年。超过十五年的，超过部分无效。'),
      },
    ]);
    importStatutes(core, 'tester', dir);
    // Before the new version takes effect the cited text is still the law.
    expect(citedVersions(core, matterId, '2026-05-01')[0]).toMatchObject({ status: 'in-force', newerVersion: null, textChanged: false });
    expect(citedVersions(core, matterId, '2026-07-01')[0]).toMatchObject({ status: 'amended', newerVersion: '2026-06-01', textChanged: true });
    // Through the router (OFFICE_READ, matter-scoped), today's date.
    const viaApi = await callAs(core, '王审查', 'law.citedVersions', { matterId });
    expect(viaApi[0]).toMatchObject({ opinionId: leaseOpinion, versionDate: '2021-01-01', status: 'amended' });
  });

  it('an article left unchanged by the newer version keeps no text mark', () => {
    // 第七百零四条 is the same in both versions: cite it and compare.
    core.db.prepare('UPDATE opinions SET basis = ? WHERE id = ?').run('《中华人民共和国民法典》第七百零四条', leaseOpinion);
    core.db.prepare('DELETE FROM opinion_citations WHERE opinion_id = ?').run(leaseOpinion);
    core.db
      .prepare(
        `INSERT INTO opinion_citations (opinion_id, seq, law, title, article_key, article_label, paragraph, item, version_date, text, text_sha256, cited_at)
         SELECT ?, 0, '民法典', '中华人民共和国民法典', '704', '第七百零四条', NULL, NULL, '2021-01-01', 't', ?, '2025-01-01'`,
      )
      .run(leaseOpinion, sha256(civil.markdown.match(/^第七百零四条 (.*)$/m)![1]!.trim()));
    expect(citedVersions(core, matterId, '2026-07-01')[0]).toMatchObject({ status: 'amended', newerVersion: '2026-06-01', textChanged: false });
  });

  it('a newer version known but not in the store (村民委员会组织法, in force 2026-01-01) counts as 已修改', () => {
    const village = core.db.prepare('SELECT matter_id FROM opinions WHERE id = ?').get(villageOpinion) as { matter_id: number };
    expect(citedVersions(core, village.matter_id, '2025-12-31')[0]).toMatchObject({ status: 'in-force', newerVersion: null, textChanged: false });
    expect(citedVersions(core, village.matter_id, '2026-01-01')[0]).toMatchObject({ status: 'amended', newerVersion: '2025-10-28' });
  });
});

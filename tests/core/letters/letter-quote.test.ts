/**
 * Letters quote the article each opinion cites, verbatim, in the version in force on the letter's date
 * (issue 11 "quote the article text for each basis where the statute is known"; issue 18 "letters … can
 * quote the article"). A small statute store made from real text: 民法典 合同编 and 村民委员会组织法 as
 * shipped, then a newer 合同编 imported in which 第七百零五条 changes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { letterFile } from '../../../main/core/letters/letter-service.js';
import { statuteQuoter } from '../../../main/core/letters/letter-services.js';
import { importStatutes } from '../../../main/core/statutes/import-service.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { statuteDb } from '../../../main/core/statutes/statute-store.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { writeShipped, writeSnapshotFolder } from '../../support/statute-snapshots.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { rawText } from './docx-test-utils.js';
import { convertToPdf, hasRenderer, isPageNumber, readPdf } from '../../support/render-pdf.js';

const real = readShippedSnapshot(defaultResourcesDir());
const civil = real.entries.find((e) => e.file === '民法典/合同编.md')!;
const villagers = real.entries.find((e) => e.file.includes('村民委员会组织法(2018-12-29)'))!;

/** The article as the source Markdown writes it: its first line after "第…条 " and the lines up to the next article. */
function sourceArticle(markdown: string, label: string): string {
  const lines = markdown.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${label} `));
  const out = [lines[i]!.slice(label.length + 1).trim()];
  for (const l of lines.slice(i + 1)) {
    if (/^第[一二三四五六七八九十百千零]+条/.test(l) || /^#/.test(l)) break;
    if (l.trim()) out.push(l.trim());
  }
  return out.join('');
}

const OLD_705 = sourceArticle(civil.markdown, '第七百零五条');
const NEW_705 = '租赁期限不得超过十五年。超过十五年的，超过部分无效。';

const temp = makeTempDir('letter-quote-');
const resources = path.join(temp.dir, 'resources');
let core: Core;
let matterId: number;

beforeAll(async () => {
  writeShipped([civil, villagers], resources);
  core = await openCore(path.join(temp.dir, 'data'));
  statuteDb(core.dataDir, { resourcesDir: resources });
  await callAs(core, '王审查', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  matterId = (await approvedMatter(core)).matter.id;
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('letters quote the cited article from the statute store', () => {
  it('prints the verbatim article under the opinion in the issued DOCX', async () => {
    expect(OLD_705).toMatch(/^租赁期限不得超过二十年。超过二十年的，超过部分无效。租赁期限届满/);
    const letter = await callAs(core, '王审查', 'letters.issue', { matterId, kind: 'legality-opinion', issueDate: '2026-03-10' });
    const text = (await rawText(letterFile(core.db, letter.id).bytes)).replace(/\s+/g, '');
    expect(text).toContain(`该条规定：“${OLD_705}”`);
    // The quotation follows the basis it belongs to.
    expect(text.indexOf('第七百零五条')).toBeLessThan(text.indexOf(`该条规定：“${OLD_705}”`));
    // And it prints: LibreOffice renders the issued DOCX, the PDF's text holds the article verbatim.
    if (hasRenderer()) {
      const pdf = convertToPdf(temp.dir, { letter: letterFile(core.db, letter.id).bytes });
      const printed = readPdf(pdf.letter!).lines.filter((l) => !isPageNumber(l)).map((l) => l.text).join('');
      expect(printed).toContain(`该条规定：“${OLD_705}”`);
    }
  });

  it('quotes the version in force on the letter’s date', async () => {
    const dir = path.join(temp.dir, 'newer');
    writeSnapshotFolder(dir, [
      {
        folder: '民法典',
        name: '民法典 合同编',
        filename: '合同编',
        publish: '2026-06-01',
        level: '法律',
        markdown: civil.markdown.replace(/^第七百零五条 .*$/m, `第七百零五条 ${NEW_705}`),
      },
    ]);
    importStatutes(core, 'tester', dir);
    const quoted = async (issueDate: string) =>
      (await callAs(core, '王审查', 'letters.preview', { matterId, kind: 'legality-opinion', issueDate })).model.opinions.find((o) => o.legalBasis?.includes('七百零五'))!
        .articleText;
    expect(await quoted('2026-05-31')).toBe(OLD_705);
    expect(await quoted('2026-07-01')).toMatch(/^租赁期限不得超过十五年。超过十五年的，超过部分无效。租赁期限届满/);
    const preview = await callAs(core, '王审查', 'letters.preview', { matterId, kind: 'legality-opinion', issueDate: '2026-07-01' });
    expect(preview.html).toContain('租赁期限不得超过十五年');
  });

  it('quotes nothing when the office turns it off', async () => {
    const settings = { ...defaultOfficeSettings('郯城县红花镇司法所', '郯司审'), quoteArticles: false };
    await callAs(core, '王审查', 'office.save', { settings });
    const preview = await callAs(core, '王审查', 'letters.preview', { matterId, kind: 'legality-opinion', issueDate: '2026-07-01' });
    expect(preview.model.opinions.every((o) => o.articleText === undefined)).toBe(true);
    expect(preview.html).not.toContain('该条规定');
    await callAs(core, '王审查', 'office.save', { settings: { ...settings, quoteArticles: true } });
  });

  it('never quotes a text a newer version known to be in force has replaced (村民委员会组织法, 2026-01-01)', () => {
    const quote = statuteQuoter(core);
    const q = { law: '中华人民共和国村民委员会组织法', article: 27 };
    expect(quote({ ...q, date: '2025-12-31' })).toBe(sourceArticle(villagers.markdown, '第二十七条'));
    expect(quote({ ...q, date: '2026-01-01' })).toBeNull();
    // A cited 款 alone.
    expect(quote({ ...q, paragraph: 1, date: '2025-12-31' })).toBe(sourceArticle(villagers.markdown, '第二十七条').split('。')[0] + '。');
  });
});

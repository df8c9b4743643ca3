import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { resolveArticle } from '../../../main/core/statutes/citation.js';
import { groupLawVersions } from '../../../main/core/statutes/law-versions.js';
import { ARTICLE_START, parseLawMarkdown } from '../../../main/core/statutes/parse-law.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import {
  diffTexts,
  findLaw,
  getArticle,
  listVersions,
  searchArticles,
  searchLaws,
  versionOn,
} from '../../../main/core/statutes/statute-queries.js';
import { closeStatutes, statuteDb } from '../../../main/core/statutes/statute-store.js';
import { makeTempDir } from '../../support/temp-dir.js';

// The whole shipped snapshot (resources/statutes, generated from LawRefBook/Laws 2f4c5c2 by
// main/cli/maintenance/build-statutes.ts) is built once for this file: about 10 s.
const shipped = readShippedSnapshot(defaultResourcesDir());
const temp = makeTempDir('statutes-');
let db: Database.Database;

beforeAll(() => {
  db = statuteDb(temp.dir);
});
afterAll(() => {
  closeStatutes(temp.dir);
  temp.remove();
});

/** Lines of the body that start an article, counted straight from the source text. */
function sourceArticleLines(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf('<!-- INFO END -->'));
  return body.split(/\r?\n/).map((l) => l.trim()).filter((l) => ARTICLE_START.test(l));
}

describe('article parsing over the whole snapshot', () => {
  it('every 第X条 of every file is one article, in order, none lost or merged', () => {
    let total = 0;
    for (const entry of shipped.entries) {
      const parsed = parseLawMarkdown(entry.markdown);
      const lines = sourceArticleLines(entry.markdown);
      expect(parsed.articles.length, entry.file).toBe(lines.length);
      parsed.articles.forEach((a, i) => {
        // The article's first paragraph is the source line after its number, byte for byte.
        expect(lines[i]!.endsWith(a.paragraphs[0]!), `${entry.file} ${a.label}`).toBe(true);
        if (i > 0) {
          const prev = parsed.articles[i - 1]!;
          expect(a.num * 1000 + a.sub, `${entry.file} ${prev.label} → ${a.label}`).toBeGreaterThan(prev.num * 1000 + prev.sub);
        }
      });
      total += lines.length;
    }
    expect(total).toBeGreaterThan(85_000);
    const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(stored).toBe(total);
  });

  it('keeps the text exactly: paragraphs of an article as in the source', () => {
    const law = findLaw(db, '中华人民共和国村民委员会组织法')!;
    const version = listVersions(db, law.id).at(-1)!;
    const a27 = getArticle(db, version.id, '27')!;
    expect(a27.label).toBe('第二十七条');
    expect(a27.chapter).toBe('第四章 村民会议和村民代表会议');
    expect(a27.text.split('\n')).toEqual([
      '村民会议可以制定和修改村民自治章程、村规民约，并报乡、民族乡、镇的人民政府备案。',
      '村民自治章程、村规民约以及村民会议或者村民代表会议的决定不得与宪法、法律、法规和国家的政策相抵触，不得有侵犯村民的人身权利、民主权利和合法财产权利的内容。',
      '村民自治章程、村规民约以及村民会议或者村民代表会议的决定违反前款规定的，由乡、民族乡、镇的人民政府责令改正。',
    ]);
  });

  it('reads 第X条之一 and the parts of 民法典 as one law with its 编 in the chapter path', () => {
    const criminal = findLaw(db, '刑法')!;
    const a = getArticle(db, listVersions(db, criminal.id).at(-1)!.id, '17-1')!;
    expect(a.label).toBe('第十七条之一');
    expect(a.text).toBe('已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。');
    const civil = findLaw(db, '民法典')!;
    const versions = listVersions(db, civil.id);
    expect(versions).toHaveLength(1);
    const count = (db.prepare('SELECT count(*) AS n, min(num) AS lo, max(num) AS hi FROM articles WHERE version_id = ?').get(versions[0]!.id) as {
      n: number;
      lo: number;
      hi: number;
    });
    expect(count).toEqual({ n: 1260, lo: 1, hi: 1260 });
    expect(getArticle(db, versions[0]!.id, '705')!.chapter.startsWith('合同编')).toBe(true);
  });

  it('groups files into law versions with their dates', () => {
    const versions = groupLawVersions(shipped.entries);
    const women = versions.filter((v) => v.name === '妇女权益保障法').map((v) => [v.publish, v.effective, v.effectiveSource]);
    // 2022 revision: the index has no valid_from; its own 第八十六条 says 本法自2023年1月1日起施行.
    expect(women).toEqual([
      ['2018-10-26', '2018-10-26', 'index'],
      ['2022-10-30', '2023-01-01', 'article'],
    ]);
  });
});

describe('the version in force on a date', () => {
  it('妇女权益保障法: 2018 text until the 2022 revision took effect on 2023-01-01', () => {
    const law = findLaw(db, '妇女权益保障法')!;
    expect(listVersions(db, law.id).map((v) => [v.publish, v.status])).toEqual([
      ['2018-10-26', 'amended'],
      ['2022-10-30', 'in-force'],
    ]);
    expect(versionOn(db, law.id, '2017-06-01')).toBeUndefined();
    expect(versionOn(db, law.id, '2020-06-01')!.publish).toBe('2018-10-26');
    expect(versionOn(db, law.id, '2022-12-31')!.publish).toBe('2018-10-26');
    expect(versionOn(db, law.id, '2023-01-01')!.publish).toBe('2022-10-30');
    // Article 55 said different things in the two versions.
    expect(resolveArticle(db, '妇女权益保障法', '第55条', '2020-06-01')!.text).toContain('由乡镇人民政府依法调解');
    expect(resolveArticle(db, '妇女权益保障法', '第55条', '2024-06-01')!.text).toContain('享有与男子平等的权利');
  });

  it('立法法: 2015 text before 2023-03-13, the 2023 text from then', () => {
    const law = findLaw(db, '立法法')!;
    expect(versionOn(db, law.id, '2016-01-01')!.publish).toBe('2015-03-15');
    expect(versionOn(db, law.id, '2023-03-13')!.publish).toBe('2023-03-13');
    // 第十一条 in 2023 (only laws may restrict personal freedom) was 第八条 in 2015.
    expect(resolveArticle(db, '立法法', '第8条', '2016-01-01')!.text).toContain('限制人身自由的强制措施和处罚');
    expect(resolveArticle(db, '立法法', '第11条', '2024-01-01')!.text).toContain('限制人身自由的强制措施和处罚');
  });

  it('a diff between two versions of an article shows what was added and removed', () => {
    const law = findLaw(db, '立法法')!;
    const [v2015, v2023] = listVersions(db, law.id);
    // 第一条 is the same in both; 第三条 was rewritten in 2023.
    expect(diffTexts(getArticle(db, v2015!.id, '1')!.text, getArticle(db, v2023!.id, '1')!.text).every((p) => p.op === 'same')).toBe(true);
    const before = getArticle(db, v2015!.id, '3')!.text;
    const after = getArticle(db, v2023!.id, '3')!.text;
    const parts = diffTexts(before, after);
    expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text).join('')).toContain('以经济建设为中心');
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text).join('')).toContain('习近平新时代中国特色社会主义思想');
  });
});

describe('search', () => {
  it('finds laws by name, short forms included', () => {
    expect(searchLaws(db, '村民委员会组织法')[0]!.name).toBe('村民委员会组织法');
    expect(searchLaws(db, '民法典')[0]!.name).toBe('民法典');
  });

  it('1-, 2- and longer queries return exactly the articles a LIKE scan finds (newest versions)', () => {
    const rows = db
      .prepare('SELECT a.text FROM articles a JOIN laws l ON l.indexed_version_id = a.version_id WHERE a.id % 997 = 0')
      .all() as { text: string }[];
    const queries = ['罚', '乡', '合同', '村规', '承包地', '农村土地承包'];
    rows.slice(0, 12).forEach((row, i) => {
      const len = 1 + (i % 4);
      const at = Math.floor(row.text.length / 3);
      queries.push(row.text.slice(at, at + len));
    });
    const like = db.prepare(
      `SELECT a.id FROM articles a JOIN laws l ON l.indexed_version_id = a.version_id WHERE instr(a.text, ?) > 0`,
    );
    for (const q of queries.filter((x) => x.trim().length > 0 && !/\n/.test(x))) {
      const expected = new Set((like.all(q) as { id: number }[]).map((r) => r.id));
      const hits = searchArticles(db, q, 200_000);
      expect(hits.length, q).toBe(expected.size);
      expect(hits.every((h) => h.snippet.includes(`<mark>`)), q).toBe(true);
    }
  });
});

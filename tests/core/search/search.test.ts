import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../main/core/documents/document-service.js';
import { queryLedger } from '../../../main/core/reports/ledger.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { LedgerFilter } from '../../../shared/contract/reports.js';
import { SearchInput, type SearchResult } from '../../../shared/contract/search.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { tempCore } from '../../support/core.js';
import { docxFixture, fixture, registerMatter } from '../documents/fixtures.js';
import { makeDocx } from '../documents/make-files.js';

let env: Awaited<ReturnType<typeof tempCore>>;

/** Matters with real documents, spread over types, units and years for the filters. */
const MATTERS: { title: string; type: MatterType; unit: string; received: string; files: [string, () => Buffer][] }[] = [
  {
    title: '东风村房屋租赁合同',
    type: 'village.contract',
    unit: '东风村村民委员会',
    received: '2023-05-10',
    files: [
      ['房屋租赁合同.docx', () => docxFixture('zh-contract-lease-std-01')],
      ['房屋租赁合同（修改稿）.docx', () => docxFixture('zh-contract-lease-tpl7-01')],
    ],
  },
  {
    title: '三方租赁合同审查',
    type: 'contract',
    unit: '城关镇人民政府',
    received: '2024-02-01',
    files: [
      ['三方合同.docx', () => docxFixture('zh-contract-lease-tripartite-01')],
      ['采购合同.docx', () => docxFixture('zh-contract-procurement-01')],
      ['借款协议.docx', () => docxFixture('zh-contract-loan-01')],
    ],
  },
  {
    title: '企业技术创新专项资金管理办法',
    type: 'normative',
    unit: '省工业和信息化厅',
    received: '2024-08-15',
    files: [
      ['办法.docx', () => docxFixture('zh-normative-tech-fund-01')],
      ['刑法.docx', () => docxFixture('zh-law-criminal-long-01')],
      ['通知.pdf', () => fixture('pdf/zh-notice-gov-office-textlayer-01.pdf')],
      ['通知.txt', () => fixture('txt/zh-notice-gov-office-gbk-01.txt')],
    ],
  },
  {
    title: 'Notes and TABLES (English fixtures)',
    type: 'opinion',
    unit: '法律顾问室',
    received: '2025-01-20',
    files: [
      ['notes.docx', () => docxFixture('fixture-notes-01')],
      ['table.docx', () => docxFixture('fixture-table-rowspan-01')],
      ['symbols.docx', () => makeDocx(['罚款 100% 与 50_percent；"引号" <标签> a*b AND c', '合 同 与 合，同 不是 合同'])],
      ['form.docx', () => docxFixture('zh-court-enforcement-review-01')],
    ],
  },
];

beforeAll(async () => {
  env = await tempCore();
  for (const m of MATTERS) {
    const matter = registerMatter(env.core.db, m.title, { type: m.type, submittingUnit: m.unit, receivedOn: m.received });
    for (const [fileName, bytes] of m.files) {
      await importDocument(env.core.db, 'tester', { matterId: matter.id, role: 'submitted', fileName, bytes: bytes() }, { inline: true });
    }
  }
});
afterAll(() => env.dispose());

const search = (query: string, extra: Partial<SearchInput> = {}): SearchResult =>
  searchQuery(env.core.db, SearchInput.parse({ query, limit: 500, ...extra }));

const key = (kind: string, id: number | null) => `${kind}:${id}`;

/** The oracle: a plain LIKE scan (ASCII case-insensitive, like the index) over the same texts. */
function scan(query: string): string[] {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const db = env.core.db;
  const docs = db
    .prepare(`SELECT DISTINCT document_id AS id FROM document_blocks WHERE text LIKE ? ESCAPE '\\'`)
    .all(pattern) as { id: number }[];
  const matters = db.prepare(`SELECT id FROM matters WHERE title LIKE ? ESCAPE '\\'`).all(pattern) as { id: number }[];
  return [...docs.map((r) => key('document', r.id)), ...matters.map((r) => key('matter', r.id))].sort();
}

function found(query: string): string[] {
  const result = search(query);
  const keys = result.hits.map((h) => key(h.kind, h.kind === 'document' ? h.documentId : h.matterId)).sort();
  expect(result.total).toBe(keys.length);
  expect(result.totalCapped).toBe(false);
  return keys;
}

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('full-text search against a LIKE scan as the oracle', () => {
  it('finds exactly the same documents and titles for 600 random substrings (1–6 characters) of the texts', () => {
    const texts = [
      ...(env.core.db.prepare('SELECT text FROM document_blocks').all() as { text: string }[]).map((r) => r.text),
      ...(env.core.db.prepare('SELECT title AS text FROM matters').all() as { text: string }[]).map((r) => r.text),
    ];
    const next = random(20240301);
    let checked = 0;
    let cjkShort = 0;
    while (checked < 600) {
      const chars = Array.from(texts[Math.floor(next() * texts.length)]!);
      const length = 1 + Math.floor(next() * 6);
      if (chars.length < length) continue;
      const start = Math.floor(next() * (chars.length - length + 1));
      const query = chars.slice(start, start + length).join('').trim();
      if (query === '') continue;
      if (/^[\u4e00-\u9fff]{1,2}$/.test(query)) cjkShort++;
      expect(found(query), `query ${JSON.stringify(query)}`).toEqual(scan(query));
      expect(found(query).length, `query ${JSON.stringify(query)} comes from the texts`).toBeGreaterThan(0);
      checked++;
    }
    // The sample really exercised one- and two-character Chinese queries.
    expect(cjkShort).toBeGreaterThan(50);
  });

  it('agrees with the scan on chosen words, English in any case, punctuation, wildcards and query syntax', () => {
    const queries = ['合同', '罚款', '租赁期限', '违约金', '合同法', '同', '款', 'footnote', 'NOTE', 'Test', 'e', '8', '100%', '50_p', '_', '%',
      '（一）', '。', '，', '"引号"', '<标签>', 'a*b', 'AND c', 'NEAR', '*', '"', '合 同', '合，同', '与 合', '不存在的词语', 'zzzz', '　甲方'];
    for (const query of queries) expect(found(query.trim()), `query ${query}`).toEqual(scan(query.trim()));
    expect(found('合同').length).toBeGreaterThan(5);
    expect(found('租赁期限').length).toBeGreaterThan(0);
  });

  it('the ledger text filter finds a matter by one or more characters of its documents, as a LIKE scan does', () => {
    const db = env.core.db;
    const all = (db.prepare('SELECT id FROM matters ORDER BY id').pluck().all() as number[]).join();
    const scan = (q: string) =>
      (db
        .prepare(
          `SELECT m.id FROM matters m WHERE instr(m.title, @q) > 0 OR instr(m.submitting_unit, @q) > 0 OR instr(m.serial, @q) > 0
             OR EXISTS (SELECT 1 FROM documents d JOIN document_blocks b ON b.document_id = d.id WHERE d.matter_id = m.id AND instr(b.text, @q) > 0)
           ORDER BY m.id`,
        )
        .pluck()
        .all({ q }) as number[]).join();
    const ledger = (q: string) =>
      queryLedger(db, LedgerFilter.parse({ query: q, sort: 'serial', order: 'asc' }))
        .map((r) => r.id)
        .sort((a, b) => a - b)
        .join();
    let partial = 0;
    // One character goes to the character sets (migration 0210), longer queries to the bigram phrases.
    for (const q of ['刑', '借', '罚', '租', '＃', '款项', '刑法', '租赁期限', '不存在的词']) {
      expect(ledger(q), q).toBe(scan(q));
      if (scan(q) !== '' && scan(q) !== all) partial++;
    }
    expect(partial).toBeGreaterThan(2);
  });

  it('never matches across two paragraphs', () => {
    const blocks = env.core.db.prepare('SELECT text FROM document_blocks WHERE document_id = 1 ORDER BY idx LIMIT 2').all() as { text: string }[];
    const across = blocks[0]!.text.slice(-2) + blocks[1]!.text.slice(0, 2);
    expect(found(across)).toEqual(scan(across));
  });
});

describe('queries of three or more characters match one run of characters, not scattered bigrams', () => {
  it('leave out a document holding every bigram of the query apart, and find it once the query is in one paragraph', async () => {
    const own = await tempCore();
    try {
      const matter = registerMatter(own.core.db, '租期审查', { type: 'contract', submittingUnit: '东风村村民委员会', receivedOn: '2024-03-01' });
      // 租赁 赁期 期限 all occur, but 租赁期限 does not: the first paragraph ends 租赁期, the second holds 期限.
      const apart = makeDocx(['第一条 租赁期满后，乙方应当返还房屋。', '第二条 付款期限为每月五日前。']);
      const bytes = (paragraphs: string[]) => ({ matterId: matter.id, role: 'submitted' as const, fileName: 'a.docx', bytes: makeDocx(paragraphs) });
      await importDocument(own.core.db, 'tester', { ...bytes([]), bytes: apart }, { inline: true });
      const find = (query: string) => searchQuery(own.core.db, SearchInput.parse({ query, limit: 50 })).hits.filter((h) => h.kind === 'document');
      expect(find('租赁期').length).toBe(1);
      expect(find('期限').length).toBe(1);
      expect(find('租赁期限')).toEqual([]);
      expect(queryLedger(own.core.db, LedgerFilter.parse({ query: '租赁期限', sort: 'serial', order: 'asc' }))).toEqual([]);
      await importDocument(own.core.db, 'tester', bytes(['第三条 租赁期限为三年。']), { inline: true });
      const hit = find('租赁期限');
      expect(hit.map((h) => h.snippet)).toEqual(['第三条 <mark>租赁期限</mark>为三年。']);
      expect(queryLedger(own.core.db, LedgerFilter.parse({ query: '租赁期限', sort: 'serial', order: 'asc' })).map((r) => r.id)).toEqual([matter.id]);
    } finally {
      own.dispose();
    }
  });
});

describe('search results', () => {
  it('name the matter and the document, point at the paragraph, and mark the hit in an escaped snippet', () => {
    const result = search('违约方应按剩余租期');
    expect(result.hits).toHaveLength(1);
    const hit = result.hits[0]!;
    expect(hit).toMatchObject({
      kind: 'document',
      title: '东风村房屋租赁合同',
      serial: '审2023-0001',
      matterType: 'village.contract',
      submittingUnit: '东风村村民委员会',
      fileName: '房屋租赁合同.docx',
      role: 'submitted',
      version: 1,
    });
    const block = env.core.db
      .prepare('SELECT text FROM document_blocks WHERE document_id = ? AND idx = ?')
      .get(hit.documentId, hit.blockIndex) as { text: string };
    expect(block.text).toContain('违约方应按剩余租期');
    expect(hit.snippet).toContain('<mark>违约方应按剩余租期</mark>');
    const tags = search('<标签>').hits[0]!;
    expect(tags.snippet).toContain('<mark>&lt;标签&gt;</mark>');
    expect(tags.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('find matter titles and follow a renamed title', () => {
    const title = search('专项资金管理').hits.find((h) => h.kind === 'matter')!;
    expect(title.snippet).toBe('企业技术创新<mark>专项资金管理</mark>办法');
    env.core.db.prepare('UPDATE matters SET title = ? WHERE id = ?').run('企业创新资金办法（更名）', title.matterId);
    expect(search('专项资金管理').hits.some((h) => h.kind === 'matter')).toBe(false);
    expect(search('更名').hits.map((h) => [h.kind, h.matterId])).toEqual([['matter', title.matterId]]);
    env.core.db.prepare('UPDATE matters SET title = ? WHERE id = ?').run('企业技术创新专项资金管理办法', title.matterId);
  });

  it('filter by matter type, submitting unit and year', () => {
    const all = search('合同');
    const typed = search('合同', { type: 'contract' });
    expect(typed.hits.length).toBeGreaterThan(0);
    expect(typed.hits.every((h) => h.matterType === 'contract')).toBe(true);
    expect(typed.total).toBe(all.hits.filter((h) => h.matterType === 'contract').length);
    const unit = search('合同', { unit: '东风村' });
    expect(unit.total).toBe(all.hits.filter((h) => h.submittingUnit.includes('东风村')).length);
    expect(unit.total).toBeGreaterThan(0);
    const year = search('合同', { year: 2024 });
    expect(year.total).toBe(all.hits.filter((h) => h.receivedOn.startsWith('2024')).length);
    expect(search('合同', { year: 2019 }).total).toBe(0);
  });

  it('page newest first with a stable total', () => {
    const all = search('的');
    expect(all.total).toBeGreaterThan(8);
    const ids = all.hits.map((h) => `${h.kind}:${h.documentId ?? h.matterId}`);
    const page1 = search('的', { limit: 3, offset: 0 });
    const page2 = search('的', { limit: 3, offset: 3 });
    expect(page1.total).toBe(all.total);
    expect([...page1.hits, ...page2.hits].map((h) => `${h.kind}:${h.documentId ?? h.matterId}`)).toEqual(ids.slice(0, 6));
    const documentIds = all.hits.flatMap((h) => (h.documentId === null ? [] : [h.documentId]));
    expect(documentIds).toEqual([...documentIds].sort((a, b) => b - a));
  });
});

describe('counting many matches', () => {
  it('counts up to 1000 and says when there are more', async () => {
    const own = await tempCore();
    try {
      own.core.db.transaction(() => {
        for (let i = 0; i < 1003; i++) registerMatter(own.core.db, `第${i + 1}号村规民约`);
      })();
      const many = searchQuery(own.core.db, SearchInput.parse({ query: '村规', limit: 20 }));
      expect(many).toMatchObject({ total: 1000, totalCapped: true });
      expect(many.hits).toHaveLength(20);
      const few = searchQuery(own.core.db, SearchInput.parse({ query: '第1003号' }));
      expect(few).toMatchObject({ total: 1, totalCapped: false });
      const filtered = searchQuery(own.core.db, SearchInput.parse({ query: '村规', year: 2024 }));
      expect(filtered).toMatchObject({ total: 1000, totalCapped: true });
    } finally {
      own.dispose();
    }
  });
});

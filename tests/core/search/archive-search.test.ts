import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { bigrams, cosine } from '../../../main/core/search/similar-opinions.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs, LEASE_FIXTURE } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let core: Core;
let documentId: number;
let firstMatter: number;
let firstOpinionId: number;
let letterNumber: string;

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  const first = await approvedMatter(core, '东风村房屋租赁合同');
  firstMatter = first.matter.id;
  documentId = first.document.id;
  const letter = await callAs(core, '李所长', 'letters.issue', { matterId: first.matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
  letterNumber = letter.number!;
  const review = await callAs(core, '王审查', 'review.get', { matterId: first.matter.id });
  firstOpinionId = review.opinions[0]!.id;
  await callAs(core, '王审查', 'feedback.record', {
    matterId: first.matter.id,
    receivedOn: '2026-03-20',
    reply: '已采纳。',
    adoptions: [{ opinionId: firstOpinionId, adoption: 'adopted' }],
  });
});
afterAll(() => {
  core.close();
  temp.remove();
});

/** The oracle: occurrences of the query in the document's blocks, counted by plain indexOf. */
function countInBlocks(query: string): number {
  const blocks = core.db.prepare('SELECT text FROM document_blocks WHERE document_id = ?').all(documentId) as { text: string }[];
  return blocks.reduce((n, b) => n + b.text.split(query).length - 1, 0);
}

describe('search shows every hit in a document', () => {
  it('counts each occurrence and lists every place to jump to, in reading order', async () => {
    for (const query of ['甲方', '租金', '租赁']) {
      const result = await callAs(core, '王审查', 'search.query', { query });
      const hit = result.hits.find((h) => h.documentId === documentId)!;
      const expected = countInBlocks(query);
      expect(expected).toBeGreaterThan(1);
      expect(hit.matchCount).toBe(expected);
      expect(hit.occurrences).toHaveLength(expected);
      const order = hit.occurrences.map((o) => o.blockIndex);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const o of hit.occurrences) expect(o.snippet).toContain(`<mark>${query}</mark>`);
    }
  });
});

describe('search over opinions and issued letters', () => {
  it('finds opinions by their words or basis, with the matter, result and adoption', async () => {
    const result = await callAs(core, '王审查', 'search.query', { query: '二十年' });
    const hit = result.opinions.find((o) => o.opinionId === firstOpinionId)!;
    expect(hit).toMatchObject({ matterId: firstMatter, result: 'lawful-after-revision', adoption: 'adopted', matchCount: 2 });
    expect(hit.snippet).toContain('<mark>二十年</mark>');
    const byBasis = await callAs(core, '王审查', 'search.query', { query: '第七百零五条' });
    expect(byBasis.opinions.map((o) => o.opinionId)).toContain(firstOpinionId);
  });

  it('finds issued letters by their printed words', async () => {
    const result = await callAs(core, '王审查', 'search.query', { query: '争议解决条款' });
    expect(result.letters.map((l) => l.number)).toEqual([letterNumber]);
    expect(result.letters[0]!.snippet).toContain('<mark>争议解决条款</mark>');
    expect((await callAs(core, '王审查', 'search.query', { query: '不在任何文书里的词语' })).letters).toEqual([]);
  });
});

describe('类似意见', () => {
  it('lists the earlier opinion on a similar clause of another matter, not unrelated ones', async () => {
    const later = await callAs(core, '王审查', 'matters.create', { type: 'village.contract', title: '西山村土地租赁合同', submittingUnit: '西山村民委员会', receivedOn: '2026-04-01' });
    await callAs(core, '王审查', 'review.start', { matterId: later.id });
    await callAs(core, '王审查', 'documents.import', { matterId: later.id, fileName: 'lease.docx', content: readFileSync(LEASE_FIXTURE) });
    const similar = await callAs(core, '王审查', 'opinions.add', {
      matterId: later.id,
      text: '租赁期限超过二十年，超过部分无效，应当调整。',
      severity: 'must',
      basis: '《中华人民共和国民法典》第七百零五条',
    });
    const [unrelated] = (await callAs(core, '王审查', 'opinions.add', { matterId: later.id, text: '建议核实村民代表会议到会人数。', severity: 'hint', basis: null })).opinions;
    const found = await callAs(core, '王审查', 'opinions.similar', { opinionId: similar.opinions[0]!.id });
    expect(found[0]).toMatchObject({ opinionId: firstOpinionId, matterId: firstMatter, result: 'lawful-after-revision', adoption: 'adopted' });
    expect(found.every((f) => f.matterId !== later.id)).toBe(true);
    expect(await callAs(core, '王审查', 'opinions.similar', { opinionId: unrelated!.id })).toEqual([]);
    // The earlier matter's opinion does not see the later one (only earlier precedent counts).
    expect((await callAs(core, '王审查', 'opinions.similar', { opinionId: firstOpinionId })).map((f) => f.opinionId)).not.toContain(similar.opinions[0]!.id);
  });

  it('scores bigram cosine as expected', () => {
    expect(cosine(bigrams('租赁期限二十年'), bigrams('租赁期限二十年'))).toBeCloseTo(1);
    expect(cosine(bigrams('租赁期限'), bigrams('罚款处罚'))).toBe(0);
    expect(cosine(bigrams('租赁期限超过二十年'), bigrams('租赁期限为三十年'))).toBeGreaterThan(0.3);
  });
});

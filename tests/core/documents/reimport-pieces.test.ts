import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getDocument, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { listDocumentFindings } from '../../../main/core/findings/finding-service.js';
import { PART_MAX_BLOCKS } from '../../../main/core/documents/search-parts.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { tempCore } from '../../support/core.js';
import { registerMatter } from './fixtures.js';
import { makeDocx } from './make-files.js';

// Issue 12: a large file already in the archive, sent again (to another matter), reused the stored
// extraction — but read it whole on the main thread and cloned all of it into one message to the
// worker (200,000 blocks: the server frozen for seconds). It now goes a page per message.

const PARAGRAPHS = 3 * PART_MAX_BLOCKS + 500;
const bytes = makeDocx(
  Array.from({ length: PARAGRAPHS }, (_, i) =>
    i === PARAGRAPHS - 1 ? `第${i + 1}条 再次送审标记：违反本规约的，处五百元罚款。` : `第${i + 1}条 村民应当遵守国家法律法规，维护村内公共秩序。`,
  ),
);

/** Blocks and HTML characters carried by one message to the worker, wherever in the message they are. */
function carried(message: unknown): { blocks: number; htmlChars: number } {
  let blocks = 0;
  let htmlChars = 0;
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      if (key === 'blocks') blocks += value.length;
      value.forEach((v) => visit(v, ''));
    } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    } else if (key === 'html' && typeof value === 'string') htmlChars += value.length;
  };
  visit(message, '');
  return { blocks, htmlChars };
}

afterAll(async () => {
  await stopExtractionWorker();
});

describe('a large file already in the archive, imported again', () => {
  it('reaches the worker a page at a time, and is stored, searchable and checked like the first', async () => {
    const { core, dispose } = await tempCore();
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      const first = await importDocument(core.db, 'tester', { matterId: registerMatter(core.db, '东风村村规民约').id, role: 'submitted', fileName: '规约.docx', bytes });
      const sentFirst = posted.mock.calls.length;
      const other = registerMatter(core.db, '西岭村村规民约');
      const again = await importDocument(core.db, 'tester', { matterId: other.id, role: 'submitted', fileName: '规约（西岭村）.docx', bytes });

      const toWorker = posted.mock.calls.slice(sentFirst).map((call) => carried(call[0]));
      // The second import did not extract the file again: no bytes, only the stored text, in pages.
      expect(toWorker.reduce((sum, m) => sum + m.blocks, 0)).toBe(PARAGRAPHS);
      expect(Math.max(...toWorker.map((m) => m.blocks))).toBeLessThanOrEqual(PART_MAX_BLOCKS);
      expect(toWorker.filter((m) => m.blocks > 0).length).toBeGreaterThanOrEqual(Math.ceil(PARAGRAPHS / PART_MAX_BLOCKS));

      expect(again.duplicate).toBe(false);
      expect(again.blobReused).toBe(true);
      const a = getDocument(core.db, first.document.id);
      const b = getDocument(core.db, again.document.id);
      expect(b.blocks).toEqual(a.blocks);
      expect(b.html).toBe(a.html);
      const hits = searchQuery(core.db, { query: '再次送审标记', limit: 10, offset: 0 }).hits;
      expect(hits.map((h) => h.documentId).sort()).toEqual([first.document.id, again.document.id].sort());
      // The pre-checks ran for the new document too (the last paragraph's fine is in both).
      const findingsOf = (id: number) => listDocumentFindings(core.db, id).map((f) => `${f.rule}|${f.paragraph}|${f.start}`);
      expect(findingsOf(first.document.id).length).toBeGreaterThan(0);
      expect(findingsOf(again.document.id)).toEqual(findingsOf(first.document.id));
    } finally {
      posted.mockRestore();
      dispose();
    }
  });
});

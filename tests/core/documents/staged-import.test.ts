import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { openCore } from '../../../main/core/core.js';
import { getDocument, importAsNewMatter, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { PART_MAX_BLOCKS } from '../../../main/core/documents/search-parts.js';
import { discardImport, HTML_PIECE_CHARS, stageDocument, STEP_BLOCKS } from '../../../main/core/documents/staged-import.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { runDoctor } from '../../../main/core/store/doctor.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { observeWriteTransactions } from '../../../main/core/store/write-transaction.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { registerMatter } from './fixtures.js';
import { makeDocx } from './make-files.js';

// Issue 12: a 200,000-paragraph DOCX held the write lock for 11 s in one transaction. A large document
// is now written in steps of at most PART_MAX_BLOCKS blocks, invisible until the last short transaction.

const PARAGRAPHS = 3 * PART_MAX_BLOCKS + 500;
/** A village rulebook long enough for four parts; the marker phrase is in the first and the last part. */
function bigDocx(marker = '阶梯导入标记'): Buffer {
  return makeDocx(
    Array.from({ length: PARAGRAPHS }, (_, i) =>
      i === 0 || i === PARAGRAPHS - 1 ? `第${i + 1}条 ${marker}：本规约由村民会议讨论通过。` : `第${i + 1}条 村民应当遵守国家法律法规，维护村内公共秩序。`,
    ),
  );
}
const matterFor = (title: string) =>
  CreateMatterInput.parse({ type: 'village.rules', title, submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
const search = (db: Database.Database, query: string) => searchQuery(db, { query, limit: 50, offset: 0 });
const blockCount = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM document_blocks').get() as { n: number }).n;

afterAll(async () => {
  await stopExtractionWorker();
});

describe('a large document is written in short transactions', () => {
  it('writes at most one step of blocks per transaction and shows nothing (matter, document, search) before the last one', async () => {
    const { core, dispose } = await tempCore();
    try {
      const db = core.db;
      const before = { matters: tableCounts(core).matters!, documents: tableCounts(core).documents! };
      const steps: { blocksWritten: number; matters: number; documents: number; hits: number }[] = [];
      let blocks = blockCount(db);
      const stop = observeWriteTransactions((_ms, txDb) => {
        if (txDb !== db) return;
        const now = blockCount(db);
        const counts = tableCounts(core);
        steps.push({ blocksWritten: now - blocks, matters: counts.matters!, documents: counts.documents!, hits: search(db, '阶梯导入标记').hits.length });
        blocks = now;
      });
      const result = await importAsNewMatter(db, 'tester', matterFor('东风村村规民约（长篇）'), { fileName: '村规民约.docx', bytes: bigDocx() });
      stop();
      // reserve, the HTML in pieces, the blocks in steps of ≤ STEP_BLOCKS (4 parts: 2,000 ×3 and 500),
      // register (the searches above add no write transactions: nothing is pending).
      const htmlPieces = Math.ceil(getDocument(db, result.document.id).html.length / HTML_PIECE_CHARS);
      const blockSteps = 3 * Math.ceil(PART_MAX_BLOCKS / STEP_BLOCKS) + 1;
      expect(htmlPieces).toBeGreaterThan(0);
      expect(steps.length).toBe(1 + htmlPieces + blockSteps + 1);
      expect(steps.filter((s) => s.blocksWritten > 0)).toHaveLength(blockSteps);
      // No transaction writes more than one step's blocks (the 200,000-paragraph import once wrote all in one).
      expect(Math.max(...steps.map((s) => s.blocksWritten))).toBeLessThanOrEqual(STEP_BLOCKS);
      for (const step of steps.slice(0, -1)) {
        expect(step).toMatchObject({ matters: before.matters, documents: before.documents, hits: 0 });
      }
      expect(steps.at(-1)).toMatchObject({ blocksWritten: 0, matters: before.matters + 1, documents: before.documents + 1 });
      // Found once although the phrase is in two of its four search rows.
      const hits = search(db, '阶梯导入标记').hits;
      expect(hits.map((h) => h.documentId)).toEqual([result.document.id]);
      expect(hits[0]!.blockIndex).toBe(0);
      const stored = getDocument(db, result.document.id);
      expect(stored.blocks).toHaveLength(PARAGRAPHS);
      // The reading view comes back whole from its pieces.
      expect(stored.html).toContain('第1条 阶梯导入标记');
      expect(stored.html).toContain(`第${PARAGRAPHS}条 阶梯导入标记`);
      expect(tableCounts(core).document_imports).toBe(0);
      expect((await runDoctor(core.dataDir)).problems).toEqual([]);
    } finally {
      dispose();
    }
  });

  it('the same large file sent twice at once is stored once, and the rows the second one wrote in steps are removed', async () => {
    const { core, dispose } = await tempCore();
    try {
      const matter = registerMatter(core.db, '东风村村规民约');
      const bytes = bigDocx('重复送审标记');
      const send = (fileName: string) => importDocument(core.db, 'tester', { matterId: matter.id, role: 'submitted', fileName, bytes });
      // A double click: both pass the duplicate check before either is registered, both write in steps.
      const [a, b] = await Promise.all([send('规约.docx'), send('规约（再次）.docx')]);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      expect(a.document.id).toBe(b.document.id);
      const counts = tableCounts(core);
      expect({ documents: counts.documents, imports: counts.document_imports, blocks: counts.document_blocks, blobs: counts.blobs }).toEqual({
        documents: 1,
        imports: 0,
        blocks: PARAGRAPHS,
        blobs: 1,
      });
      expect(counts.search_sources).toBe(1 + 4); // the matter's title and the document's four parts
      expect(search(core.db, '重复送审标记').hits).toHaveLength(1);
      expect((await runDoctor(core.dataDir)).problems).toEqual([]);
    } finally {
      dispose();
    }
  });
});

describe('the registering transaction', () => {
  it('counts no blocks: a document summary carries its stored block count (counting 200,000 took 0.4 s there)', async () => {
    const { core, dispose } = await tempCore();
    try {
      const matter = registerMatter(core.db, '东风村村规民约');
      const { document } = await importDocument(core.db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '规约.docx', bytes: bigDocx('计数标记') });
      expect(document.blockCount).toBe(PARAGRAPHS);
      // Summaries no longer read the blocks: with the rows gone (never in the program), the stored count stays.
      core.db.prepare('DELETE FROM document_blocks WHERE document_id = ?').run(document.id);
      expect(getDocument(core.db, document.id).blockCount).toBe(PARAGRAPHS);
    } finally {
      dispose();
    }
  });
});

describe('an import killed in the middle', () => {
  it('leaves no visible half document, and the next open removes its rows', async () => {
    const temp = makeTempDir();
    try {
      const file = join(temp.dir, 'big.docx');
      writeFileSync(file, bigDocx('中断导入标记'));
      const dataDir = join(temp.dir, 'data');
      (await openCore(dataDir)).close();
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'support', 'big-importer.ts'), dataDir, file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      const killed = await new Promise<boolean>((resolve) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          // Reserve, the HTML (one or two pieces) and at least three steps of blocks are written: kill it
          // while the next is on its way.
          if (out.includes('step 6') && !child.killed) resolve(child.kill('SIGKILL'));
        });
        child.once('exit', () => resolve(false));
      });
      expect(killed).toBe(true);
      await new Promise((resolve) => child.once('exit', resolve));
      expect(out).not.toContain('done');

      // What the killed process left: its record, some steps of blocks, a search row — none visible.
      const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
      const left = raw.prepare('SELECT count(*) AS n FROM document_imports').get() as { n: number };
      const leftBlocks = (raw.prepare('SELECT count(*) AS n FROM document_blocks').get() as { n: number }).n;
      const counts = raw.prepare('SELECT (SELECT count(*) FROM matters) AS matters, (SELECT count(*) FROM documents) AS documents').get();
      raw.close();
      expect(left.n).toBe(1);
      expect(leftBlocks).toBeGreaterThanOrEqual(3 * STEP_BLOCKS);
      expect(counts).toEqual({ matters: 0, documents: 0 });

      const core = await openCore(dataDir);
      try {
        const after = tableCounts(core);
        expect({ imports: after.document_imports, blocks: after.document_blocks, html: after.document_html_parts, sources: after.search_sources, blobs: after.blobs, matters: after.matters }).toEqual({
          imports: 0,
          html: 0,
          blocks: 0,
          sources: 0,
          blobs: 0,
          matters: 0,
        });
        expect(search(core.db, '中断导入标记').hits).toEqual([]);
      } finally {
        core.close();
      }
      expect((await runDoctor(dataDir)).problems).toEqual([]);
    } finally {
      temp.remove();
    }
  });
});

describe('blocks written in steps', () => {
  // Merge of issue 15 into issue 12: the staged path writes its own blocks and must keep OCR's page and confidence.
  it('keep the OCR page and confidence of each block', async () => {
    const { core, dispose } = await tempCore();
    try {
      const db = core.db;
      const bytes = Buffer.from('扫描件原件（测试）');
      const blocks = [
        { index: 0, kind: 'paragraph' as const, text: '第一页第一行', ocr: { page: 1, confidence: 0.93 } },
        { index: 1, kind: 'paragraph' as const, text: '第二页第一行', ocr: { page: 2, confidence: 0.41 } },
        { index: 2, kind: 'paragraph' as const, text: '文件自带的文字' },
      ];
      const staged = await stageDocument(db, {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        blocks,
        parts: [
          { from: 0, to: 2, body: '第一页第一行 第二页第一行' },
          { from: 2, to: 3, body: '文件自带的文字' },
        ],
        html: '<p>第一页第一行</p>',
      });
      const rows = db.prepare('SELECT idx, ocr_page, ocr_confidence FROM document_blocks WHERE document_id = ? ORDER BY idx').all(staged.documentId);
      expect(rows).toEqual([
        { idx: 0, ocr_page: 1, ocr_confidence: 0.93 },
        { idx: 1, ocr_page: 2, ocr_confidence: 0.41 },
        { idx: 2, ocr_page: null, ocr_confidence: null },
      ]);
      discardImport(db, staged.importId);
      expect(blockCount(db)).toBe(0);
    } finally {
      dispose();
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { importAsNewMatter } from '../../../main/core/documents/document-service.js';
import { setExtractionHeapLimit, stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { isAppError } from '../../../main/core/errors.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { matterInput } from './fixtures.js';
import { makeDocx } from './make-files.js';

// Issue 12: a DOCX needing more memory than the extraction worker may use ends that worker with an
// out-of-memory error; the file is refused in Chinese, nothing is stored, and the next file imports.
const HEAP_MB = 96;

afterAll(async () => {
  await setExtractionHeapLimit(null);
  await stopExtractionWorker();
});

describe('the extraction worker heap cap', () => {
  it('refuses a document that needs more memory than the cap, in Chinese, and imports the next file with a new worker', async () => {
    const { core, dispose } = await tempCore();
    try {
      await setExtractionHeapLimit(HEAP_MB);
      const small = makeDocx(['东风村村规民约', '第一条 为维护本村公共秩序，制定本规约。']);
      // ~18 MB of document XML: mammoth needs far more than 96 MB of heap for it, but it passes the
      // size checks (maxReadXmlBytes 64 MB), so only the heap cap can stop it.
      const huge = makeDocx(Array.from({ length: 100_000 }, (_, i) => `第${i + 1}条 村民会议依法讨论决定涉及村民利益的事项，任何组织和个人不得干涉。`));
      const before = tableCounts(core);
      const error = await importAsNewMatter(core.db, 'tester', matterInput('超大规约'), { fileName: '超大规约.docx', bytes: huge }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isAppError(error) && error.code).toBe('document.too-complex');
      expect((error as Error).message).toMatch(new RegExp(`文件“超大规约\\.docx”过于复杂，读取时超出内存上限（${HEAP_MB} MB），已停止读取，未导入`));
      expect(tableCounts(core)).toEqual(before);
      const next = await importAsNewMatter(core.db, 'tester', matterInput('东风村村规民约'), { fileName: '规约.docx', bytes: small });
      expect(next.document.blockCount).toBe(2);
    } finally {
      dispose();
    }
  });
});

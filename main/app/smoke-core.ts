// The core half of `--smoke-test`: plain Node, so the packaging test runs the very same steps from the
// packed files. It opens an archive in a temporary folder, imports a DOCX through the extraction worker
// and the router, and finds it again by full-text search.
import { Document, Packer, Paragraph } from 'docx';
import { contextFor } from '../api/context.js';
import { createAccount } from '../core/accounts/account-service.js';
import { dispatch } from '../api/router.js';
import { openCore } from '../core/core.js';
import { stopExtractionWorker } from '../core/documents/extract-pool.js';

export const SMOKE_PHRASE = '村民会议讨论通过本村规民约';

export interface CoreSmokeReport {
  schemaVersion: number;
  documentId: number;
  searchHits: number;
}

/** A small real DOCX made on the spot, so the smoke test needs no file beside the program. */
export async function smokeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph('某某村村规民约（冒烟测试）'), new Paragraph(`第一条 ${SMOKE_PHRASE}，自公布之日起施行。`)] }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

function unwrap<T>(result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }, step: string): T {
  if (!result.ok) throw new Error(`${step}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Runs the core smoke steps in `dataDir` (a fresh folder) and closes everything it opened. */
export async function runCoreSmoke(dataDir: string, nativeBinding: string | undefined): Promise<CoreSmokeReport> {
  const core = await openCore(dataDir, { nativeBinding });
  try {
    const account = await createAccount(core.db, 'system', { login: 'smoke', displayName: '自检', roles: ['reviewer'], unit: null, password: `Smoke-${Date.now()}` });
    const ctx = contextFor(core, 'electron', account);
    const today = new Date().toISOString().slice(0, 10);
    const imported = unwrap<{ document: { id: number } }>(
      await dispatch(
        'documents.importAsMatter',
        {
          matter: { type: 'village.rules', title: '冒烟测试 村规民约', submittingUnit: '冒烟测试村', receivedOn: today },
          fileName: '冒烟测试 村规民约.docx',
          content: (await smokeDocx()),
        },
        ctx,
      ),
      'documents.importAsMatter',
    );
    const found = unwrap<{ total: number }>(await dispatch('search.query', { query: '村规民约' }, ctx), 'search.query');
    if (found.total < 1) throw new Error('search.query: the imported document was not found');
    return { schemaVersion: core.schemaVersion(), documentId: imported.document.id, searchHits: found.total };
  } finally {
    await stopExtractionWorker();
    core.close();
  }
}

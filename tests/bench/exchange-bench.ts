/**
 * Exchange benchmark (issue 14): export and import of a matter with 20 documents, 50 MB in all.
 * Each document is a DOCX of ~2.5 MB (text paragraphs plus an incompressible image part, as scanned
 * attachments are). Figures, medians of 3 runs on real SQLite files:
 * - export: plain and sealed (X25519 + AES-256-GCM) package of the 20 documents;
 * - verify: open, hash every part, check signature and canonical form (the import preview);
 * - import: the whole import into a fresh 司法所 archive (extraction of 20 documents included);
 * - baseline: importing the same 20 files one by one with importDocument, and the ratio import/baseline,
 *   which is what the package adds on top of taking the files in directly.
 */
import { randomBytes } from 'node:crypto';
import { openCore, type Core } from '../../main/core/core.js';
import { importDocument } from '../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { exportPackage } from '../../main/core/exchange/export-package.js';
import { importPackage, previewPackage } from '../../main/core/exchange/import-package.js';
import { exportKeyFile, setUpOffice } from '../../main/core/exchange/office-keys.js';
import { trustOffice, withdrawTrust } from '../../main/core/exchange/trust-list.js';
import { createMatter } from '../../main/core/matters/matter-service.js';
import { todayIso } from '../../main/core/workflow/office-settings.js';
import { makeDocx } from '../core/documents/make-files.js';
import { ensureAccount } from '../support/accounts.js';
import { makeTempDir } from '../support/temp-dir.js';

const DOCUMENTS = 20;
const DOCUMENT_BYTES = 2.5 * 1024 * 1024;
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Number(n.toFixed(1));

async function office(name: string, code: string, kind: 'unit' | 'township-office'): Promise<{ core: Core; dispose(): void }> {
  const temp = makeTempDir(`review-desk-bench-${code}-`);
  const core = await openCore(temp.dir);
  await ensureAccount(core, 'admin');
  setUpOffice(core.db, 'admin', { name, code, kind });
  return { core, dispose: () => (core.close(), temp.remove()) };
}

function trust(receiver: Core, sender: Core): void {
  const key = exportKeyFile(sender.db);
  trustOffice(receiver.db, 'admin', { keyFile: key.json, confirmFingerprint: (JSON.parse(key.json) as { fingerprint: string }).fingerprint, validUntil: null });
}

function documents(): { fileName: string; bytes: Buffer }[] {
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const paragraphs = Array.from({ length: 200 }, (_, p) => `第${p + 1}条 文件${i + 1}：村集体经济组织的土地承包经营权流转应当依法、自愿、有偿。`);
    const image = randomBytes(DOCUMENT_BYTES - 20_000);
    return { fileName: `附件${i + 1}.docx`, bytes: makeDocx(paragraphs, { [`word/media/image${i + 1}.png`]: image }, 0) };
  });
}

const matterInput = { type: 'village.project' as const, title: '村集体经济项目（20份材料）', submittingUnit: '东风村民委员会', township: null, contactName: null, contactPhone: null, dueOn: null, reviewerId: null, note: null };

export async function benchExchange(): Promise<object> {
  const files = documents();
  const totalMb = files.reduce((s, f) => s + f.bytes.length, 0) / 1048576;
  const unit = await office('东风村民委员会', 'DFC', 'unit');
  try {
    const m = createMatter(unit.core.db, 'admin', { ...matterInput, receivedOn: todayIso() });
    for (const f of files) await importDocument(unit.core.db, 'admin', { matterId: m.id, fileName: f.fileName, bytes: f.bytes, role: 'attachment' });
    const exportPlain: number[] = [];
    const exportSealed: number[] = [];
    const verify: number[] = [];
    const imports: number[] = [];
    const baseline: number[] = [];
    let packageMb = 0;
    for (let run = 0; run < RUNS; run++) {
      const sfs = await office('城关司法所', 'CGS', 'township-office');
      try {
        trust(sfs.core, unit.core);
        trust(unit.core, sfs.core);
        let t = performance.now();
        exportPackage(unit.core, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: false });
        exportPlain.push(performance.now() - t);
        t = performance.now();
        const sealed = exportPackage(unit.core, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: true });
        exportSealed.push(performance.now() - t);
        packageMb = sealed.bytes.length / 1048576;
        t = performance.now();
        previewPackage(sfs.core.db, sealed.bytes);
        verify.push(performance.now() - t);
        t = performance.now();
        const outcome = await importPackage(sfs.core.db, 'admin', sealed.bytes);
        imports.push(performance.now() - t);
        if (!outcome.imported) throw new Error('bench: package not imported');
      } finally {
        // Each run makes a new 司法所 with a new key under the same code.
        withdrawTrust(unit.core.db, 'admin', 'CGS', null);
        sfs.dispose();
      }
      // The same files taken in directly, into a fresh archive (no extraction reused).
      const plain = await office('城关司法所', 'CGS', 'township-office');
      try {
        const t = performance.now();
        const target = createMatter(plain.core.db, 'admin', { ...matterInput, receivedOn: todayIso() });
        for (const f of files) await importDocument(plain.core.db, 'admin', { matterId: target.id, fileName: f.fileName, bytes: f.bytes, role: 'attachment' });
        baseline.push(performance.now() - t);
      } finally {
        plain.dispose();
      }
    }
    return {
      documents: DOCUMENTS,
      documentsMb: round(totalMb),
      packageMb: round(packageMb),
      runs: RUNS,
      exportPlainMs: round(median(exportPlain)),
      exportSealedMs: round(median(exportSealed)),
      verifyMs: round(median(verify)),
      importMs: round(median(imports)),
      directImportMs: round(median(baseline)),
      importOverDirect: Number((median(imports) / median(baseline)).toFixed(2)),
      exportMbPerS: round(totalMb / (median(exportSealed) / 1000)),
    };
  } finally {
    unit.dispose();
    await stopExtractionWorker();
  }
}

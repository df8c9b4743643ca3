/**
 * Correcting OCR text (issue 15): how long a correction holds the archive's write lock on a large scan,
 * beside the same document's import in the same run (ratio), and how long the reading view waits for a
 * page picture. The large scan is the text of the criminal law (tests/fixtures/docx, 1,290 paragraphs,
 * ~74,000 characters) filed as OCR text of 185 pages, 7 paragraphs a page — the size of a long scanned
 * regulation, without OCR-ing 185 pages first (OCR speed is the `ocr` bench). Medians of 5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { openCore } from '../../main/core/core.js';
import { commitDocument, sha256Hex } from '../../main/core/documents/document-service.js';
import { extractDocx } from '../../main/core/documents/extract-docx.js';
import { pageImage } from '../../main/core/documents/page-view.js';
import { splitParts } from '../../main/core/documents/search-parts.js';
import { correctText } from '../../main/core/documents/text-versions.js';
import { createMatter } from '../../main/core/matters/matter-service.js';
import { observeWriteTransactions, writeTransaction } from '../../main/core/store/write-transaction.js';
import { readBlocks } from '../../main/core/documents/document-store.js';
import { computeFindings, storeFindings } from '../../main/core/findings/finding-service.js';
import { indexDocument } from '../../main/core/search/search-index.js';
import { makeTempDir } from '../support/temp-dir.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The longest write-lock hold while `run` runs. */
async function heldDuring<T>(run: () => T | Promise<T>): Promise<{ result: T; heldMs: number }> {
  let heldMs = 0;
  const stop = observeWriteTransactions((ms) => {
    heldMs = Math.max(heldMs, ms);
  });
  try {
    return { result: await run(), heldMs };
  } finally {
    stop();
  }
}

export async function benchOcrCorrect(): Promise<object> {
  const temp = makeTempDir('ocr-correct-bench');
  const core = await openCore(temp.dir);
  try {
    const db = core.db;
    const docx = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-law-criminal-long-01.docx'));
    const text = await extractDocx(docx);
    const blocks = text.blocks.map((b, i) => ({ index: i, kind: 'paragraph' as const, text: b.text, ocr: { page: Math.floor(i / 7) + 1, confidence: 0.9 } }));
    // The stored original: an A4 page at 150 dpi full of the law's text, as the page picture is made from it.
    const lines = blocks.flatMap((b) => b.text.match(/.{1,28}/g) ?? []).slice(0, 22);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="#fff"/>${lines
      .map((l, i) => `<text x="120" y="${160 + i * 66}" font-size="34" font-family="Noto Serif CJK SC">${l.replace(/[<&]/g, '')}</text>`)
      .join('')}</svg>`;
    const bytes = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).png().toBuffer();
    const matter = createMatter(db, 'bench', {
      type: 'normative', title: '某县扫描规范性文件', submittingUnit: '县司法局', township: null, contactName: null, contactPhone: null,
      receivedOn: '2026-11-02', dueOn: null, reviewerId: null, note: null,
    });
    const extracted = { format: 'image' as const, mediaType: 'image/png', blocks, html: blocks.map((b) => `<p data-b="${b.index}">${b.text}</p>`).join(''), extractor: 'bench', notes: [] };
    const imported = await heldDuring(() =>
      commitDocument(db, 'bench', { matterId: matter.id, role: 'submitted' }, {
        fileName: '扫描件.png', sha256: sha256Hex(bytes), bytes, extracted, parts: splitParts(blocks), findings: null, checkedFor: null,
      }),
    );
    const id = imported.result.document.id;

    const wall: number[] = [];
    const held: number[] = [];
    // How long other requests of this process would wait: the event loop's longest stall during the corrections.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    for (let i = 0; i < 5; i++) {
      const index = 100 + i * 250;
      const t0 = performance.now();
      const { heldMs } = await heldDuring(() =>
        correctText(db, 'bench', { documentId: id, baseVersion: i + 1, edits: [{ index, text: `${blocks[index]!.text}（已核对）` }] }),
      );
      wall.push(performance.now() - t0);
      held.push(heldMs);
    }
    loop.disable();

    // Where the lock time goes: the same writes one by one, each in its own transaction.
    const current = readBlocks(db, id);
    const findings = computeFindings(db, current, matter);
    const parts = splitParts(current).map((p) => p.body);
    const step = async (run: () => void) => (await heldDuring(() => writeTransaction(db, run))).heldMs;
    const breakdown = { searchIndexMs: [] as number[], findingsMs: [] as number[], findings: findings.length };
    for (let i = 0; i < 5; i++) {
      breakdown.searchIndexMs.push(await step(() => indexDocument(db, id, matter.id, parts)));
      breakdown.findingsMs.push(await step(() => storeFindings(db, id, matter.id, current, findings)));
    }

    const pictureMs: number[] = [];
    let pictureBytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const picture = await pageImage(db, id, 1);
      pictureMs.push(performance.now() - t0);
      pictureBytes = picture.bytes.length;
    }
    return {
      document: { paragraphs: blocks.length, characters: blocks.reduce((n, b) => n + b.text.length, 0), pages: blocks.at(-1)!.ocr.page },
      importLockHeldMs: round(imported.heldMs),
      correction: { medianWallMs: round(median(wall)), medianLockHeldMs: round(median(held)), lockHeldMs: held.map(round), eventLoopMaxStallMs: round(loop.max / 1e6) },
      correctionLockVsImportLock: round(median(held) / imported.heldMs),
      lockBreakdown: { searchIndexMedianMs: round(median(breakdown.searchIndexMs)), findingsMedianMs: round(median(breakdown.findingsMs)), findings: breakdown.findings },
      pagePicture: { pngBytes: bytes.length, medianMs: round(median(pictureMs)), jpegBytes: pictureBytes },
    };
  } finally {
    core.close();
    temp.remove();
  }
}

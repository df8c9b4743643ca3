import { request } from 'node:http';
import { createSession } from '../../../main/core/accounts/sessions.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { cookieName, startServer, type RunningServer } from '../../../main/server/http-server.js';
import type { ImportAsMatterResult, ImportDocumentResult } from '../../../shared/contract/documents.js';
import type { Matter } from '../../../shared/contract/matters.js';
import type { SearchResult } from '../../../shared/contract/search.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { httpCall } from '../../support/http-rpc.js';
import { docxFixture } from './fixtures.js';
import { makeDocx, makeOle } from './make-files.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let server: RunningServer;
const site = makeTempDir();

beforeAll(async () => {
  env = await tempCore();
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startServer({ core: env.core, staticDir: site.dir, port: 0 });
  cookie = `${cookieName(server.port)}=${createSession(env.core.db, env.ctx.account!.id, 'http', null)}`;
});
let cookie = '';
afterAll(async () => {
  await server.close();
  await stopExtractionWorker();
  env.dispose();
  site.remove();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input, env.ctx);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/rpc/${method}`,
        method: 'POST',
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', Cookie: cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const newMatter = (title: string) =>
  call<Matter>('matters.create', { type: 'village.rules', title, submittingUnit: '东风村村民委员会', receivedOn: '2024-04-01' });

describe('documents and search through the router', () => {
  it('imports file bytes, lists, reads, exports the original and compares versions', async () => {
    const matter = await newMatter('东风村村规民约');
    const v1 = makeDocx(['第一条 为维护本村秩序，制定本村规民约。', '第二条 村民应当遵守法律法规。']);
    const v2 = makeDocx(['第一条 为维护本村秩序，根据有关法律，制定本村规民约。', '第二条 村民应当遵守法律法规。']);
    const first = await call<ImportDocumentResult>('documents.import', {
      matterId: matter.id,
      fileName: '村规民约.docx',
      content: v1,
    });
    expect(first.document).toMatchObject({ role: 'submitted', version: 1, blockCount: 2 });
    const second = await call<ImportDocumentResult>('documents.import', {
      matterId: matter.id,
      role: 'revised',
      fileName: '村规民约（修改稿）.docx',
      content: v2,
    });
    const list = await call<{ items: { id: number }[] }>('documents.list', { matterId: matter.id });
    expect(list.items.map((d) => d.id)).toEqual([first.document.id, second.document.id]);
    const detail = await call<{ blocks: { text: string }[]; html: string }>('documents.get', { id: first.document.id });
    expect(detail.blocks.map((b) => b.text)).toEqual(['第一条 为维护本村秩序，制定本村规民约。', '第二条 村民应当遵守法律法规。']);
    const original = await call<{ content: Uint8Array; fileName: string }>('documents.original', { id: first.document.id });
    expect(Buffer.from(original.content).equals(v1)).toBe(true);
    const compared = await call<{ counts: Record<string, number> }>('documents.compare', { aId: first.document.id, bId: second.document.id });
    expect(compared.counts).toEqual({ same: 1, changed: 1, added: 0, removed: 0 });
    const found = await call<SearchResult>('search.query', { query: '根据有关法律' });
    expect(found.hits.map((h) => [h.kind, h.documentId])).toEqual([['document', second.document.id]]);
  });

  it('returns a refusal as a typed error and writes nothing', async () => {
    const matter = await newMatter('另一事项');
    const before = tableCounts(env.core);
    const result = await dispatch(
      'documents.import',
      { matterId: matter.id, fileName: '旧文件.doc', content: makeOle(['WordDocument']) },
      env.ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'document.corrupt', message: expect.stringContaining('已损坏') } });
    expect(tableCounts(env.core)).toEqual(before);
    const bad = await dispatch('documents.import', { matterId: matter.id, fileName: 'a.docx', content: 'base64 文本不再是文件内容' }, env.ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const asMatter = await dispatch(
      'documents.importAsMatter',
      {
        matter: { type: 'contract', title: '不应登记', submittingUnit: '某单位', receivedOn: '2024-04-02' },
        fileName: '空.docx',
        content: new Uint8Array(0),
      },
      env.ctx,
    );
    expect(asMatter).toMatchObject({ ok: false, error: { code: 'document.empty' } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('registers a matter from a file in one call', async () => {
    const result = await call<ImportAsMatterResult>('documents.importAsMatter', {
      matter: { type: 'normative', title: '专项资金管理办法', submittingUnit: '省财政厅', receivedOn: '2024-06-03' },
      fileName: '办法.docx',
      content: docxFixture('zh-normative-tech-fund-01'),
    });
    expect(result).toMatchObject({ duplicate: false, matter: { title: '专项资金管理办法' }, document: { role: 'submitted', version: 1 } });
  });
});

describe('the HTTP door and uploads', () => {
  it('accepts an upload larger than the 1 MB default for documents.import, but not for other methods', async () => {
    const matter = await newMatter('大附件事项');
    // ~1.1 MB: a DOCX carrying an incompressible picture (pictures are never inflated), sent as multipart.
    const picture = new Uint8Array(1_100_000).map((_, i) => (i * 2654435761) >>> 24);
    const big = makeDocx(['附件正文'], { 'word/media/image1.png': picture }, 0);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const accepted = await httpCall(server.url, 'documents.import', { matterId: matter.id, fileName: '大附件.docx', content: big }, cookie);
    expect(accepted.status).toBe(200);
    expect(accepted.result).toMatchObject({ ok: true, value: { document: { size: big.length } } });
    const refused = await post('matters.create', JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }));
    expect(refused.status).toBe(413);
  });
});

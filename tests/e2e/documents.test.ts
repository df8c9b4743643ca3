import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import type { Matter, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import type { Method } from '../../shared/contract/index.js';
import { contextAs } from '../support/accounts.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { DOCX_MIME, DocumentsTab } from './pages/documents-tab.js';
import { downloadByButton } from './pages/downloads.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'docx');
const LEASE = readFileSync(join(FIXTURES, 'zh-contract-lease-std-01.docx'));
/** A legacy Word file as far as its signature goes: the OLE2 magic, then zeros. */
const FAKE_DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]);
const ADDED_CLAUSE = '乙方应当遵守本村村规民约，爱护公共设施。';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The submitting unit's revision of the lease: one paragraph added after the preamble and two
 * characters added inside it, made by editing the real file's document.xml.
 */
function revisedLease(): Buffer {
  const files = unzipSync(new Uint8Array(LEASE));
  const xml = strFromU8(files['word/document.xml']!);
  const preambleEnd = '就房屋租赁的有关事宜达成协议如下：</w:t></w:r></w:p>';
  expect(xml).toContain(preambleEnd);
  const revised = xml
    .replace('甲乙双方在平等、自愿的基础上', '甲乙双方在平等、自愿、公平的基础上')
    .replace('就房屋租赁的有关事宜达成协议如下：</w:t></w:r></w:p>', `${preambleEnd.replace('</w:t></w:r></w:p>', '')}</w:t></w:r></w:p><w:p><w:r><w:t>${ADDED_CLAUSE}</w:t></w:r></w:p>`);
  files['word/document.xml'] = strToU8(revised);
  return Buffer.from(zipSync(files));
}

describe('documents tab in the browser', () => {
  const session = useE2eSession({ page: { viewport: { width: 1400, height: 900 } } });
  let matter: Matter;

  async function rpc<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await dispatch(method, input, await contextAs(session.app.core, 'seed'));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodOutput<M>;
  }
  const documentCount = () =>
    (session.app.core.db.prepare('SELECT count(*) AS n FROM documents WHERE matter_id = ?').get(matter.id) as { n: number }).n;

  async function openPage(hash: string): Promise<{ page: Page; tab: DocumentsTab; errors: string[] }> {
    const page = await session.pageAs();
    await page.goto(session.url(hash));
    return { page, tab: new DocumentsTab(page), errors: session.errorsOf(page) };
  }

  beforeAll(async () => {
    matter = await rpc('matters.create', {
      type: 'village.contract',
      title: '东风村集体房屋租赁合同',
      submittingUnit: '东风村民委员会',
      receivedOn: '2024-05-06',
    });
  });

  it('uploads a real DOCX, lists it, reads it and downloads the original byte for byte', async () => {
    const { page, tab, errors } = await openPage(`#/matters/${matter.id}/documents`);
    await tab.waitForCount(0);
    await tab.upload({ name: '房屋租赁合同（送审稿）.docx', mimeType: DOCX_MIME, buffer: LEASE });
    await tab.waitImported('房屋租赁合同（送审稿）.docx（送审稿 第1版）');
    const row = page.getByRole('row', { name: /房屋租赁合同（送审稿）\.docx/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('送审稿');
    expect(await row.textContent()).toContain(sha256(LEASE).slice(0, 10));
    await page.screenshot({ path: screenshotPath('documents-list'), fullPage: true });

    const stored = session.app.core.db.prepare('SELECT id, sha256, size FROM documents WHERE matter_id = ?').all(matter.id) as {
      id: number;
      sha256: string;
      size: number;
    }[];
    expect(stored).toEqual([{ id: expect.any(Number), sha256: sha256(LEASE), size: LEASE.length }]);

    await row.getByRole('link', { name: '阅读' }).click();
    const reading = page.getByRole('article', { name: /房屋租赁合同（送审稿）\.docx/ });
    await reading.getByText('依据《中华人民共和国民法典》及有关法律、法规的规定，甲乙双方在平等、自愿的基础上').waitFor();
    // The table survives as a table: a header cell of the furniture list.
    expect(await reading.locator('td', { hasText: '损赔额' }).count()).toBeGreaterThan(0);
    expect(await reading.locator('[data-b]').count()).toBeGreaterThan(100);
    expect(await reading.locator('script, style, img, iframe').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('documents-reading') });

    const { name: downloadedName, bytes: downloaded } = await downloadByButton(page, '下载原件');
    expect(downloadedName).toBe('房屋租赁合同（送审稿）.docx');
    expect(sha256(downloaded)).toBe(sha256(LEASE));
    expect(downloaded.equals(LEASE)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows the server’s Chinese refusal for a broken legacy .doc and stores nothing; the same file again is 已存在', async () => {
    const { page, tab } = await openPage(`#/matters/${matter.id}/documents`);
    await tab.waitForCount(1);
    const before = documentCount();
    // Three bad files dropped together: each is refused with its own reason.
    await tab.upload([
      { name: '村务公开制度.doc', mimeType: 'application/msword', buffer: FAKE_DOC },
      { name: '空白.docx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) },
      { name: '传输中断.docx', mimeType: 'application/octet-stream', buffer: LEASE.subarray(0, 6000) },
    ]);
    const refusal = (name: string) => tab.refusal(name);
    await refusal('传输中断.docx').waitFor();
    // .doc files are read now (issue 15); this one is an OLE header with nothing behind it.
    expect(await refusal('村务公开制度.doc').textContent()).toMatch(/已损坏或不完整（旧版 Word\/WPS 文件结构错误）/);
    expect(await refusal('空白.docx').textContent()).toContain('是空文件（0 字节）');
    expect(await refusal('传输中断.docx').textContent()).toContain('已损坏或不完整');
    expect(documentCount()).toBe(before);
    await page.screenshot({ path: screenshotPath('documents-refused'), fullPage: true });

    await tab.upload({ name: '租赁合同-再次报送.docx', mimeType: 'application/octet-stream', buffer: LEASE });
    const duplicate = page.getByRole('alert').filter({ hasText: '已存在：租赁合同-再次报送.docx' });
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain('房屋租赁合同（送审稿）.docx');
    expect(documentCount()).toBe(before);
    expect(await page.getByText('本事项的文档（1）').count()).toBe(1);
  });

  it('compares the submitted draft with a revision and marks the added paragraph and words', async () => {
    const { page, tab, errors } = await openPage(`#/matters/${matter.id}/documents`);
    await tab.waitForCount(1);
    await tab.chooseRole('修改稿');
    await tab.upload({ name: '房屋租赁合同（修改稿）.docx', mimeType: 'application/octet-stream', buffer: revisedLease() });
    await tab.waitImported('房屋租赁合同（修改稿）.docx（修改稿 第1版）');
    await tab.waitForCount(2);

    await page.getByRole('checkbox', { name: '选择“房屋租赁合同（送审稿）.docx”进行比较' }).check();
    await page.getByRole('checkbox', { name: '选择“房屋租赁合同（修改稿）.docx”进行比较' }).check();
    await page.getByRole('button', { name: '比较所选两个版本' }).click();

    await page.getByText('新增 1 段').waitFor();
    expect(await page.getByText('修改 1 段').count()).toBe(1);
    expect(await page.getByText('删除 0 段').count()).toBe(1);
    const added = page.locator('tr[data-op="added"]');
    expect(await added.count()).toBe(1);
    expect(await added.locator('ins').textContent()).toBe(ADDED_CLAUSE);
    const changed = page.locator('tr[data-op="changed"]');
    expect(await changed.locator('ins').allTextContents()).toEqual(['、公平']);
    await page.screenshot({ path: screenshotPath('documents-compare-side') });

    await page.getByText('行内标注').click();
    await page.getByRole('switch', { name: '只显示有变化的段落' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tr[data-op="added"] ins').textContent()).toBe(ADDED_CLAUSE);
    await page.screenshot({ path: screenshotPath('documents-compare-inline') });
    expect(errors).toEqual([]);
  });

  it('keeps headings, lists, tables and footnotes in the reading view; footnote links stay inside the document', async () => {
    const other = await rpc('matters.create', { type: 'contract', title: '脚注与编号测试', submittingUnit: '测试单位', receivedOn: '2024-05-06' });
    const notes = await rpc('documents.import', {
      matterId: other.id,
      fileName: 'notes.docx',
      content: readFileSync(join(FIXTURES, 'fixture-notes-01.docx')),
    });
    const lists = await rpc('documents.import', {
      matterId: other.id,
      role: 'attachment',
      fileName: '租赁合同（编号列表）.docx',
      content: readFileSync(join(FIXTURES, 'zh-contract-lease-tpl7-01.docx')),
    });

    const hash = `#/matters/${other.id}/documents/doc-${notes.document.id}`;
    const { page, errors } = await openPage(hash);
    const reading = page.getByRole('article', { name: /notes\.docx/ });
    await reading.getByRole('heading', { name: 'A footnote' }).waitFor();
    expect(await reading.locator('li#footnote-1').textContent()).toContain('My note.');
    expect(await reading.locator('li#endnote-1').textContent()).toContain('This is an endnote');
    await reading.getByRole('link', { name: '[1]' }).click();
    // Following the note did not leave the reading view (the app routes by the hash).
    expect(await page.evaluate('location.hash')).toBe(hash);
    expect(await reading.locator('li#footnote-1').count()).toBe(1);

    await page.goto(session.url(`#/matters/${other.id}/documents/doc-${lists.document.id}`));
    const lease = page.getByRole('article', { name: /编号列表/ });
    await lease.locator('table').first().waitFor();
    expect(await lease.locator('ol > li, ul > li').count()).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('documents-reading-lists') });
    expect(errors).toEqual([]);
  });

  it('sends a file of several megabytes intact as binary (multipart), not as base64 in JSON', async () => {
    const line = '第一条 村民会议由本村十八周岁以上的村民组成。Ⅰ—①②③\n';
    const big = Buffer.from(line.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(line))), 'utf8');
    const page = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    const tab = new DocumentsTab(page);
    const upload = page.waitForRequest('**/api/rpc/documents.import');
    await tab.open(session.url(), matter.id);
    await tab.chooseRole('附件');
    await tab.upload({ name: '村民会议记录汇编.txt', mimeType: 'text/plain', buffer: big });
    await tab.waitImported(/已导入：村民会议记录汇编\.txt/);
    const headers = await (await upload).allHeaders();
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    // The body is the file plus a little framing, not the third larger base64 text.
    expect(Number(headers['content-length'])).toBeLessThan(big.length + 4096);
    const stored = session.app.core.db.prepare("SELECT sha256, size FROM documents WHERE file_name = '村民会议记录汇编.txt'").get() as { sha256: string; size: number };
    expect(stored).toEqual({ sha256: sha256(big), size: big.length });
  });
});

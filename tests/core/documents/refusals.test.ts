import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAsNewMatter, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import type { ImportLimits } from '../../../main/core/documents/limits.js';
import { REFUSAL_CODES } from '../../../main/core/documents/refusals.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { imagePdf } from '../../support/image-pdf.js';
import { docxFixture, matterInput, registerMatter } from './fixtures.js';
import { makeDocx, makeOle, makePdf, PNG_HEADER, setDeclaredSize } from './make-files.js';

interface RefusalCase {
  what: string;
  fileName: string;
  bytes: () => Buffer;
  limits?: Partial<ImportLimits>;
  code: (typeof REFUSAL_CODES)[number];
  message: RegExp;
}

const NOTICE = [['各区市县人民政府：', '特此通知。']];

/** A document.xml that is mostly one long run of spaces: tiny when deflated, huge when inflated. */
function bombXml(megabytes: number): Uint8Array {
  const head = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const bytes = new Uint8Array(head.length + megabytes * 1024 * 1024 + tail.length).fill(0x20);
  bytes.set(strToU8(head), 0);
  bytes.set(strToU8(tail), bytes.length - tail.length);
  return bytes;
}

/** 500 small blank JPEG pages, no text layer: refused before any page is rendered. */
const blankPage = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#ffffff' } }).png().toBuffer();
const fivehundredPages = await imagePdf(Array.from({ length: 500 }, () => blankPage));

/**
 * A PNG that declares 20,000 × 20,000 px: one IHDR and one IDAT of zlib-compressed zero rows, a few
 * hundred KB on disk but 1.2 GB once decoded. Built by hand so the test never decodes it.
 */
let bomb: Buffer | null = null;
function bombPng(): Buffer {
  if (bomb) return bomb;
  const size = 20_000;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((size + 1) * 64), { level: 9 });
  bomb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
  return bomb;
}

function withFlippedByte(zip: Buffer, at: number): Buffer {
  const copy = Buffer.from(zip);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

const cases: RefusalCase[] = [
  { what: 'an empty file', fileName: '空文件.docx', bytes: () => Buffer.alloc(0), code: 'document.empty', message: /空文件（0 字节）/ },
  {
    what: 'a file over the configured size limit',
    fileName: '租赁合同.docx',
    bytes: () => docxFixture('zh-contract-lease-std-01'),
    limits: { maxFileBytes: 10 * 1024 },
    code: 'document.too-large',
    message: /超过了导入上限 10 KB/,
  },
  {
    what: 'an Excel workbook renamed .doc (OLE compound file without Word text)',
    fileName: '村规民约.doc',
    bytes: () => makeOle(['Workbook']),
    code: 'document.not-word',
    message: /没有 Word\/WPS 文字正文/,
  },
  {
    what: 'a .wps whose Word stream is broken',
    fileName: '章程.wps',
    bytes: () => makeOle(['WordDocument', 'WpsCustomData']),
    code: 'document.corrupt',
    message: /旧版 Word\/WPS 文件结构错误/,
  },
  {
    what: 'a .wps that is not an OLE file (WPS 2000 and earlier)',
    fileName: '旧章程.wps',
    bytes: () => Buffer.from('WPS 2000 document \x00\x01\x02 村规民约', 'latin1'),
    code: 'document.legacy-format',
    message: /WPS 2000 及更早版本.*另存为” \.docx/,
  },
  {
    what: 'an RTF file saved with a .doc name',
    fileName: '通知.doc',
    bytes: () => Buffer.from('{\\rtf1\\ansi 通知}', 'utf8'),
    code: 'document.legacy-format',
    message: /RTF 格式.*另存为” \.docx/,
  },
  {
    what: 'a 20,000 × 20,000 px PNG (decompression bomb)',
    fileName: '炸弹.png',
    bytes: () => bombPng(),
    code: 'document.image-too-large',
    message: /20000 × 20000 像素，超过了识别上限/,
  },
  {
    what: 'a PDF of 500 scanned pages (more than one import reads by OCR)',
    fileName: '五百页扫描件.pdf',
    bytes: () => fivehundredPages,
    code: 'document.too-many-pages',
    message: /有 500 页没有文字层.*超过了单个文件 200 页的上限.*拆分/,
  },
  {
    what: 'a JPEG that stops after its header',
    fileName: '照片.jpg',
    bytes: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
    code: 'document.corrupt',
    message: /图片无法解码/,
  },
  {
    what: 'a password-protected DOCX (OLE container with EncryptionInfo/EncryptedPackage)',
    fileName: '加密合同.docx',
    bytes: () => makeOle(['EncryptionInfo', 'EncryptedPackage']),
    code: 'document.encrypted',
    message: /已加密或设置了打开密码/,
  },
  {
    what: 'a password-protected PDF',
    fileName: '加密.pdf',
    bytes: () => makePdf(NOTICE, { encrypt: true }),
    code: 'document.encrypted',
    message: /已加密或设置了打开密码/,
  },
  {
    what: 'a PDF renamed to .docx',
    fileName: '合同.docx',
    bytes: () => makePdf(NOTICE),
    code: 'document.not-docx',
    message: /内容实际上是 PDF 文件，不是 \.docx 文档/,
  },
  {
    what: 'a PNG picture renamed to .docx',
    fileName: '扫描件.docx',
    bytes: () => Buffer.concat([PNG_HEADER, randomBytes(200)]),
    code: 'document.not-docx',
    message: /PNG 图片/,
  },
  {
    what: 'a spreadsheet renamed to .docx',
    fileName: '台账.docx',
    bytes: () =>
      Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })),
    code: 'document.not-docx',
    message: /Excel 表格/,
  },
  {
    what: 'a truncated DOCX',
    fileName: '截断.docx',
    bytes: () => {
      const full = docxFixture('zh-contract-lease-std-01');
      return full.subarray(0, Math.floor(full.length * 0.6));
    },
    code: 'document.corrupt',
    message: /截断/,
  },
  {
    what: 'a DOCX whose document.xml data is damaged',
    fileName: '损坏.docx',
    bytes: () => {
      const zip = makeDocx(['第一条 本合同自双方签字之日起生效。'.repeat(20)]);
      // Damage a byte inside the compressed document.xml (after its local header and name).
      const at = zip.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 20;
      return withFlippedByte(zip, at);
    },
    code: 'document.corrupt',
    message: /无法解压|校验失败/,
  },
  {
    what: 'a zip bomb (compression ratio far above ordinary XML)',
    fileName: '炸弹.docx',
    bytes: () => makeDocx([], { 'word/document.xml': bombXml(64) }, 9),
    code: 'document.zip-bomb',
    message: /压缩比约为 \d+:1，超过上限 200:1/,
  },
  {
    what: 'a DOCX declaring more uncompressed data than the configured cap',
    fileName: '过大.docx',
    bytes: () => makeDocx(['正文'], { 'word/styles.xml': strToU8(randomBytes(200 * 1024).toString('base64')) }),
    limits: { maxUncompressedBytes: 256 * 1024 },
    code: 'document.zip-bomb',
    message: /解压后共 .*超过上限 256 KB/,
  },
  {
    what: 'a DOCX whose text XML alone exceeds what extraction may read (refused before inflating)',
    fileName: '超长文件.docx',
    bytes: () => makeDocx(Array.from({ length: 5000 }, (_, i) => `第${i + 1}条 村民会议依法讨论决定涉及村民利益的事项，任何组织和个人不得干涉。`)),
    limits: { maxReadXmlBytes: 200 * 1024 },
    code: 'document.too-complex',
    message: /正文内容过大（解压后约 .*上限 200 KB）.*拆分/,
  },
  {
    what: 'a zip whose headers understate the uncompressed size',
    fileName: '伪装.docx',
    bytes: () => setDeclaredSize(makeDocx([], { 'word/document.xml': bombXml(4) }, 9), 'word/document.xml', 1000),
    code: 'document.zip-bomb',
    message: /实际大小超过其声明/,
  },
  {
    what: 'a DOCX whose document.xml is not well-formed',
    fileName: '结构错误.docx',
    bytes: () =>
      makeDocx([], {
        'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>未闭合'),
      }),
    code: 'document.extract-failed',
    message: /文档内部的 XML 结构有错误.*另存后再导入/,
  },
  {
    what: 'a PDF without a text layer whose pages OCR finds no text on (drawings only)',
    fileName: '扫描件.pdf',
    bytes: () => makePdf([[], []], { drawingOnly: true }),
    code: 'document.pdf-no-text',
    message: /没有文字层，文字识别（OCR）也没有识别出文字/,
  },
  {
    what: 'a broken PDF',
    fileName: '坏.pdf',
    bytes: () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n这不是完整的 PDF', 'utf8'),
    code: 'document.corrupt',
    message: /PDF 结构错误/,
  },
  {
    what: 'a DOCX renamed to .pdf',
    fileName: '通知.pdf',
    bytes: () => makeDocx(['特此通知。']),
    code: 'document.type-mismatch',
    message: /扩展名表明是 PDF 文件，但内容实际上是 ZIP 压缩包/,
  },
  {
    what: 'binary data named .txt',
    fileName: '数据.txt',
    bytes: () => Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]),
    code: 'document.not-text',
    message: /不是可读的文本文件/,
  },
  {
    what: 'a picture named .txt',
    fileName: '图片.txt',
    bytes: () => Buffer.concat([PNG_HEADER, Buffer.from('IHDR')]),
    code: 'document.type-mismatch',
    message: /纯文本文件，但内容实际上是 PNG 图片/,
  },
  {
    what: 'an unsupported type',
    fileName: '照片.heic',
    bytes: () => Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]),
    code: 'document.unsupported-type',
    message: /请导入 \.docx、\.doc、\.wps、\.pdf、\.txt 文件或 JPG\/PNG\/TIFF 图片/,
  },
];

describe('import refusals: a clear code and Chinese message, and nothing written', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let matterId: number;
  beforeAll(async () => {
    env = await tempCore();
    matterId = registerMatter(env.core.db).id;
  });
  afterAll(async () => {
    await stopExtractionWorker();
    env.dispose();
  });

  it('cover every refusal code', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(REFUSAL_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  for (const c of cases) {
    it(`refuses ${c.what} when attached to a matter (in-process extraction)`, async () => {
      const before = tableCounts(env.core);
      const attempt = importDocument(
        env.core.db,
        'tester',
        { matterId, role: 'submitted', fileName: c.fileName, bytes: c.bytes() },
        { inline: true, limits: c.limits },
      );
      await expect(attempt).rejects.toMatchObject({ code: c.code, message: expect.stringMatching(c.message) });
      await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining(c.fileName) });
      expect(tableCounts(env.core)).toEqual(before);
    });

    it(`refuses ${c.what} in a batch import and leaves no matter behind (worker extraction)`, async () => {
      const before = tableCounts(env.core);
      const attempt = importAsNewMatter(
        env.core.db,
        'tester',
        matterInput('批量导入的事项'),
        { fileName: c.fileName, bytes: c.bytes() },
        { limits: c.limits },
      );
      await expect(attempt).rejects.toMatchObject({ code: c.code, message: expect.stringMatching(c.message) });
      expect(tableCounts(env.core)).toEqual(before);
    });
  }

  it('refuses a version number already taken for the role, writing nothing', async () => {
    const db = env.core.db;
    const other = registerMatter(db, '另一个事项').id;
    await importDocument(db, 'tester', { matterId: other, role: 'submitted', fileName: 'a.docx', bytes: makeDocx(['甲']) }, { inline: true });
    const before = tableCounts(env.core);
    const attempt = importDocument(
      db,
      'tester',
      { matterId: other, role: 'submitted', version: 1, fileName: 'b.docx', bytes: makeDocx(['乙']) },
      { inline: true },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'document.version-taken', message: expect.stringContaining('第 1 版') });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses an unknown matter before reading the file', async () => {
    const before = tableCounts(env.core);
    await expect(
      importDocument(env.core.db, 'tester', { matterId: 9999, role: 'submitted', fileName: 'a.docx', bytes: makeDocx(['甲']) }),
    ).rejects.toMatchObject({ code: 'matter.not-found' });
    expect(tableCounts(env.core)).toEqual(before);
  });
});

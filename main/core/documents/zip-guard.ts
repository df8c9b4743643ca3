import { crc32, inflateRawSync } from 'node:zlib';
import { formatBytes, type ImportLimits } from './limits.js';
import { refusals } from './refusals.js';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** Entries below this size are never called bombs, whatever their ratio (1 MB of zeros is harmless). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

class ZipError extends Error {}

function u64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('ZIP64 字段超出范围');
  return Number(value);
}

function need(buf: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > buf.length) throw new ZipError('压缩包结构不完整，可能在下载或复制时被截断');
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= lowest; at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipError('找不到压缩包目录，文件可能被截断');
}

/** Reads the central directory only: nothing is inflated here. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('文件过短，不是完整的压缩包');
  const eocd = findEndOfCentralDirectory(buf);
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) throw new ZipError('不支持分卷压缩包');
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    need(buf, locator, 20);
    if (buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipError('ZIP64 目录定位信息缺失');
    const at = u64(buf, locator + 8);
    need(buf, at, 56);
    if (buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError('ZIP64 目录损坏');
    count = u64(buf, at + 32);
    cdSize = u64(buf, at + 40);
    cdOffset = u64(buf, at + 48);
  }
  need(buf, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    need(buf, at, 46);
    if (buf.readUInt32LE(at) !== CENTRAL) throw new ZipError('压缩包目录项损坏');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    need(buf, at + 46, nameLength + extraLength + commentLength);
    const entry: ZipEntry = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    readZip64Extra(buf, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets that did not fit in 32 bits live in the ZIP64 extra field, in this order. */
function readZip64Extra(buf: Buffer, start: number, length: number, entry: ZipEntry): void {
  let at = start;
  while (at + 4 <= start + length) {
    const id = buf.readUInt16LE(at);
    const size = buf.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const end = field + size;
      const next = (): number => {
        if (field + 8 > end) throw new ZipError('ZIP64 扩展字段不完整');
        const value = u64(buf, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Refuses encrypted entries, unknown compression, and bombs, judged from the declared sizes. */
export function checkEntries(fileName: string, buf: Buffer, entries: ZipEntry[], limits: ImportLimits): void {
  if (entries.length > limits.maxZipEntries) {
    throw refusals.zipBomb(fileName, `包含 ${entries.length} 个文件，超过上限 ${limits.maxZipEntries}`);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw refusals.encrypted(fileName);
    if (entry.method !== 0 && entry.method !== 8) {
      throw refusals.corrupt(fileName, `不支持的压缩方式 ${entry.method}`);
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw refusals.zipBomb(fileName, `“${entry.name}”的压缩比约为 ${Math.round(ratio)}:1，超过上限 ${limits.maxCompressionRatio}:1`);
    }
    if (entry.localOffset + 30 > buf.length) throw refusals.corrupt(fileName, '压缩包结构不完整，可能被截断');
  }
  if (total > limits.maxUncompressedBytes) {
    throw refusals.zipBomb(fileName, `解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(limits.maxUncompressedBytes)}`);
  }
  const readXml = entries.filter((e) => isReadPart(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (readXml > limits.maxReadXmlBytes) throw refusals.tooComplex(fileName, readXml, limits.maxReadXmlBytes);
}

/** The compressed bytes of one entry, located through its local header. */
function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  need(buf, at, 30);
  if (buf.readUInt32LE(at) !== LOCAL) throw new ZipError(`“${entry.name}”的文件头损坏`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  need(buf, start, entry.compressedSize);
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry with the output capped at its declared size, so a header that lies about the size
 * cannot make us inflate more than the checks above allowed; the CRC must match.
 */
function inflateEntry(fileName: string, buf: Buffer, entry: ZipEntry): Uint8Array {
  const data = entryData(buf, entry);
  let out: Buffer;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw refusals.zipBomb(fileName, `“${entry.name}”的实际大小超过其声明的 ${formatBytes(entry.uncompressedSize)}`);
      }
      throw refusals.corrupt(fileName, `“${entry.name}”无法解压`);
    }
  }
  if (out.length !== entry.uncompressedSize || crc32(out) >>> 0 !== entry.crc >>> 0) {
    throw refusals.corrupt(fileName, `“${entry.name}”的内容校验失败`);
  }
  return out;
}

/**
 * Parts the text extraction reads: XML and relationships, except headers, footers and document
 * properties, which mammoth ignores (some real files carry hundreds of footer parts).
 */
function isReadPart(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.endsWith('.xml') && !lower.endsWith('.rels')) return false;
  return !/^(word\/(header|footer)\d*\.xml|docprops\/|customxml\/)/.test(lower);
}

/** A zip with every entry stored (no compression), from contents whose CRCs are already known. */
function storedZip(parts: { name: Buffer; data: Uint8Array; crc: number }[]): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(part.name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.data.length, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, part.name, part.data);
    central.push(entry, part.name);
    offset += 30 + part.name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * Validates a DOCX container and returns an equivalent zip whose parts the extraction reads are stored
 * uncompressed and whose other parts are empty, so the library reading it never inflates untrusted
 * data itself.
 */
export function guardDocxZip(fileName: string, buf: Buffer, limits: ImportLimits): Buffer {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(buf);
  } catch (e) {
    if (e instanceof ZipError) throw refusals.corrupt(fileName, e.message);
    throw e;
  }
  checkEntries(fileName, buf, entries, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || ![...names].some((n) => /(^|\/)document\.xml$/.test(n))) {
    const actual = names.has('xl/workbook.xml')
      ? ' Excel 表格'
      : names.has('ppt/presentation.xml')
        ? ' PowerPoint 演示文稿'
        : ' ZIP 压缩包（其中没有 Word 正文）';
    throw refusals.notDocx(fileName, actual);
  }
  const parts: { name: Buffer; data: Uint8Array; crc: number }[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    try {
      const read = isReadPart(entry.name);
      parts.push({
        name: Buffer.from(entry.name, 'utf8'),
        data: read ? inflateEntry(fileName, buf, entry) : new Uint8Array(0),
        crc: read ? entry.crc : 0,
      });
    } catch (e) {
      if (e instanceof ZipError) throw refusals.corrupt(fileName, e.message);
      throw e;
    }
  }
  return storedZip(parts);
}

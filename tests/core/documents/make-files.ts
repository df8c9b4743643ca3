import { strToU8, zipSync } from 'fflate';

/**
 * Builders for the files the import tests need and the corpus does not have: PDFs with and without a
 * text layer, encrypted PDFs, OLE compound files (legacy .doc, password-protected OOXML), zips.
 */

/** A PDF whose text layer holds `pages` (lines per page), drawn with a Type0 font and a ToUnicode map. */
export function makePdf(pages: string[][], options: { encrypt?: boolean; drawingOnly?: boolean } = {}): Buffer {
  const chars: string[] = [];
  const cid = (c: string) => {
    let i = chars.indexOf(c);
    if (i < 0) i = chars.push(c) - 1;
    return (i + 1).toString(16).padStart(4, '0');
  };
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const pageIds = pages.map((lines) => {
    const content = options.drawingOnly
      ? '0.5 g 72 600 300 150 re f'
      : `BT /F1 12 Tf 14 TL 72 760 Td\n${lines.map((line) => `<${[...line].map(cid).join('')}> Tj T*`).join('\n')}\nET`;
    const contents = add(stream(content));
    return add(
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  });
  const map = chars.map((c, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${Buffer.from(c, 'utf16le').swap16().toString('hex')}>`);
  const toUnicode = add(
    stream(
      `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange ${map.length} beginbfchar ${map.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
    ),
  );
  const descendant = add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>',
  );
  objects[font - 1] = `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  // A standard security handler whose user-password check fails for the empty password: a reader must ask.
  const encrypt = options.encrypt
    ? ` /Encrypt ${add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)} 0 R`
    : '';
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const at = offset;
    const bytes = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(bytes);
    offset += bytes.length;
    return at;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A minimal OLE compound file (version 3, 512-byte sectors) holding the named streams, each padded
 * to 4096 bytes so no mini stream is needed. Legacy .doc/.wps files and password-protected OOXML
 * (streams EncryptionInfo + EncryptedPackage) are containers of this kind.
 */
export function makeOle(streamNames: string[]): Buffer {
  const sector = 512;
  const streamSectors = 8;
  const totalSectors = 2 + streamNames.length * streamSectors;
  const out = Buffer.alloc(sector * (1 + totalSectors));
  // Header.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24);
  out.writeUInt16LE(0x0003, 26);
  out.writeUInt16LE(0xfffe, 28);
  out.writeUInt16LE(9, 30);
  out.writeUInt16LE(6, 32);
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(4096, 56);
  out.writeUInt32LE(ENDOFCHAIN, 60);
  out.writeUInt32LE(ENDOFCHAIN, 68);
  out.writeUInt32LE(0, 76); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) out.writeUInt32LE(FREESECT, 76 + i * 4);
  const sectorAt = (n: number) => sector * (1 + n);
  // FAT.
  const fat = Array<number>(sector / 4).fill(FREESECT);
  fat[0] = FATSECT;
  fat[1] = ENDOFCHAIN;
  streamNames.forEach((_, s) => {
    const first = 2 + s * streamSectors;
    for (let k = 0; k < streamSectors; k++) fat[first + k] = k === streamSectors - 1 ? ENDOFCHAIN : first + k + 1;
  });
  fat.forEach((v, i) => out.writeUInt32LE(v, sectorAt(0) + i * 4));
  // Directory: root, then the streams as a chain of right siblings.
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = sectorAt(1) + index * 128;
    const encoded = Buffer.from(name + '\0', 'utf16le');
    encoded.copy(out, at);
    out.writeUInt16LE(encoded.length, at + 64);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    out.writeUInt32LE(FREESECT, at + 68);
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, ENDOFCHAIN, 0, streamNames.length > 0 ? 1 : FREESECT, FREESECT);
  streamNames.forEach((name, s) => {
    const right = s + 1 < streamNames.length ? s + 2 : FREESECT;
    entry(s + 1, name, 2, 2 + s * streamSectors, streamSectors * sector, FREESECT, right);
    out.fill(0x5a, sectorAt(2 + s * streamSectors), sectorAt(2 + (s + 1) * streamSectors));
  });
  for (let i = streamNames.length + 1; i < 4; i++) {
    const at = sectorAt(1) + i * 128;
    out.writeUInt32LE(FREESECT, at + 68);
    out.writeUInt32LE(FREESECT, at + 72);
    out.writeUInt32LE(FREESECT, at + 76);
  }
  return out;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A small but valid DOCX with one paragraph per string. */
export function makeDocx(paragraphs: string[], extra: Record<string, Uint8Array> = {}, level: 0 | 6 | 9 = 6): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return Buffer.from(
    zipSync(
      { '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(ROOT_RELS), 'word/document.xml': strToU8(document), ...extra },
      { level },
    ),
  );
}

/** Central-directory and local-header offsets of a zip entry, for tests that tamper with sizes. */
export function findZipEntry(zip: Buffer, name: string): { central: number; local: number } {
  const nameBytes = Buffer.from(name, 'utf8');
  for (let at = zip.length - 46; at >= 0; at--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) continue;
    const length = zip.readUInt16LE(at + 28);
    if (length === nameBytes.length && zip.subarray(at + 46, at + 46 + length).equals(nameBytes)) {
      return { central: at, local: zip.readUInt32LE(at + 42) };
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Rewrites the declared uncompressed size of an entry in both headers (a lying zip). */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const { central, local } = findZipEntry(copy, name);
  copy.writeUInt32LE(size, central + 24);
  copy.writeUInt32LE(size, local + 22);
  return copy;
}

export const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

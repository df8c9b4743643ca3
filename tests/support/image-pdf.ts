// A scanned PDF written byte by byte: each page one JPEG image (DCTDecode) and no text layer, as a
// scanner or a phone "scan to PDF" app writes it.
import sharp from 'sharp';

/** Builds a PDF whose pages are the given images (any format sharp reads), drawn at `dpi`. */
export async function imagePdf(images: Buffer[], dpi = 150): Promise<Buffer> {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const object = (n: number, head: string, stream?: Buffer) => {
    offsets[n] = length;
    push(Buffer.from(`${n} 0 obj\n${head}\n`, 'latin1'));
    if (stream) {
      push(Buffer.from('stream\n', 'latin1'));
      push(stream);
      push(Buffer.from('\nendstream\n', 'latin1'));
    }
    push(Buffer.from('endobj\n', 'latin1'));
  };
  push(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  const kids = images.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${images.length} >>`);
  for (const [i, image] of images.entries()) {
    const { data, info } = await sharp(image).flatten({ background: '#fff' }).jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
    const w = (info.width * 72) / dpi;
    const h = (info.height * 72) / dpi;
    const n = 3 + i * 3;
    const content = Buffer.from(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`, 'latin1');
    object(n, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`);
    const space = info.channels === 1 ? '/DeviceGray' : '/DeviceRGB';
    object(n + 1, `<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>`, data);
    object(n + 2, `<< /Length ${content.length} >>`, content);
  }
  const count = 3 + images.length * 3;
  const xref = length;
  let tail = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) tail += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

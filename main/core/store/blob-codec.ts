import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * How an original file's bytes are kept in `blobs` (migration 0210, issue 17). Text, legacy Word (.doc)
 * and other uncompressed formats are stored brotli-compressed (codec 'br'): about half the size for text,
 * which an archive of plain-text originals otherwise holds twice (as the file and as its paragraphs).
 * Formats that are compressed already (DOCX and other zip files, PDF, JPEG, PNG, GIF) are stored as they
 * are, as is anything compression would not shrink by a tenth. Either way `size` and `sha256` describe the
 * original bytes, which unpackBlob restores exactly; readers verify the SHA-256 after unpacking.
 *
 * Compression runs where the blob is written (inside the import's short write transaction), so it is
 * limited to files up to PACK_MAX_BYTES: brotli at quality 5 packs tens of MB per second, so the worst
 * case adds some tens of milliseconds to that transaction; larger files are kept as they are.
 */

export type BlobCodec = 'none' | 'br';

export const PACK_MAX_BYTES = 2 * 1024 * 1024;

const ALREADY_COMPRESSED: readonly Buffer[] = [
  Buffer.from('PK\x03\x04', 'latin1'), // zip: DOCX, XLSX, ODT
  Buffer.from('%PDF', 'latin1'),
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from('GIF8', 'latin1'),
];

function alreadyCompressed(bytes: Buffer): boolean {
  return ALREADY_COMPRESSED.some((magic) => bytes.subarray(0, magic.length).equals(magic));
}

/** The stored form of a file's bytes. */
export function packBlob(bytes: Buffer): { codec: BlobCodec; data: Buffer } {
  if (bytes.length < 64 || bytes.length > PACK_MAX_BYTES || alreadyCompressed(bytes)) return { codec: 'none', data: bytes };
  const packed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return packed.length <= bytes.length * 0.9 ? { codec: 'br', data: packed } : { codec: 'none', data: bytes };
}

/**
 * The original bytes of a stored blob. Throws when packed data is damaged (the caller reports it as a
 * failed SHA-256 check); never returns more than `size` bytes.
 */
export function unpackBlob(codec: string, data: Buffer, size: number): Buffer {
  if (codec === 'none') return data;
  if (codec === 'br') return brotliDecompressSync(data, { maxOutputLength: Math.max(1, size) });
  throw new Error(`unknown blob codec ${codec}`);
}

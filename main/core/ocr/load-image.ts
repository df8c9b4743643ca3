import type { GrayImage } from './gray-image.js';

/**
 * Limits that keep a picture from exhausting memory: a 20,000 × 20,000 px "decompression bomb" is a
 * few hundred KB of PNG but 1.2 GB decoded. Checked from the header before anything is decoded.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** Pages are read at most this long on their long side (an A4 page at ~200 dpi); bigger photos are scaled down. */
export const OCR_MAX_SIDE = 2400;

export class ImageTooLarge extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`image ${width}x${height} exceeds ${MAX_IMAGE_PIXELS} pixels`);
  }
}

/** Pages and size of an image file, from its header. Throws for an unreadable file or a bomb. */
export async function imageInfo(bytes: Uint8Array): Promise<{ pages: number; width: number; height: number }> {
  const { default: sharp } = await import('sharp');
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS) throw new ImageTooLarge(width, height);
  // The real page count: a caller that caps it must say so (extract-scanned.ts refuses too many pages).
  return { pages: meta.pages ?? 1, width, height };
}

/**
 * One page of an image file as the OCR reads it: turned upright from the camera's EXIF orientation,
 * scaled down to OCR_MAX_SIDE, as its red channel (where a red seal stamped over black text almost
 * disappears while the text stays dark) and its grey (where red text stays visible).
 */
export async function loadPage(bytes: Uint8Array, page = 0): Promise<GrayImage> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes, { page, limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize(OCR_MAX_SIDE, OCR_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const channels = info.channels;
  const red = new Uint8Array(n);
  const luma = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = data[i * channels]!;
    const g = data[i * channels + 1]!;
    const b = data[i * channels + 2]!;
    red[i] = r;
    luma[i] = (r * 299 + g * 587 + b * 114) / 1000;
  }
  return { data: red, luma, width: info.width, height: info.height };
}

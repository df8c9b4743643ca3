import type { Box } from './text-boxes.js';

/**
 * A page as the OCR reads it: `data` is the red channel (a red seal stamped over black text fades to
 * paper there), `luma` the ordinary grey (where red text, e.g. a red header, stays visible). Lines are
 * found on `luma` and read from `data`, or from `luma` where the line vanished in red.
 */
export interface GrayImage {
  data: Uint8Array;
  luma?: Uint8Array;
  width: number;
  height: number;
}

/**
 * Samples the (possibly rotated) rectangle `box` of the image into outW × outH pixels, bilinearly;
 * outside the image is white. Reading skewed lines along their own angle makes a photo taken a few
 * degrees off straight read like a flat scan without rotating the whole page.
 */
export function cropLine(image: GrayImage, box: Box, outW: number, outH: number): Uint8Array {
  const out = new Uint8Array(outW * outH);
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  const { data, width, height } = image;
  for (let v = 0; v < outH; v++) {
    const dv = ((v + 0.5) / outH - 0.5) * box.h;
    for (let u = 0; u < outW; u++) {
      const du = ((u + 0.5) / outW - 0.5) * box.w;
      const x = box.cx + du * cos - dv * sin - 0.5;
      const y = box.cy + du * sin + dv * cos - 0.5;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[v * outW + u] = 255;
        continue;
      }
      const fx = x - x0;
      const fy = y - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
      out[v * outW + u] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/** A good-quality (area-averaging) resize through libvips, for the detector's smaller copy. */
export async function resizeGray(image: GrayImage, width: number, height: number): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const raw = { width: image.width, height: image.height, channels: 1 as const };
  const out = await sharp(image.luma ?? image.data, { raw }).resize(width, height, { fit: 'fill', kernel: 'lanczos3' }).extractChannel(0).raw().toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Share of dark pixels: a line that is red text has almost none left in the red channel. */
export function inkShare(pixels: Uint8Array): number {
  let dark = 0;
  for (const v of pixels) if (v < 128) dark++;
  return dark / Math.max(1, pixels.length);
}

// Draws the app icon (resources/packaging/icon.png, 1024×1024) from shapes, so it can be remade without
// a drawing program: `node build/main/app/packaging/make-icon.js`. electron-builder derives the .ico and
// .icns from it. A blue tile, a white page with text lines, and a red seal: a reviewed document.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** An RGBA image as a PNG file. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** The five-pointed star of an official seal (公章), centred on 0,0, point up. */
const STAR = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 1 : 0.382;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return [r * Math.cos(a), r * Math.sin(a)] as const;
});

function inStar(x: number, y: number, radius: number): boolean {
  let inside = false;
  for (let i = 0, j = STAR.length - 1; i < STAR.length; j = i++) {
    const [xi, yi] = [STAR[i]![0] * radius, STAR[i]![1] * radius];
    const [xj, yj] = [STAR[j]![0] * radius, STAR[j]![1] * radius];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function iconPixel(x: number, y: number): Rgba {
  const seal = Math.hypot(x - 700, y - 730);
  if (seal <= 150 && seal >= 118) return [200, 35, 40, 255];
  if (seal < 118 && inStar(x - 700, y - 730, 80)) return [200, 35, 40, 255];
  if (inRoundedRect(x, y, 262, 180, 762, 844, 36)) {
    const line = [320, 400, 480, 560].some((ly) => y >= ly && y <= ly + 28) && x >= 330 && x <= (y < 560 ? 694 : 560);
    return line ? [120, 134, 160, 255] : [255, 255, 255, 255];
  }
  if (inRoundedRect(x, y, 64, 64, 960, 960, 200)) return [31, 78, 154, 255];
  return [0, 0, 0, 0];
}

if (process.argv[1]?.endsWith('make-icon.js')) {
  writeFileSync('resources/packaging/icon.png', encodePng(1024, iconPixel));
  console.log('resources/packaging/icon.png written');
}

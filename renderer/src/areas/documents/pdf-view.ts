import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * pdf.js for the reading view's page pictures: the worker script, the CJK character maps and the
 * standard fonts ship inside the build (Vite copies them as assets) — nothing is fetched from a CDN.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

// Asset URLs by file name: Vite renames assets, so pdf.js's "base URL + file name" cannot find them.
const CMAPS = byFileName(import.meta.glob('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true }));
const FONTS = byFileName(
  import.meta.glob('../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', { query: '?url&no-inline', import: 'default', eager: true }),
);

function byFileName(modules: Record<string, unknown>): Map<string, string> {
  return new Map(Object.entries(modules).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url as string]));
}

/** pdf.js asks this for a character map or a font by file name (see BaseBinaryDataFactory in pdf.js). */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = (kind === 'cMapUrl' ? CMAPS : kind === 'standardFontDataUrl' ? FONTS : undefined)?.get(filename);
    if (!url) throw new Error(`pdf.js data not bundled: ${kind} ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`pdf.js data ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** Opens a PDF for drawing its pages. */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // A copy: pdf.js hands its buffer to the worker (detaching it), and the cached bytes open the PDF again
    // when the reader comes back to it.
    data: bytes.slice(),
    // Read through the factory above, on this side (the worker cannot see Vite's asset names).
    useWorkerFetch: false,
    BinaryDataFactory: BundledDataFactory,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'standard_fonts/',
    // The CSP allows no eval and no wasm compilation; pdf.js then uses its plain JS paths.
    isEvalSupported: false,
    useWasm: false,
  }).promise;
}

/** Draws page `pageNumber` (1-based) of `pdf` into `canvas`, `cssWidth` px wide, sharp on high-DPI screens. */
export function drawPage(pdf: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): { done: Promise<void>; cancel(): void } {
  let cancelled = false;
  let task: RenderTask | null = null;
  const done = (async () => {
    const page = await pdf.getPage(pageNumber);
    if (cancelled) return;
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    task = page.render({ canvas, viewport });
    await task.promise;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
  };
}

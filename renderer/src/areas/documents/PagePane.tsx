import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Image, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useI18n } from '../../i18n';
import { usePageImage, usePdfBytes } from './use-page-view';

/** The page pictures beside the text: scans and photos page by page, PDFs drawn by pdf.js. */
export function PagePane({ documentId, format, page, onPageChange }: { documentId: number; format: 'image' | 'pdf'; page: number; onPageChange(page: number): void }) {
  const { t } = useI18n();
  const [pages, setPages] = useState<number | null>(null);
  const nav = (
    <Space>
      <Button size="small" icon={<LeftOutlined />} disabled={page <= 1} onClick={() => onPageChange(page - 1)} aria-label={t('pages.previous')} />
      <Typography.Text data-testid="page-of">{pages === null ? t('pages.pageN', { n: page }) : t('pages.pageOf', { n: page, total: pages })}</Typography.Text>
      <Button size="small" icon={<RightOutlined />} disabled={pages !== null && page >= pages} onClick={() => onPageChange(page + 1)} aria-label={t('pages.next')} />
    </Space>
  );
  return (
    <Card size="small" title={t('pages.title')} extra={nav} className="rd-page-pane">
      {format === 'image' ? (
        <ImagePage documentId={documentId} page={page} onPages={setPages} />
      ) : (
        <PdfPage documentId={documentId} page={page} onPages={setPages} />
      )}
    </Card>
  );
}

function ImagePage({ documentId, page, onPages }: { documentId: number; page: number; onPages(n: number): void }) {
  const { t } = useI18n();
  const image = usePageImage(documentId, page, true);
  const total = image.data?.pages;
  useEffect(() => {
    if (total) onPages(total);
  }, [total, onPages]);
  if (image.error) return <Alert type="error" message={t('pages.failed', { message: image.error.message })} />;
  if (!image.data) return <Spin />;
  // antd's Image opens a zoomable preview: seals and handwriting need a closer look.
  return <Image src={image.data.url} alt={t('pages.alt', { n: page })} width="100%" data-testid="page-image" />;
}

function PdfPage({ documentId, page, onPages }: { documentId: number; page: number; onPages(n: number): void }) {
  const { t } = useI18n();
  const bytes = usePdfBytes(documentId, true);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!bytes.data) return;
    let open: PDFDocumentProxy | null = null;
    let gone = false;
    // pdf.js is loaded only when a PDF is read: it is the largest script of the app.
    void import('./pdf-view')
      // pdf.js takes the buffer over to its worker: give it a copy, the cached bytes stay usable.
      .then(({ openPdf }) => openPdf(bytes.data.slice()))
      .then((doc) => {
        if (gone) return void doc.destroy();
        open = doc;
        setPdf(doc);
        onPages(doc.numPages);
      })
      .catch((e: Error) => setError(e.message));
    return () => {
      gone = true;
      void open?.destroy();
    };
  }, [bytes.data, onPages]);

  useEffect(() => {
    if (!pdf || !canvas.current || !box.current) return;
    setDrawn(false);
    let drawing: { cancel(): void } | null = null;
    let gone = false;
    void import('./pdf-view').then(({ drawPage }) => {
      if (gone || !canvas.current || !box.current) return;
      drawing = drawPage(pdf, Math.min(page, pdf.numPages), canvas.current, Math.max(200, box.current.clientWidth));
      (drawing as ReturnType<typeof drawPage>).done.then(
        () => !gone && setDrawn(true),
        (e: Error) => !gone && e.name !== 'RenderingCancelledException' && setError(e.message),
      );
    });
    return () => {
      gone = true;
      drawing?.cancel();
    };
  }, [pdf, page]);

  if (bytes.error || error) return <Alert type="error" message={t('pages.failed', { message: bytes.error?.message ?? error ?? '' })} />;
  return (
    <div ref={box} style={{ width: '100%' }}>
      {!drawn && <Spin />}
      <canvas ref={canvas} data-testid="pdf-page" data-page={drawn ? page : undefined} aria-label={t('pages.alt', { n: page })} />
    </div>
  );
}

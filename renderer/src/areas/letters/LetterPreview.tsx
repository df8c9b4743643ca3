import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Typography } from 'antd';
import { useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import { useI18n } from '../../i18n';
import { paginateLetter, pagesHtml, printPages, type PagedLetter } from './paginate-letter';
import { sanitizeLetterHtml } from './sanitize-letter';

interface Props {
  html: string | undefined;
  loading: boolean;
  error: Error | null;
  /** Title for printing (the PDF's default file name). */
  printTitle?: string;
}

const ZOOMS = [0.6, 0.8, 1] as const;

/** The sanitized HTML cut into A4 pages, recomputed when the HTML changes. */
export function usePagedLetter(html: string | undefined): PagedLetter | null {
  const clean = useMemo(() => (html ? sanitizeLetterHtml(html) : ''), [html]);
  const [paged, setPaged] = useState<PagedLetter | null>(null);
  // Measuring needs the fonts laid out in the document, so it runs after render, before paint.
  useLayoutEffect(() => {
    setPaged(clean ? paginateLetter(clean) : null);
  }, [clean]);
  return paged;
}

/** The draft as it will print: A4 pages with page numbers, as the DOCX breaks them; printable. */
export function LetterPreview({ html, loading, error, printTitle }: Props) {
  const { t } = useI18n();
  const [zoom, setZoom] = useState<number>(0.8);
  const paged = usePagedLetter(html);
  return (
    <section aria-label={t('letters.preview')}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('letters.preview')} {loading && <Spin size="small" />}
          {paged && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {t('letters.pages', { n: paged.pages.length })}
            </Typography.Text>
          )}
        </Typography.Title>
        <Space>
          <Button size="small" icon={<PrinterOutlined />} disabled={!paged} onClick={() => paged && printPages(paged, printTitle ?? t('letters.preview'))}>
            {t('letters.print')}
          </Button>
          <Segmented
            aria-label={t('letters.zoom')}
            size="small"
            value={zoom}
            onChange={(v) => setZoom(v)}
            options={ZOOMS.map((z) => ({ value: z, label: `${Math.round(z * 100)}%` }))}
          />
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={t('letters.previewFailed', { message: error.message })} />}
      {!html && !error && <Typography.Text type="secondary">{t('letters.previewLoading')}</Typography.Text>}
      {paged && (
        <div className="letter-desk">
          <div
            className="letter-pages"
            data-testid="letter-preview"
            style={{ '--letter-zoom': zoom } as CSSProperties}
            dangerouslySetInnerHTML={{ __html: pagesHtml(paged) }}
          />
        </div>
      )}
    </section>
  );
}

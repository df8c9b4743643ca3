import { Alert, Segmented, Space, Spin, Typography } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useI18n } from '../../i18n';
import { sanitizeLetterHtml } from './sanitize-letter';

interface Props {
  html: string | undefined;
  loading: boolean;
  error: Error | null;
}

const ZOOMS = [0.6, 0.8, 1] as const;

/** The draft as it will print: the sanitized preview HTML on an A4 sheet. */
export function LetterPreview({ html, loading, error }: Props) {
  const { t } = useI18n();
  const [zoom, setZoom] = useState<number>(0.8);
  const clean = useMemo(() => (html ? sanitizeLetterHtml(html) : ''), [html]);
  return (
    <section aria-label={t('letters.preview')}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('letters.preview')} {loading && <Spin size="small" />}
        </Typography.Title>
        <Segmented
          size="small"
          value={zoom}
          onChange={(v) => setZoom(v)}
          options={ZOOMS.map((z) => ({ value: z, label: `${Math.round(z * 100)}%` }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t('letters.previewFailed', { message: error.message })} />}
      {!html && !error && <Typography.Text type="secondary">{t('letters.previewLoading')}</Typography.Text>}
      {html && (
        <div className="letter-desk">
          <div
            className="letter-paper"
            data-testid="letter-preview"
            style={{ '--letter-zoom': zoom } as CSSProperties}
            dangerouslySetInnerHTML={{ __html: clean }}
          />
        </div>
      )}
    </section>
  );
}

import { ArrowLeftOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { OCR_LOW_CONFIDENCE } from '../../../../shared/domain/document-text';
import type { DocumentDetail } from '../../../../shared/contract/index';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { CorrectBlockPanel } from './CorrectBlockPanel';
import { DocumentHtml } from './DocumentHtml';
import { documentsHref } from './document-route';
import { downloadOriginal } from './download';
import { formatSize, roleLabel } from './format';
import { PagePane } from './PagePane';
import { TextVersionsCard } from './TextVersionsCard';
import { useDocument } from './use-documents';
import { useTextVersions } from './use-page-view';
import { useOfficeClock } from '../../office-clock';

/**
 * One document's text as the reviewer reads it, with its archive facts alongside. Scans, photos and
 * PDFs show the page of the original beside the text (the page of the picked paragraph); OCR text can
 * be corrected paragraph by paragraph, each correction a new text version.
 */
export function ReadingView({ matterId, documentId, block }: { matterId: number; documentId: number; block?: number }) {
  const { t, locale } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const doc = useDocument(documentId);
  const back = (
    <Button icon={<ArrowLeftOutlined />} href={documentsHref(matterId)}>
      {t('documents.backToList')}
    </Button>
  );
  if (doc.error) return <Space direction="vertical">{back}<Alert type="error" message={t('error.load', { message: doc.error.message })} /></Space>;
  if (!doc.data) return <Skeleton active />;
  const d = doc.data;
  const download = () => downloadOriginal(d.id).catch((e: Error) => message.error(t('documents.downloadFailed', { message: e.message })));
  const facts = (
    <Descriptions size="small" column={1} bordered title={t('documents.facts')}>
      <Descriptions.Item label={t('documents.format')}>{d.format.toUpperCase()}</Descriptions.Item>
      <Descriptions.Item label={t('documents.size')}>{formatSize(d.size)}</Descriptions.Item>
      <Descriptions.Item label="SHA-256">
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{d.sha256}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('documents.importedAt')}>{`${clock.dateTime(d.createdAt)} · ${d.createdBy}`}</Descriptions.Item>
      <Descriptions.Item label={t('documents.extractedLabel')}>{t('documents.extracted', { blocks: d.blockCount, chars: d.textChars })}</Descriptions.Item>
      {d.notes.length > 0 && <Descriptions.Item label={t('documents.notes')}>{d.notes.join('；')}</Descriptions.Item>}
    </Descriptions>
  );
  const header = (
    <Space wrap>
      {back}
      <Typography.Title level={4} style={{ margin: 0 }}>{d.fileName}</Typography.Title>
      <Tag color="blue">{roleLabel(d.role, locale)}</Tag>
      <Tag>{t('documents.versionN', { n: d.version })}</Tag>
      <Button icon={<DownloadOutlined />} onClick={() => void download()}>{t('documents.download')}</Button>
    </Space>
  );
  if (d.format === 'image' || d.format === 'pdf') {
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {header}
        <PagedReading key={d.id} matterId={matterId} document={d} format={d.format} block={block} />
        {facts}
      </Space>
    );
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {header}
      <Row gutter={16}>
        <Col xs={24} xl={18}>
          {d.blocks.length === 0 ? (
            <Empty description={t('documents.noText')} />
          ) : (
            <DocumentHtml html={d.html} block={block} label={t('documents.readingLabel', { name: d.fileName })} />
          )}
        </Col>
        <Col xs={24} xl={6}>{facts}</Col>
      </Row>
    </Space>
  );
}

/** Text beside the page pictures; a picked OCR paragraph turns the page to where it was read and can be corrected. */
function PagedReading({ matterId, document: d, format, block }: { matterId: number; document: DocumentDetail; format: 'image' | 'pdf'; block?: number }) {
  const { t } = useI18n();
  const can = useCan();
  const ocrBlocks = d.blocks.filter((b) => b.ocr);
  const hasOcr = ocrBlocks.length > 0;
  const versions = useTextVersions(d.id, hasOcr);
  const [selected, setSelected] = useState<number | undefined>(block);
  const [page, setPage] = useState(() => (block !== undefined ? d.blocks[block]?.ocr?.page : undefined) ?? ocrBlocks[0]?.ocr?.page ?? 1);
  const [correcting, setCorrecting] = useState(false);
  const pick = useCallback(
    (index: number) => {
      setSelected(index);
      const at = d.blocks[index]?.ocr?.page;
      if (at) setPage(at);
    },
    [d.blocks],
  );
  const picked = selected === undefined ? undefined : d.blocks[selected];
  const pickedOcr = picked?.ocr ? { ...picked, ocr: picked.ocr } : undefined;
  const current = versions.data?.current;
  const correctedTitle = useCallback((n: number) => t('pages.corrected', { n }), [t]);
  const canCorrect = can('documents.correctText');
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          {hasOcr && <Alert type="info" showIcon message={t('pages.hint')} />}
          <Space wrap>
            {current !== undefined && <Tag color="geekblue" data-testid="text-version">{t('pages.versionTag', { n: current })}</Tag>}
            {picked && (
              <Typography.Text type="secondary">
                {pickedOcr
                  ? t('pages.selected', { n: pickedOcr.index + 1, page: pickedOcr.ocr.page, p: Math.round(pickedOcr.ocr.confidence * 100) })
                  : t('pages.selectedPlain', { n: picked.index + 1 })}
              </Typography.Text>
            )}
            {hasOcr && canCorrect && (
              <Tooltip title={picked && !pickedOcr ? t('pages.ocrOnly') : undefined}>
                <Button icon={<EditOutlined />} disabled={!pickedOcr || current === undefined} onClick={() => setCorrecting(true)}>
                  {t('pages.correct')}
                </Button>
              </Tooltip>
            )}
          </Space>
          {correcting && pickedOcr && current !== undefined && (
            <CorrectBlockPanel key={`${pickedOcr.index}-${current}`} documentId={d.id} matterId={matterId} block={pickedOcr} baseVersion={current} onClose={() => setCorrecting(false)} />
          )}
          {d.blocks.length === 0 ? (
            <Empty description={t('documents.noText')} />
          ) : (
            <DocumentHtml
              html={d.html}
              block={block}
              label={t('documents.readingLabel', { name: d.fileName })}
              lowConfidence={ocrBlocks.filter((b) => b.ocr!.confidence < OCR_LOW_CONFIDENCE && !b.ocr!.correctedIn).map((b) => b.index)}
              lowConfidenceTitle={t('documents.ocrLow')}
              corrected={ocrBlocks.flatMap((b) => (b.ocr!.correctedIn ? [{ index: b.index, version: b.ocr!.correctedIn }] : []))}
              correctedTitle={correctedTitle}
              selected={selected}
              onSelect={pick}
            />
          )}
          {versions.data && versions.data.versions.length > 1 && <TextVersionsCard versions={versions.data} />}
        </Space>
      </Col>
      <Col xs={24} xl={12}>
        <PagePane documentId={d.id} format={format} page={page} onPageChange={setPage} />
      </Col>
    </Row>
  );
}

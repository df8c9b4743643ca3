import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { OCR_LOW_CONFIDENCE } from '../../../../shared/domain/document-text';
import { DocumentHtml } from './DocumentHtml';
import { documentsHref } from './document-route';
import { downloadOriginal } from './download';
import { formatSize, roleLabel } from './format';
import { useDocument } from './use-documents';
import { useOfficeClock } from '../../office-clock';

/** One document's text as the reviewer reads it, with its archive facts alongside. */
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
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {back}
        <Typography.Title level={4} style={{ margin: 0 }}>{d.fileName}</Typography.Title>
        <Tag color="blue">{roleLabel(d.role, locale)}</Tag>
        <Tag>{t('documents.versionN', { n: d.version })}</Tag>
        <Button icon={<DownloadOutlined />} onClick={() => void download()}>{t('documents.download')}</Button>
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={18}>
          {d.blocks.length === 0 ? (
            <Empty description={t('documents.noText')} />
          ) : (
            <DocumentHtml
              html={d.html}
              block={block}
              label={t('documents.readingLabel', { name: d.fileName })}
              lowConfidence={d.blocks.filter((b) => b.ocr && b.ocr.confidence < OCR_LOW_CONFIDENCE).map((b) => b.index)}
              lowConfidenceTitle={t('documents.ocrLow')}
            />
          )}
        </Col>
        <Col xs={24} xl={6}>
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
        </Col>
      </Row>
    </Space>
  );
}

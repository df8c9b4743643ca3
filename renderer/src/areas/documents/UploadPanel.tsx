import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Progress, Select, Space, Typography, Upload } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useRef, useState } from 'react';
import { DOCUMENT_ROLES, type DocumentRole } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { formatSize, roleLabel } from './format';
import { cancelImport, MAX_TRANSPORT_BYTES, uploadFile, type UploadOutcome } from './upload-file';
import { documentKeys } from './use-documents';

const ACCEPT = '.docx,.pdf,.txt,.doc,.wps,.jpg,.jpeg,.png,.tif,.tiff';
/** Results shown at once: a batch of files must not push the document list below a laptop window (issue 20). */
const SHOWN_RESULTS = 3;

/** Attach files to the matter: choose the role (and optionally the version), then drop or pick files. */
export function UploadPanel({ matterId }: { matterId: number }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<DocumentRole>('submitted');
  const [version, setVersion] = useState<number | null>(null);
  const [busy, setBusy] = useState(0);
  const [outcomes, setOutcomes] = useState<UploadOutcome[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [ocr, setOcr] = useState<{ jobId: string; name: string; done: number; total: number } | null>(null);
  // Files dropped together are uploaded one after another, in the order given.
  const queue = useRef(Promise.resolve());

  const enqueue = (file: File) => {
    setBusy((n) => n + 1);
    queue.current = queue.current.then(async () => {
      const tooLarge = (name: string) => t('documents.tooLarge', { name, limit: formatSize(MAX_TRANSPORT_BYTES) });
      const jobId = crypto.randomUUID();
      const onProgress = (p: { done: number; total: number }) => setOcr({ jobId, name: file.name, ...p });
      const outcome = await uploadFile(matterId, file, role, version ?? undefined, tooLarge, { jobId, onProgress });
      setOcr(null);
      setOutcomes((list) => [outcome, ...list].slice(0, 20));
      setBusy((n) => n - 1);
      if (outcome.kind !== 'refused') {
        await queryClient.invalidateQueries({ queryKey: documentKeys.list(matterId) });
        await queryClient.invalidateQueries({ queryKey: ['search.query'] });
      }
    });
    return false;
  };

  return (
    <Card size="small" title={t('documents.uploadTitle')}>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('documents.role')} htmlFor="document-role">
          <Select<DocumentRole>
            id="document-role"
            value={role}
            onChange={setRole}
            style={{ width: 160 }}
            options={DOCUMENT_ROLES.map((r) => ({ value: r, label: roleLabel(r, locale) }))}
          />
        </Form.Item>
        <Form.Item label={t('documents.version')} htmlFor="document-version">
          <NumberInput id="document-version" min={1} max={999} value={version} onChange={setVersion} placeholder={t('documents.versionAuto')} style={{ width: 120 }} />
        </Form.Item>
      </Form>
      <Upload.Dragger multiple accept={ACCEPT} showUploadList={false} beforeUpload={enqueue} disabled={busy > 0}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy > 0 ? t('documents.uploading', { n: busy }) : t('documents.dropHere')}</p>
        <p className="ant-upload-hint">{t('documents.dropHint')}</p>
      </Upload.Dragger>
      {ocr && (
        <Space style={{ width: '100%', marginTop: 12 }} role="status">
          <Typography.Text>{t('documents.ocrProgress', { name: ocr.name, done: ocr.done, total: ocr.total })}</Typography.Text>
          <Progress percent={Math.round((ocr.done / Math.max(1, ocr.total)) * 100)} size="small" style={{ width: 200 }} />
          <Button size="small" onClick={() => void cancelImport(ocr.jobId)}>
            {t('documents.ocrCancel')}
          </Button>
        </Space>
      )}
      {outcomes.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} role="log" aria-label={t('documents.uploadResults')}>
          {(showAll ? outcomes : outcomes.slice(0, SHOWN_RESULTS)).map((o, i) => (
            <OutcomeAlert key={`${outcomes.length - i}-${o.fileName}`} outcome={o} />
          ))}
          <Space size={4}>
            {outcomes.length > SHOWN_RESULTS && (
              <Button type="link" size="small" onClick={() => setShowAll((v) => !v)}>
                {showAll ? t('documents.resultsFewer') : t('documents.resultsMore', { n: outcomes.length - SHOWN_RESULTS })}
              </Button>
            )}
            <Button
              type="link"
              size="small"
              onClick={() => {
                setOutcomes([]);
                setShowAll(false);
              }}
            >
              {t('documents.resultsClear')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}

function OutcomeAlert({ outcome }: { outcome: UploadOutcome }) {
  const { t, locale } = useI18n();
  if (outcome.kind === 'refused') {
    return <Alert type="error" showIcon message={t('documents.refused', { name: outcome.fileName })} description={outcome.message} />;
  }
  const d = outcome.result.document;
  const where = `${roleLabel(d.role, locale)} ${t('documents.versionN', { n: d.version })}`;
  if (outcome.kind === 'duplicate') {
    return (
      <Alert
        type="info"
        showIcon
        message={t('documents.duplicate', { name: outcome.fileName })}
        description={<Typography.Text>{t('documents.duplicateDetail', { existing: d.fileName, where })}</Typography.Text>}
      />
    );
  }
  return <Alert type="success" showIcon message={t('documents.imported', { name: outcome.fileName, where })} />;
}

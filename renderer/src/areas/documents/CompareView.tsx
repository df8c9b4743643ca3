import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Segmented, Select, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { DiffTable } from './DiffTable';
import { documentsHref, goToDocuments } from './document-route';
import { roleLabel } from './format';
import { documentKeys, useDocumentList } from './use-documents';

/** Two versions of a document compared paragraph by paragraph; the older one goes on the left. */
export function CompareView({ matterId, a, b }: { matterId: number; a?: number; b?: number }) {
  const { t, locale } = useI18n();
  const list = useDocumentList(matterId);
  const [mode, setMode] = useState<'side' | 'inline'>('side');
  const [changesOnly, setChangesOnly] = useState(false);
  const docs = list.data?.items ?? [];
  const describe = (d: DocumentSummary) => `${roleLabel(d.role, locale)} ${t('documents.versionN', { n: d.version })} · ${d.fileName}`;
  const options = docs.map((d) => ({ value: d.id, label: describe(d) }));
  const choose = (nextA?: number, nextB?: number) => goToDocuments(matterId, { kind: 'compare', a: nextA, b: nextB });
  const ready = a !== undefined && b !== undefined && a !== b;
  const result = useQuery({
    queryKey: documentKeys.compare(a ?? 0, b ?? 0),
    queryFn: () => call('documents.compare', { aId: a!, bId: b! }),
    enabled: ready,
  });
  const byId = (id?: number) => docs.find((d) => d.id === id);
  const labelA = byId(a) ? describe(byId(a)!) : t('documents.compareOld');
  const labelB = byId(b) ? describe(byId(b)!) : t('documents.compareNew');
  const paragraphs = (result.data?.paragraphs ?? []).filter((p) => !changesOnly || p.op !== 'same');
  const counts = result.data?.counts;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} href={documentsHref(matterId)}>{t('documents.backToList')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('documents.compareTitle')}</Typography.Title>
      </Space>
      <Space wrap>
        <Select aria-label={t('documents.compareOld')} placeholder={t('documents.compareOld')} style={{ width: 320 }} value={a} options={options} onChange={(v: number) => choose(v, b)} />
        <span>→</span>
        <Select aria-label={t('documents.compareNew')} placeholder={t('documents.compareNew')} style={{ width: 320 }} value={b} options={options} onChange={(v: number) => choose(a, v)} />
        <Button onClick={() => choose(b, a)} disabled={!ready}>{t('documents.compareSwap')}</Button>
      </Space>
      <Space wrap>
        <Segmented<'side' | 'inline'>
          aria-label={t('documents.compareMode')}
          value={mode}
          onChange={setMode}
          options={[{ value: 'side', label: t('documents.compareSide') }, { value: 'inline', label: t('documents.compareInline') }]}
        />
        <label style={{ cursor: 'pointer' }}>
          <Switch checked={changesOnly} onChange={setChangesOnly} size="small" /> {t('documents.changesOnly')}
        </label>
      </Space>
      {counts && (
        <Space wrap aria-label={t('documents.compareCounts')}>
          <Tag color="green">{t('documents.count.added', { n: counts.added })}</Tag>
          <Tag color="red">{t('documents.count.removed', { n: counts.removed })}</Tag>
          <Tag color="orange">{t('documents.count.changed', { n: counts.changed })}</Tag>
          <Tag>{t('documents.count.same', { n: counts.same })}</Tag>
        </Space>
      )}
      {!ready && <Alert type="info" showIcon message={t('documents.compareChoose')} />}
      {result.error && <Alert type="error" message={t('error.load', { message: result.error.message })} />}
      {ready && result.isLoading && <Skeleton active />}
      {result.data && paragraphs.length === 0 && <Empty description={t('documents.noDifferences')} />}
      {result.data && paragraphs.length > 0 && <DiffTable paragraphs={paragraphs} mode={mode} labels={{ a: labelA, b: labelB }} />}
    </Space>
  );
}

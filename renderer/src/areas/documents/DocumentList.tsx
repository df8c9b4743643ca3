import { DiffOutlined, DownloadOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentRole, DocumentSummary } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { documentsHref, goToDocuments } from './document-route';
import { downloadOriginal } from './download';
import { formatSize, roleLabel } from './format';
import { useDocumentList } from './use-documents';
import { useOfficeClock } from '../../office-clock';

const ROLE_COLOR: Record<DocumentRole, string> = { submitted: 'blue', revised: 'gold', minutes: 'purple', attachment: 'default' };

/** Every document of the matter, with reading, download and picking two versions to compare. */
export function DocumentList({ matterId }: { matterId: number }) {
  const { t, locale } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const list = useDocumentList(matterId);
  const [selected, setSelected] = useState<number[]>([]);
  const download = (id: number) => downloadOriginal(id).catch((e: Error) => message.error(t('documents.downloadFailed', { message: e.message })));
  const compare = () => {
    const [a, b] = [...selected].sort((x, y) => x - y);
    if (a && b) goToDocuments(matterId, { kind: 'compare', a, b });
  };
  const items = list.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('documents.listTitle', { n: items.length })}
      extra={
        <Tooltip title={t('documents.compareHint')}>
          <Button icon={<DiffOutlined />} disabled={selected.length !== 2} onClick={compare}>
            {t('documents.compareSelected')}
          </Button>
        </Tooltip>
      }
    >
      {list.error && <Alert type="error" message={t('error.load', { message: list.error.message })} />}
      <Table<DocumentSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('documents.empty') }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number).slice(-2)),
          columnTitle: t('documents.pick'),
          getCheckboxProps: (d) => ({ 'aria-label': t('documents.pickOne', { name: d.fileName }) }),
        }}
        columns={[
          { title: t('documents.role'), dataIndex: 'role', width: 120, render: (r: DocumentRole) => <Tag color={ROLE_COLOR[r]}>{roleLabel(r, locale)}</Tag> },
          { title: t('documents.version'), dataIndex: 'version', width: 80, render: (v: number) => t('documents.versionN', { n: v }) },
          {
            title: t('documents.fileName'),
            dataIndex: 'fileName',
            render: (name: string, d) => <a href={documentsHref(matterId, { kind: 'read', id: d.id })}>{name}</a>,
          },
          { title: t('documents.size'), dataIndex: 'size', width: 90, render: (n: number) => formatSize(n) },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 130,
            render: (sha: string) => (
              <Tooltip title={sha}>
                <Typography.Text code copyable={{ text: sha }}>{sha.slice(0, 10)}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('documents.importedAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (at: string, d) => (
              <Space direction="vertical" size={0}>
                <span>{clock.dateTime(at)}</span>
                <Typography.Text type="secondary">{d.createdBy}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('documents.notes'),
            dataIndex: 'notes',
            render: (notes: string[], d) => (
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary">{t('documents.extracted', { blocks: d.blockCount, chars: d.textChars })}</Typography.Text>
                {notes.map((n) => (
                  <Typography.Text key={n} type="warning">{n}</Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            title: t('documents.actions'),
            key: 'actions',
            width: 190,
            render: (_, d) => (
              <Space size="small">
                <Button size="small" icon={<ReadOutlined />} href={documentsHref(matterId, { kind: 'read', id: d.id })}>
                  {t('documents.read')}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(d.id)}>
                  {t('documents.download')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

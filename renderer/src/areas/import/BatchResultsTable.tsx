import { Table, Tag } from 'antd';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { documentsHref } from '../documents/document-route';
import { formatSize } from '../documents/format';
import type { FileResult, FileStatus } from './batch-runner';

const STATUS: Record<FileStatus, { label: MessageKey; color: string }> = {
  pending: { label: 'import.status.pending', color: 'default' },
  running: { label: 'import.status.running', color: 'processing' },
  imported: { label: 'import.status.imported', color: 'success' },
  duplicate: { label: 'import.status.duplicate', color: 'blue' },
  refused: { label: 'import.status.refused', color: 'error' },
  cancelled: { label: 'import.status.cancelled', color: 'default' },
};

/** One row per file: what happened to it, the matter it became, or why it was refused. */
export function BatchResultsTable({ results }: { results: FileResult[] }) {
  const { t } = useI18n();
  return (
    <Table<FileResult>
      rowKey="key"
      size="small"
      dataSource={results}
      pagination={{ pageSize: 100, hideOnSinglePage: true }}
      aria-label={t('import.results')}
      columns={[
        { title: '#', key: 'n', width: 56, render: (_, r) => r.key + 1 },
        { title: t('import.file'), dataIndex: 'path' },
        { title: t('documents.size'), dataIndex: 'size', width: 90, render: (n: number) => formatSize(n) },
        {
          title: t('import.result'),
          dataIndex: 'status',
          width: 110,
          render: (s: FileStatus) => <Tag color={STATUS[s].color}>{t(STATUS[s].label)}</Tag>,
        },
        {
          title: t('import.matter'),
          key: 'matter',
          render: (_, r) =>
            r.matter ? <a href={documentsHref(r.matter.id)}>{`${r.matter.serial} ${r.matter.title}`}</a> : null,
        },
        { title: t('import.reason'), dataIndex: 'reason', render: (reason?: string) => reason ?? '' },
      ]}
    />
  );
}

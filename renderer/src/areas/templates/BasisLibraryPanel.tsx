import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import type { LegalBasisEntry } from '../../../../shared/domain/checklist';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { CERTAINTY_COLOR, checklistLabels } from '../review/checklist-labels';
import { BasisEntryForm } from './BasisEntryForm';

/** The legal-basis library (法律依据库): search by law, short name, article or words of the summary. */
export function BasisLibraryPanel() {
  const { t, locale } = useI18n();
  // Reading the libraries is for everyone in the office; changing them for the reviewing staff and the admin.
  const mayWrite = useCan()('library.basis.save');
  const marks = checklistLabels(locale);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ entry: LegalBasisEntry | null } | null>(null);
  const q = useDeferredValue(query.trim());
  const hits = useQuery({
    queryKey: ['library.basis.search', q, 'page'],
    queryFn: () => call('library.basis.search', { query: q, limit: 200 }),
    placeholderData: (previous) => previous,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={t('library.basis.notice')} />
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('library.basis.search')}
          placeholder={t('library.basis.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 420 }}
        />
        {mayWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ entry: null })}>
            {t('library.basis.add')}
          </Button>
        )}
      </Space>
      {hits.error && <Alert type="error" title={hits.error.message} />}
      <Table<LegalBasisEntry>
        rowKey="id"
        size="small"
        loading={hits.isLoading}
        dataSource={hits.data ?? []}
        pagination={{ pageSize: 50, showTotal: (n) => t('library.total', { n }) }}
        columns={[
          { title: t('library.basis.law'), dataIndex: 'law', width: 260 },
          { title: t('library.basis.article'), dataIndex: 'article', width: 110 },
          {
            title: t('library.basis.summary'),
            dataIndex: 'summary',
            render: (summary: string, e) => (
              <>
                <Tag color={e.verbatim ? 'green' : 'default'}>{e.verbatim ? t('library.basis.verbatimTag') : t('library.basis.summaryTag')}</Tag>
                <Typography.Text>{summary}</Typography.Text>
                {e.note && <Typography.Text type="secondary" style={{ display: 'block' }}>{e.note}</Typography.Text>}
              </>
            ),
          },
          {
            title: t('library.basis.version'),
            key: 'version',
            width: 150,
            render: (_: unknown, e) => [e.version, e.effectiveDate].filter(Boolean).join(' · ') || '—',
          },
          {
            title: t('library.basis.certainty'),
            dataIndex: 'certainty',
            width: 110,
            render: (c: LegalBasisEntry['certainty']) => (
              <Tooltip title={t(`review.certainty.${c}` as const)}>
                <Tag color={CERTAINTY_COLOR[c]}>{marks.certainty(c)}</Tag>
              </Tooltip>
            ),
          },
          {
            title: t('templates.col.actions'),
            key: 'actions',
            width: 70,
            render: (_: unknown, e) =>
              mayWrite && (
                <Button size="small" type="link" onClick={() => setEditing({ entry: e })}>
                  {t('templates.edit')}
                </Button>
              ),
          },
        ]}
      />
      <BasisEntryForm open={editing !== null} entry={editing?.entry ?? null} onClose={() => setEditing(null)} />
    </Space>
  );
}

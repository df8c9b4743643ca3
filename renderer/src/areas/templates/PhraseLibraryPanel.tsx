import { useQuery } from '@tanstack/react-query';
import { Alert, Input, Select, Space, Table, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import type { Phrase } from '../../../../shared/domain/checklist';
import { MATTER_TYPES, type MatterType, type Severity } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { clearable } from '../../i18n/clearable';

/** The opinion phrase library (常用审查意见), shipped and the office's own. */
export function PhraseLibraryPanel() {
  const { t, labels } = useI18n();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<MatterType | undefined>();
  const q = useDeferredValue(query.trim());
  const hits = useQuery({
    queryKey: ['library.phrases', q, type, 'page'],
    queryFn: () => call('library.phrases.search', { query: q, matterType: type, limit: 200 }),
    placeholderData: (previous) => previous,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('library.phrases.notice')} />
      <Space wrap>
        <Input.Search allowClear aria-label={t('library.phrases.search')} placeholder={t('library.phrases.search')} value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: 360 }} />
        <Select allowClear={clearable(t)} aria-label={t('templates.filterType')} placeholder={t('templates.filterType')} style={{ width: 240 }} value={type} onChange={setType} options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))} />
      </Space>
      {hits.error && <Alert type="error" title={hits.error.message} />}
      <Table<Phrase>
        rowKey="id"
        size="small"
        loading={hits.isLoading}
        dataSource={hits.data ?? []}
        pagination={{ pageSize: 50, showTotal: (n) => t('library.total', { n }) }}
        columns={[
          { title: t('library.phrases.text'), dataIndex: 'text' },
          { title: t('library.phrases.severity'), dataIndex: 'severity', width: 90, render: (s?: Severity) => (s ? labels.severity(s) : '—') },
          { title: t('library.phrases.items'), dataIndex: 'itemIds', width: 120, render: (ids: string[]) => ids.join('、') || '—' },
          {
            title: t('library.phrases.tags'),
            dataIndex: 'tags',
            width: 160,
            render: (tags: string[], p) => (
              <>
                {p.id.startsWith('office-') && <Tag color="blue">{t('templates.source.office')}</Tag>}
                {tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </>
            ),
          },
        ]}
      />
    </Space>
  );
}

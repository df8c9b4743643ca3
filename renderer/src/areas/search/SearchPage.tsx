import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Pagination, Skeleton, Space, Tabs, Typography } from 'antd';
import { LetterHitItem, OpinionHitItem } from './ArchiveHits';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import '../documents/documents.css';
import { SearchForm } from './SearchForm';
import { SearchHitItem } from './SearchHitItem';
import { goToSearch, PAGE_SIZE, parseSearch } from './search-params';

/** 全文检索 over document text and matter titles, with type, unit and year filters. */
export function SearchPage({ params }: { params?: string }) {
  const { t } = useI18n();
  const state = parseSearch(params);
  const input = {
    query: state.q,
    type: state.type,
    unit: state.unit,
    year: state.year,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
  const result = useQuery({ queryKey: ['search.query', input], queryFn: () => call('search.query', input), enabled: state.q !== '' });
  const hits = result.data?.hits ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('search.title')}</Typography.Title>
      <SearchForm state={state} onChange={goToSearch} />
      {state.q === '' && <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>}
      {result.error && <Alert type="error" message={result.error.message} />}
      {result.isLoading && <Skeleton active />}
      {result.data?.indexing && (
        <Alert type="warning" showIcon role="status" message={t('search.indexing', { done: result.data.indexing.done, total: result.data.indexing.total })} />
      )}
      {result.data && (
        <section aria-label={t('search.results')}>
          <Typography.Text type="secondary" role="status">{t('search.total', { n: result.data.total })}</Typography.Text>
          <Tabs
            items={[
              {
                key: 'sources',
                label: t('search.sources', { n: result.data.total }),
                children: (
                  <>
                    {hits.length === 0 ? <Empty description={t('search.none', { q: state.q })} /> : hits.map((h, i) => <SearchHitItem key={`${h.kind}-${h.documentId ?? h.matterId}-${i}`} hit={h} />)}
                    {result.data.total > PAGE_SIZE && (
                      <Pagination
                        style={{ marginTop: 16 }}
                        current={state.page}
                        pageSize={PAGE_SIZE}
                        total={result.data.total}
                        showSizeChanger={false}
                        onChange={(page) => goToSearch({ ...state, page })}
                      />
                    )}
                  </>
                ),
              },
              {
                key: 'opinions',
                label: t('search.opinions', { n: result.data.opinions.length }),
                children: <List dataSource={result.data.opinions} renderItem={(h) => <OpinionHitItem hit={h} />} />,
              },
              {
                key: 'letters',
                label: t('search.letters', { n: result.data.letters.length }),
                children: <List dataSource={result.data.letters} renderItem={(h) => <LetterHitItem hit={h} />} />,
              },
            ]}
          />
        </section>
      )}
    </Space>
  );
}

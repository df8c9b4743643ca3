import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Select, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerFilter, LedgerSortField } from '../../../../shared/contract/index';
import type { MatterType, ReviewResult, ShownStatus } from '../../../../shared/domain/matter';
import { MATTER_TYPES, REVIEW_RESULTS } from '../../../../shared/domain/matter-vocabulary';
import { SHOWN_STATUSES } from '../../../../shared/domain/shown-status';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { downloadExport } from './download';
import { CountyReportButton } from './CountyReportButton';
import { LedgerSummaryLine } from './LedgerSummaryLine';
import { LedgerTable } from './LedgerTable';
import { useLedgerColumns } from './ledger-columns';
import { useLedgerPages, usePrefetchLedger } from './use-ledger-pages';
import { clearable } from '../../i18n/clearable';

type Filter = Omit<LedgerFilter, 'sort' | 'order'>;
type Sort = { field: LedgerSortField; order: 'asc' | 'desc' };

/** Table height that fills the window below the filters; the table virtualizes its rows. */
function useTableHeight(): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - 300));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(320, window.innerHeight - 300));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The ledger (台账): every matter with the office's columns, filters, sort, text filter and exports. */
export function LedgerPage() {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<Sort>({ field: 'receivedOn', order: 'desc' });
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const full: LedgerFilter = { ...filter, sort: sort.field, order: sort.order };
  const options = useQuery({ queryKey: ['ledger.options'], queryFn: () => call('ledger.options', {}) });
  // One page at a time as the table scrolls; the exports below still take the whole filtered set.
  const ledger = useLedgerPages(full);
  const prefetch = usePrefetchLedger();
  const exporter = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => call('ledger.export', { filter: full, format }),
    onSuccess: async (file) => {
      if (await downloadExport(file)) message.success(t('ledger.exported', { n: file.rows, file: file.fileName }));
    },
    onError: (e) => message.error(e.message),
  });
  const height = useTableHeight();
  /** Applies a filter change; its first page is asked for before React renders the change. */
  const change = (next: Filter, nextSort: Sort = sort) => {
    prefetch({ ...next, sort: nextSort.field, order: nextSort.order });
    setFilter(next);
    setSort(nextSort);
  };
  const set = (patch: Filter) => change({ ...filter, ...patch });
  const columns = useLedgerColumns(sort);
  // Stable, so the memoised table is not re-rendered by a keystroke or the spinner.
  const { showing } = ledger;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const onSort = useCallback(
    (next: Sort) => {
      prefetch({ ...filterRef.current, sort: next.field, order: next.order });
      setSort(next);
    },
    [prefetch],
  );
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Space align="baseline" style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ledger.title')}
        </Typography.Title>
        <Space>
          <Button type="primary" onClick={() => exporter.mutate('xlsx')} loading={exporter.isPending && exporter.variables === 'xlsx'}>
            {t('ledger.exportXlsx')}
          </Button>
          <Button onClick={() => exporter.mutate('csv')} loading={exporter.isPending && exporter.variables === 'csv'}>
            {t('ledger.exportCsv')}
          </Button>
          <CountyReportButton />
        </Space>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('ledger.search')}
          placeholder={t('ledger.search')}
          style={{ width: 280 }}
          onSearch={(v) => set({ query: v.trim() || undefined })}
        />
        <Select
          mode="multiple"
          allowClear={clearable(t)}
          aria-label={t('ledger.types')}
          placeholder={t('ledger.types')}
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
          value={filter.types ?? []}
          onChange={(v: MatterType[]) => set({ types: v.length ? v : undefined })}
          options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))}
        />
        <Select
          allowClear={clearable(t)}
          showSearch
          aria-label={t('ledger.unit')}
          placeholder={t('ledger.unit')}
          style={{ width: 180 }}
          value={filter.submittingUnit}
          onChange={(v?: string) => set({ submittingUnit: v })}
          options={(options.data?.units ?? []).map((v) => ({ value: v, label: v }))}
        />
        <Select
          allowClear={clearable(t)}
          showSearch
          aria-label={t('ledger.township')}
          placeholder={t('ledger.township')}
          style={{ width: 140 }}
          value={filter.township}
          onChange={(v?: string) => set({ township: v })}
          options={(options.data?.townships ?? []).map((v) => ({ value: v, label: v }))}
        />
        <Select
          mode="multiple"
          allowClear={clearable(t)}
          aria-label={t('ledger.statuses')}
          placeholder={t('ledger.statuses')}
          style={{ minWidth: 140 }}
          maxTagCount="responsive"
          value={filter.statuses ?? []}
          onChange={(v: ShownStatus[]) => set({ statuses: v.length ? v : undefined })}
          options={SHOWN_STATUSES.map((v) => ({ value: v, label: labels.shownStatusName(v) }))}
        />
        <Select
          allowClear={clearable(t)}
          aria-label={t('ledger.reviewer')}
          placeholder={t('ledger.reviewer')}
          style={{ width: 120 }}
          value={filter.reviewerId}
          onChange={(v?: number) => set({ reviewerId: v })}
          options={(options.data?.reviewers ?? []).map((r) => ({ value: r.id, label: r.name }))}
        />
        <Select
          allowClear={clearable(t)}
          aria-label={t('ledger.result')}
          placeholder={t('ledger.result')}
          style={{ width: 130 }}
          value={filter.result}
          onChange={(v?: ReviewResult | 'none') => set({ result: v })}
          options={[...REVIEW_RESULTS.map((v) => ({ value: v as ReviewResult | 'none', label: labels.result(v) })), { value: 'none', label: t('ledger.resultNone') }]}
        />
        <DatePicker.RangePicker
          aria-label={t('ledger.range')}
          placeholder={[t('ledger.range'), t('ledger.range')]}
          value={range}
          allowEmpty={[true, true]}
          onChange={(v) => {
            setRange(v);
            set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') });
          }}
        />
        <Button
          onClick={() => {
            change({});
            setRange(null);
          }}
        >
          {t('ledger.reset')}
        </Button>
      </Space>
      {ledger.error && <Alert type="error" message={t('error.load', { message: ledger.error.message })} />}
      <Space size="large" wrap>
        <Typography.Text type="secondary" data-testid="ledger-count">
          {ledger.elapsedMs !== undefined ? t('ledger.count', { n: ledger.total, ms: ledger.elapsedMs }) : ' '}
        </Typography.Text>
        {ledger.summary && <LedgerSummaryLine summary={ledger.summary} />}
      </Space>
      {/* The spinner covers only a filter or sort change; pages arriving while scrolling fill in quietly. */}
      <Spin spinning={!ledger.current && ledger.fetching}>
        <LedgerTable slots={ledger.slots} columns={columns} height={height} emptyText={t('ledger.empty')} onShowing={showing} onSort={onSort} />
      </Spin>
    </Space>
  );
}

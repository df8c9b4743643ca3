import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerFilter, LedgerSortField } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { downloadExport } from './download';
import { CountyReportButton } from './CountyReportButton';
import { type DateRange, LedgerFilters, type LedgerFilterValues } from './LedgerFilters';
import { LedgerSummaryLine } from './LedgerSummaryLine';
import { LedgerTable } from './LedgerTable';
import { useLedgerColumns } from './ledger-columns';
import { useLedgerPages, usePrefetchLedger } from './use-ledger-pages';

type Filter = LedgerFilterValues;
type Sort = { field: LedgerSortField; order: 'asc' | 'desc' };

const SPINNER_DELAY_MS = 300;

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
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<Sort>({ field: 'receivedOn', order: 'desc' });
  const [range, setRange] = useState<DateRange>(null);
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
  const columns = useLedgerColumns(sort);
  // The handlers below stay the same functions (they read the current filter and sort from refs), so the
  // memoised filters and table are not re-rendered by a keystroke, the spinner or the rows arriving.
  const { showing } = ledger;
  const current = useRef({ filter, sort });
  current.current = { filter, sort };
  /** Applies a filter change (null: clear all); its first page is asked for before React renders the change. */
  const apply = useCallback(
    (patch: Filter | null) => {
      const { filter: was, sort: by } = current.current;
      const next = patch === null ? {} : { ...was, ...patch };
      prefetch({ ...next, sort: by.field, order: by.order });
      setFilter(next);
    },
    [prefetch],
  );
  const onSort = useCallback(
    (next: Sort) => {
      prefetch({ ...current.current.filter, sort: next.field, order: next.order });
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
      <LedgerFilters filter={filter} range={range} options={options.data} apply={apply} setRange={setRange} />
      {ledger.error && <Alert type="error" message={t('error.load', { message: ledger.error.message })} />}
      <Space size="large" wrap>
        <Typography.Text type="secondary" data-testid="ledger-count">
          {ledger.elapsedMs !== undefined ? t('ledger.count', { n: ledger.total, ms: ledger.elapsedMs }) : ' '}
        </Typography.Text>
        {ledger.summary && <LedgerSummaryLine summary={ledger.summary} />}
      </Space>
      {/* The spinner covers only a filter or sort change; pages arriving while scrolling fill in quietly. It
          shows only when the rows take longer than a blink: a usual change (≈ 0.2 s) would otherwise flash it
          and pay for blurring and un-blurring the whole table twice. */}
      <Spin spinning={!ledger.current && ledger.fetching} delay={SPINNER_DELAY_MS}>
        <LedgerTable slots={ledger.slots} columns={columns} height={height} emptyText={t('ledger.empty')} onShowing={showing} onSort={onSort} />
      </Spin>
    </Space>
  );
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SortOrder, SorterResult } from 'antd/es/table/interface';
import type { Dayjs } from 'dayjs';
import { type ReactNode, type UIEvent, useCallback, useEffect, useMemo, useState } from 'react';
import type { LedgerFilter, LedgerRow, LedgerSortField } from '../../../../shared/contract/index';
import type { MatterStatus, MatterType, ReviewResult, ShownStatus } from '../../../../shared/domain/matter';
import { MATTER_TYPES, REVIEW_RESULTS } from '../../../../shared/domain/matter-vocabulary';
import { SHOWN_STATUSES } from '../../../../shared/domain/shown-status';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { downloadExport } from './download';
import { CountyReportButton } from './CountyReportButton';
import { LedgerSummaryLine } from './LedgerSummaryLine';
import { isPending, type LedgerSlot, useLedgerPages } from './use-ledger-pages';
import { clearable } from '../../i18n/clearable';

type Filter = Omit<LedgerFilter, 'sort' | 'order'>;

const DEADLINE_COLOR = { overdue: 'red', 'due-today': 'volcano', 'due-soon': 'orange', paused: 'blue' } as const;
const DEADLINE_LABEL = {
  overdue: 'deadline.overdueShort',
  'due-today': 'deadline.dueToday',
  'due-soon': 'queue.dueSoon',
  paused: 'deadline.paused',
} as const;

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
  const [sort, setSort] = useState<{ field: LedgerSortField; order: 'asc' | 'desc' }>({ field: 'receivedOn', order: 'desc' });
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const full: LedgerFilter = { ...filter, sort: sort.field, order: sort.order };
  const options = useQuery({ queryKey: ['ledger.options'], queryFn: () => call('ledger.options', {}) });
  // One page at a time as the table scrolls; the exports below still take the whole filtered set.
  const ledger = useLedgerPages(full);
  const exporter = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => call('ledger.export', { filter: full, format }),
    onSuccess: async (file) => {
      if (await downloadExport(file)) message.success(t('ledger.exported', { n: file.rows, file: file.fileName }));
    },
    onError: (e) => message.error(e.message),
  });
  const height = useTableHeight();
  /** Which rows are in view, from the scroll position and the height of a drawn row. */
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const holder = e.currentTarget;
    const rowHeight = holder.querySelector('.ant-table-row')?.getBoundingClientRect().height || 39;
    const firstRow = Math.floor(holder.scrollTop / rowHeight);
    ledger.showing(firstRow, firstRow + Math.ceil(holder.clientHeight / rowHeight));
  };
  const set = (patch: Filter) => setFilter((f) => ({ ...f, ...patch }));
  // Stable between renders so the columns below are rebuilt only when the sort or the language changes.
  const sortOrder = useCallback(
    (field: LedgerSortField): SortOrder => (sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null),
    [sort],
  );
  const adoptionText = useCallback(
    (r: LedgerRow) => {
      const a = r.adoption;
      if (r.opinionCount === 0) return t('ledger.adoption.none');
      if (a.pending === r.opinionCount) return t('ledger.adoption.pending');
      return t('ledger.adoption.summary', { a: a.adopted, p: a.partlyAdopted, n: a.notAdopted });
    },
    [t],
  );
  // Rows whose page has not arrived are drawn empty: cells with their own render skip them.
  const ready = <T,>(draw: (v: T, r: LedgerRow, i: number) => ReactNode) => (v: T, r: LedgerSlot, i: number) => (isPending(r) ? null : draw(v, r, i));
  const columns = useMemo<ColumnsType<LedgerSlot>>(
    () => [
      { title: t('ledger.col.index'), key: 'index', width: 64, fixed: 'left' as const, render: (_: unknown, __: LedgerSlot, i: number) => i + 1 },
      { title: t('ledger.col.serial'), dataIndex: 'serial', key: 'serial', width: 120, fixed: 'left' as const, sorter: true, sortOrder: sortOrder('serial') },
      { title: t('ledger.col.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', width: 112, sorter: true, sortOrder: sortOrder('receivedOn') },
      { title: t('ledger.col.unit'), dataIndex: 'submittingUnit', key: 'submittingUnit', width: 170, sorter: true, sortOrder: sortOrder('submittingUnit'), ellipsis: true },
      { title: t('ledger.col.township'), dataIndex: 'township', key: 'township', width: 100, sorter: true, sortOrder: sortOrder('township') },
      {
        title: t('ledger.col.title'),
        dataIndex: 'title',
        key: 'title',
        width: 300,
        sorter: true,
        sortOrder: sortOrder('title'),
        ellipsis: true,
        render: ready((v: string, r) => <a href={routeHref({ page: 'matter', id: r.id })}>{v}</a>),
      },
      { title: t('ledger.col.type'), dataIndex: 'type', key: 'type', width: 150, sorter: true, sortOrder: sortOrder('type'), render: ready((v: MatterType) => labels.matterType(v)) },
      { title: t('ledger.col.reviewer'), dataIndex: 'reviewerName', key: 'reviewer', width: 90, sorter: true, sortOrder: sortOrder('reviewer') },
      {
        title: t('ledger.col.result'),
        dataIndex: 'result',
        key: 'result',
        width: 110,
        sorter: true,
        sortOrder: sortOrder('result'),
        render: ready((v: ReviewResult | null) => (v ? labels.result(v) : '')),
      },
      { title: t('ledger.col.opinions'), dataIndex: 'opinionCount', key: 'opinionCount', width: 90, sorter: true, sortOrder: sortOrder('opinionCount'), align: 'right' as const },
      { title: t('ledger.col.letterNumbers'), dataIndex: 'letterNumbers', key: 'letterNumbers', width: 150, ellipsis: true },
      { title: t('ledger.col.opinionIssuedOn'), key: 'letterIssuedOn', width: 112, render: ready((_: unknown, r) => r.letterIssuedOn ?? r.opinionIssuedOn) },
      { title: t('ledger.col.feedbackOn'), dataIndex: 'feedbackOn', key: 'feedbackOn', width: 112 },
      { title: t('ledger.col.adoption'), key: 'adoption', width: 190, render: ready((_: unknown, r) => adoptionText(r)) },
      { title: t('ledger.col.closedOn'), dataIndex: 'closedOn', key: 'closedOn', width: 112, sorter: true, sortOrder: sortOrder('closedOn') },
      { title: t('ledger.col.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 112, sorter: true, sortOrder: sortOrder('dueOn') },
      {
        title: t('ledger.col.deadline'),
        dataIndex: 'deadlineState',
        key: 'deadline',
        width: 100,
        render: ready((v: LedgerRow['deadlineState']) =>
          v === 'overdue' || v === 'due-today' || v === 'due-soon' || v === 'paused' ? (
            <Tag color={DEADLINE_COLOR[v]} data-deadline={v}>
              {t(DEADLINE_LABEL[v])}
            </Tag>
          ) : null),
      },
      {
        title: t('ledger.col.status'),
        dataIndex: 'status',
        key: 'status',
        width: 110,
        // Pinned: on a laptop screen the ledger's last column was off to the right (issue 20).
        fixed: 'right' as const,
        sorter: true,
        sortOrder: sortOrder('status'),
        render: ready((_v: MatterStatus, r) => <Tag color={r.voided ? 'red' : undefined}>{labels.shownStatus(r)}</Tag>),
      },
    ],
    [t, labels, sortOrder, adoptionText],
  );
  const onTableChange = (_p: unknown, _f: unknown, sorter: SorterResult<LedgerSlot> | SorterResult<LedgerSlot>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!s?.order || !s.columnKey) return setSort({ field: 'receivedOn', order: 'desc' });
    setSort({ field: s.columnKey as LedgerSortField, order: s.order === 'ascend' ? 'asc' : 'desc' });
  };
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
            setFilter({});
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
      <Table<LedgerSlot>
        virtual
        rowKey="id"
        size="small"
        bordered
        // The spinner covers only a filter or sort change; pages arriving while scrolling fill in quietly.
        loading={!ledger.current && ledger.fetching}
        dataSource={ledger.slots}
        rowClassName={(r) => (isPending(r) ? 'ledger-row-pending' : '')}
        onScroll={onScroll}
        columns={columns}
        pagination={false}
        scroll={{ x: 2130, y: height }}
        locale={{ emptyText: t('ledger.empty') }}
        onChange={onTableChange}
      />
    </Space>
  );
}

import { Tag } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { type ReactNode, useMemo } from 'react';
import type { LedgerRow, LedgerSortField } from '../../../../shared/contract/index';
import type { MatterType, ReviewResult } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { isPending, type LedgerSlot } from './use-ledger-pages';

const DEADLINE_LABEL = {
  overdue: 'deadline.overdueShort',
  'due-today': 'deadline.dueToday',
  'due-soon': 'queue.dueSoon',
  paused: 'deadline.paused',
} as const;

/**
 * A coloured antd Tag drawn as the markup it renders (the prebuilt stylesheet styles it by its classes and
 * the palette's global variables; same computed style): a Tag component in each of the ~19 rows on screen ran
 * antd's theme and style hooks on every filter change (issue 17). An uncoloured tag needs the variables antd
 * sets on its per-app css-var class, so the status column keeps antd's Tag.
 */
function ColorTag({ color, children, ...data }: { color: 'red' | 'volcano' | 'orange' | 'blue'; children: ReactNode; 'data-deadline'?: string }) {
  return (
    <span className={`ant-tag ant-tag-filled ant-tag-${color}`} {...data}>
      {children}
    </span>
  );
}

const DEADLINE_COLOR = { overdue: 'red', 'due-today': 'volcano', 'due-soon': 'orange', paused: 'blue' } as const;

// Rows whose page has not arrived are drawn empty: cells with their own render skip them.
const ready =
  <T,>(draw: (v: T, r: LedgerRow) => ReactNode) =>
  (v: T, r: LedgerSlot) =>
    isPending(r) ? null : draw(v, r);

/** The ledger's columns: rebuilt only when the sort or the language changes (a filter change keeps them). */
export function useLedgerColumns(sort: { field: LedgerSortField; order: 'asc' | 'desc' }): ColumnsType<LedgerSlot> {
  const { t, labels } = useI18n();
  return useMemo<ColumnsType<LedgerSlot>>(() => {
    const sortOrder = (field: LedgerSortField): SortOrder => (sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
    const sorted = (field: LedgerSortField) => ({ sorter: true, sortOrder: sortOrder(field) });
    const adoptionText = (r: LedgerRow) => {
      const a = r.adoption;
      if (r.opinionCount === 0) return t('ledger.adoption.none');
      if (a.pending === r.opinionCount) return t('ledger.adoption.pending');
      return t('ledger.adoption.summary', { a: a.adopted, p: a.partlyAdopted, n: a.notAdopted });
    };
    return [
      { title: t('ledger.col.index'), key: 'index', width: 64, fixed: 'left' as const, render: (_: unknown, r: LedgerSlot) => r.slot + 1 },
      { title: t('ledger.col.serial'), dataIndex: 'serial', key: 'serial', width: 120, fixed: 'left' as const, ...sorted('serial') },
      { title: t('ledger.col.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', width: 112, ...sorted('receivedOn') },
      { title: t('ledger.col.unit'), dataIndex: 'submittingUnit', key: 'submittingUnit', width: 170, ...sorted('submittingUnit'), ellipsis: true },
      { title: t('ledger.col.township'), dataIndex: 'township', key: 'township', width: 100, ...sorted('township') },
      {
        title: t('ledger.col.title'),
        dataIndex: 'title',
        key: 'title',
        width: 300,
        ...sorted('title'),
        ellipsis: true,
        render: ready((v: string, r) => <a href={routeHref({ page: 'matter', id: r.id })}>{v}</a>),
      },
      { title: t('ledger.col.type'), dataIndex: 'type', key: 'type', width: 150, ...sorted('type'), render: ready((v: MatterType) => labels.matterType(v)) },
      { title: t('ledger.col.reviewer'), dataIndex: 'reviewerName', key: 'reviewer', width: 90, ...sorted('reviewer') },
      { title: t('ledger.col.result'), dataIndex: 'result', key: 'result', width: 110, ...sorted('result'), render: ready((v: ReviewResult | null) => (v ? labels.result(v) : '')) },
      { title: t('ledger.col.opinions'), dataIndex: 'opinionCount', key: 'opinionCount', width: 90, ...sorted('opinionCount'), align: 'right' as const },
      { title: t('ledger.col.letterNumbers'), dataIndex: 'letterNumbers', key: 'letterNumbers', width: 150, ellipsis: true },
      { title: t('ledger.col.opinionIssuedOn'), key: 'letterIssuedOn', width: 112, render: ready((_: unknown, r) => r.letterIssuedOn ?? r.opinionIssuedOn) },
      { title: t('ledger.col.feedbackOn'), dataIndex: 'feedbackOn', key: 'feedbackOn', width: 112 },
      { title: t('ledger.col.adoption'), key: 'adoption', width: 190, render: ready((_: unknown, r) => adoptionText(r)) },
      { title: t('ledger.col.closedOn'), dataIndex: 'closedOn', key: 'closedOn', width: 112, ...sorted('closedOn') },
      { title: t('ledger.col.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 112, ...sorted('dueOn') },
      {
        title: t('ledger.col.deadline'),
        dataIndex: 'deadlineState',
        key: 'deadline',
        width: 100,
        render: ready((v: LedgerRow['deadlineState']) =>
          v === 'overdue' || v === 'due-today' || v === 'due-soon' || v === 'paused' ? (
            <ColorTag color={DEADLINE_COLOR[v]} data-deadline={v}>
              {t(DEADLINE_LABEL[v])}
            </ColorTag>
          ) : null),
      },
      {
        title: t('ledger.col.status'),
        dataIndex: 'status',
        key: 'status',
        width: 110,
        // Pinned: on a laptop screen the ledger's last column was off to the right (issue 20).
        fixed: 'right' as const,
        ...sorted('status'),
        render: ready((_v: unknown, r) => <Tag color={r.voided ? 'red' : undefined}>{labels.shownStatus(r)}</Tag>),
      },
    ];
  }, [t, labels, sort]);
}

import { Table } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { memo, type UIEvent, useCallback, useMemo } from 'react';
import type { LedgerSortField } from '../../../../shared/contract/index';
import { isPending, type LedgerSlot } from './use-ledger-pages';

interface Props {
  slots: LedgerSlot[];
  columns: ColumnsType<LedgerSlot>;
  height: number;
  emptyText: string;
  /** Rows first…last (indexes) are in view. */
  onShowing(first: number, last: number): void;
  onSort(sort: { field: LedgerSortField; order: 'asc' | 'desc' }): void;
}

const SCROLL_X = 2130;
const rowClassName = (r: LedgerSlot) => (isPending(r) ? 'ledger-row-pending' : '');

/**
 * The ledger's virtual table. Memoised with props that stay the same object while the rows do, so typing a
 * filter, the spinner and the count line re-render the page around it but not its ~450 cells (issue 17: a
 * filter change ≤ 200 ms). Rows are keyed by their place in the list, not by matter: when a filter or a page
 * brings other rows, the rows on screen are updated in place instead of unmounted and built again.
 */
export const LedgerTable = memo(function LedgerTable({ slots, columns, height, emptyText, onShowing, onSort }: Props) {
  /** Which rows are in view, from the scroll position and the height of a drawn row. */
  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      const holder = e.currentTarget;
      const rowHeight = holder.querySelector('.ant-table-row')?.getBoundingClientRect().height || 39;
      const firstRow = Math.floor(holder.scrollTop / rowHeight);
      onShowing(firstRow, firstRow + Math.ceil(holder.clientHeight / rowHeight));
    },
    [onShowing],
  );
  const onChange = useCallback(
    (_p: unknown, _f: unknown, sorter: SorterResult<LedgerSlot> | SorterResult<LedgerSlot>[]) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      if (!s?.order || !s.columnKey) return onSort({ field: 'receivedOn', order: 'desc' });
      onSort({ field: s.columnKey as LedgerSortField, order: s.order === 'ascend' ? 'asc' : 'desc' });
    },
    [onSort],
  );
  const scroll = useMemo(() => ({ x: SCROLL_X, y: height }), [height]);
  const locale = useMemo(() => ({ emptyText }), [emptyText]);
  return (
    <Table<LedgerSlot>
      virtual
      rowKey="slot"
      size="small"
      bordered
      dataSource={slots}
      rowClassName={rowClassName}
      onScroll={onScroll}
      columns={columns}
      pagination={false}
      scroll={scroll}
      locale={locale}
      onChange={onChange}
    />
  );
});

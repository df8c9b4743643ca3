import type { CSSProperties, ReactNode } from 'react';
import type { DeadlineInfo, QueueItem } from '../../../../shared/contract/index';
import type { domainLabels } from '../../i18n/domain-labels';
import type { MessageKey } from '../../i18n/messages';
import { routeHref } from '../../routes';
import { useScrollEdges } from './use-scroll-edges';

/*
 * The queue's table as a plain <table> drawn with antd's table classes (antd.css styles it exactly as antd's
 * Table), antd-free: shared by the app's QueueTable.tsx and the light first screen (lite/queue-table.tsx),
 * which wrap it each in their own Spin and Pagination (issue 17). antd's Table builds a deep component tree
 * and measures its columns with a forced layout before the first paint; this table has fixed column widths,
 * so there is nothing to measure. The status column is pinned with CSS (position: sticky), its edge shadow
 * shown while there is more to scroll — read from a ResizeObserver and scroll events, after layout.
 */

export interface QueueColumn {
  title: string;
  width: number;
  cell(m: QueueItem): ReactNode;
  /** One line, cut with an ellipsis; the whole text as the cell's title. */
  ellipsis?: boolean;
  /** Pinned to the right edge while the table scrolls sideways. */
  pinned?: boolean;
}

/** Sideways scroll below this width; the title keeps 260 px and 状态 stays pinned (issue 20, 1280×720). */
export const QUEUE_TABLE_WIDTH = 1260;
export const QUEUE_PAGE_SIZE = 50;
// What antd's table gives a column pinned at the right end of nine: the stacking its stylesheet expects.
const PINNED_STYLE = { insetInlineEnd: 0, '--z-offset': 7, '--z-offset-reverse': 2 } as CSSProperties;
const PLACEHOLDER_STYLE: CSSProperties = { width: '100cqw', position: 'sticky', left: 0, overflow: 'hidden' };

/** The queue's nine columns; the deadline and status cells are drawn by the caller (antd's Tag or its light twin). */
export function queueColumns(
  t: (key: MessageKey) => string,
  labels: ReturnType<typeof domainLabels>,
  draw: { deadline(deadline: DeadlineInfo): ReactNode; status(text: string): ReactNode },
): QueueColumn[] {
  return [
    { title: t('queue.deadline'), width: 170, cell: (m) => draw.deadline(m.deadline) },
    { title: t('matter.serial'), width: 120, cell: (m) => m.serial },
    { title: t('matter.title'), width: 260, cell: (m) => <a href={routeHref({ page: 'matter', id: m.id, tab: 'workflow' })}>{m.title}</a> },
    { title: t('matter.type'), width: 140, ellipsis: true, cell: (m) => labels.matterType(m.type) },
    { title: t('matter.submittingUnit'), width: 150, ellipsis: true, cell: (m) => m.submittingUnit },
    { title: t('matter.receivedOn'), width: 110, cell: (m) => m.receivedOn },
    { title: t('queue.dueOn'), width: 110, cell: (m) => m.deadline.dueOn ?? '—' },
    { title: t('matter.status'), width: 110, pinned: true, cell: (m) => draw.status(labels.shownStatus({ ...m, voided: null })) },
    { title: t('queue.reviewer'), width: 90, cell: (m) => m.reviewerName ?? '—' },
  ];
}

/** The table itself (antd's `.ant-table` box down to its rows), with its edge shadows; the placeholder when there are no rows. */
export function QueueTableBody({ columns, rows, emptyText }: { columns: QueueColumn[]; rows: QueueItem[]; emptyText: string }) {
  const { scrollRef, moreLeft, moreRight } = useScrollEdges();
  const shadow = (pinned?: boolean) => (pinned ? ` ant-table-cell-fix ant-table-cell-fix-end ant-table-cell-fix-end-shadow${moreRight ? ' ant-table-cell-fix-end-shadow-show' : ''}` : '');
  const cellClass = (c: QueueColumn) => `ant-table-cell${c.ellipsis ? ' ant-table-cell-ellipsis' : ''}${shadow(c.pinned)}`;
  const tableClass =
    'ant-table ant-table-medium ant-table-fix-start-shadow ant-table-fix-end-shadow ant-table-fixed-column ant-table-scroll-horizontal' +
    `${moreLeft ? ' ant-table-fix-start-shadow-show' : ''}${moreRight ? ' ant-table-fix-end-shadow-show' : ''}`;
  return (
    <div className={tableClass}>
      <div className="ant-table-container">
        <div className="ant-table-content rd-table-scroll" style={{ overflow: 'auto hidden' }} ref={scrollRef}>
          <table style={{ width: QUEUE_TABLE_WIDTH, minWidth: '100%', tableLayout: 'fixed' }}>
            <colgroup>
              {columns.map((c, i) => (
                <col key={i} style={{ width: c.width }} />
              ))}
            </colgroup>
            <thead className="ant-table-thead">
              <tr>
                {columns.map((c, i) => (
                  <th key={i} className={cellClass(c)} scope="col" title={c.ellipsis ? c.title : undefined} style={c.pinned ? PINNED_STYLE : undefined}>
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="ant-table-tbody">
              {rows.length === 0 ? (
                <tr className="ant-table-placeholder">
                  <td className="ant-table-cell" colSpan={columns.length}>
                    {/* The message centred in the visible part of the table (the scroller's width, 100cqw), not across its full width. */}
                    <div className="ant-table-expanded-row-fixed" style={PLACEHOLDER_STYLE}>
                      {emptyText}
                    </div>
                  </td>
                </tr>
              ) : (
                rows.map((m) => (
                  <tr key={m.id} className="ant-table-row ant-table-row-level-0" data-row-key={m.id}>
                    {columns.map((c, i) => {
                      const content = c.cell(m);
                      return (
                        <td key={i} className={cellClass(c)} title={c.ellipsis && typeof content === 'string' ? content : undefined} style={c.pinned ? PINNED_STYLE : undefined}>
                          {content}
                        </td>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

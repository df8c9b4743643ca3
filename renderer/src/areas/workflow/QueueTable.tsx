import { Pagination, Spin, Tag } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import type { QueueItem } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { THEME } from '../../theme';
import { DeadlineTag } from './DeadlineTag';
import { useScrollEdges } from './use-scroll-edges';

interface Column {
  title: string;
  width: number;
  cell(m: QueueItem): ReactNode;
  /** One line, cut with an ellipsis; the whole text as the cell's title. */
  ellipsis?: boolean;
  /** Pinned to the right edge while the table scrolls sideways. */
  pinned?: boolean;
}

/** Sideways scroll below this width; the title keeps 260 px and 状态 stays pinned (issue 20, 1280×720). */
const TABLE_WIDTH = 1260;
const PAGE_SIZE = 50;
// What antd's table gives a column pinned at the right end of nine: the stacking its stylesheet expects.
const PINNED_STYLE = { insetInlineEnd: 0, '--z-offset': 7, '--z-offset-reverse': 2 } as CSSProperties;
const PLACEHOLDER_STYLE: CSSProperties = { width: '100cqw', position: 'sticky', left: 0, overflow: 'hidden' };

/**
 * The queue as a plain <table> drawn with antd's table classes (antd.css styles it exactly as antd's Table):
 * issue 17, first screen on a slow PC. antd's Table builds a deep component tree and measures its columns
 * with a forced layout before the first paint; this table has fixed column widths, so there is nothing to
 * measure. Same markup, same 50-row pages with antd's Pagination, the status column pinned with CSS
 * (position: sticky), its edge shadow shown while there is more to scroll — read from a ResizeObserver and
 * scroll events, after layout, never forcing one.
 */
export function QueueTable({ items, loading, emptyText, total }: { items: QueueItem[]; loading: boolean; emptyText: string; total: string }) {
  const { t, labels } = useI18n();
  const columns: Column[] = [
    { title: t('queue.deadline'), width: 170, cell: (m) => <DeadlineTag deadline={m.deadline} /> },
    { title: t('matter.serial'), width: 120, cell: (m) => m.serial },
    { title: t('matter.title'), width: 260, cell: (m) => <a href={routeHref({ page: 'matter', id: m.id, tab: 'workflow' })}>{m.title}</a> },
    { title: t('matter.type'), width: 140, ellipsis: true, cell: (m) => labels.matterType(m.type) },
    { title: t('matter.submittingUnit'), width: 150, ellipsis: true, cell: (m) => m.submittingUnit },
    { title: t('matter.receivedOn'), width: 110, cell: (m) => m.receivedOn },
    { title: t('queue.dueOn'), width: 110, cell: (m) => m.deadline.dueOn ?? '—' },
    { title: t('matter.status'), width: 110, pinned: true, cell: (m) => <Tag>{labels.shownStatus({ ...m, voided: null })}</Tag> },
    { title: t('queue.reviewer'), width: 90, cell: (m) => m.reviewerName ?? '—' },
  ];
  const [page, setPage] = useState({ current: 1, size: PAGE_SIZE });
  // As antd's table: a page past the end (the list shrank) shows the last page.
  const current = Math.min(page.current, Math.max(1, Math.ceil(items.length / page.size)));
  const rows = items.slice((current - 1) * page.size, current * page.size);
  const { scrollRef, moreLeft, moreRight } = useScrollEdges();
  const shadow = (pinned?: boolean) => (pinned ? ` ant-table-cell-fix ant-table-cell-fix-end ant-table-cell-fix-end-shadow${moreRight ? ' ant-table-cell-fix-end-shadow-show' : ''}` : '');
  const cellClass = (c: Column) => `ant-table-cell${c.ellipsis ? ' ant-table-cell-ellipsis' : ''}${shadow(c.pinned)}`;
  const tableClass =
    'ant-table ant-table-medium ant-table-fix-start-shadow ant-table-fix-end-shadow ant-table-fixed-column ant-table-scroll-horizontal' +
    `${moreLeft ? ' ant-table-fix-start-shadow-show' : ''}${moreRight ? ' ant-table-fix-end-shadow-show' : ''}`;
  return (
    <div className={`${THEME.cssVar!.key} ant-table-css-var ant-table-wrapper`}>
      <Spin spinning={loading}>
        <div className={tableClass}>
          <div className="ant-table-container">
            <div className="ant-table-content rd-table-scroll" style={{ overflow: 'auto hidden' }} ref={scrollRef}>
              <table style={{ width: TABLE_WIDTH, minWidth: '100%', tableLayout: 'fixed' }}>
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
        {items.length > 0 && (
          <Pagination
            className="ant-table-pagination ant-table-pagination-end"
            size="small"
            total={items.length}
            current={current}
            pageSize={page.size}
            showTotal={() => total}
            onChange={(next, size) => setPage({ current: next, size })}
          />
        )}
      </Spin>
    </div>
  );
}

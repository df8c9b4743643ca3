import type { CSSProperties, ReactNode } from 'react';
import type { DeadlineInfo, QueueItem } from '../../../shared/contract/index';
import { DEADLINE_COLORS, deadlineWords } from '../areas/workflow/deadline-words';
import { useScrollEdges } from '../areas/workflow/use-scroll-edges';
import { routeHref } from '../routes';
import { cx, HASH, VARS } from './antd-classes';
import { FirstPagePagination } from './pagination';
import { SpinBox, Tag } from './parts';
import type { LiteQueueData } from './queue';
import type { LiteText } from './text';

/** DeadlineTag.tsx's markup (its tooltip is antd's, once antd has loaded). */
function LiteDeadline({ deadline, t }: { deadline: DeadlineInfo; t: LiteText['t'] }) {
  const tag = (
    <Tag color={DEADLINE_COLORS[deadline.state]} deadline={deadline.state}>
      {deadlineWords(deadline, t)}
    </Tag>
  );
  if (deadline.calendarCovered) return tag;
  return (
    <span data-deadline-uncovered="">
      {tag}
      <span className={cx('ant-typography ant-typography-warning', HASH, VARS)} style={{ fontSize: 12 }}>
        {t('deadline.weekdaysOnly')}
      </span>
    </span>
  );
}

interface Column {
  title: string;
  width: number;
  cell(m: QueueItem): ReactNode;
  ellipsis?: boolean;
  pinned?: boolean;
}

/** QueueTable.tsx's page size. */
const PAGE_SIZE = 50;
const PINNED_STYLE = { insetInlineEnd: 0, '--z-offset': 7, '--z-offset-reverse': 2 } as CSSProperties;
const PLACEHOLDER_STYLE: CSSProperties = { width: '100cqw', position: 'sticky', left: 0, overflow: 'hidden' };

/** QueueTable.tsx's first page, with its edge shadows. */
export function LiteQueueTable({ data, text }: { data: LiteQueueData; text: LiteText }) {
  const { t, labels } = text;
  const { queue } = data;
  const columns: Column[] = [
    { title: t('queue.deadline'), width: 170, cell: (m) => <LiteDeadline deadline={m.deadline} t={t} /> },
    { title: t('matter.serial'), width: 120, cell: (m) => m.serial },
    { title: t('matter.title'), width: 260, cell: (m) => <a href={routeHref({ page: 'matter', id: m.id, tab: 'workflow' })}>{m.title}</a> },
    { title: t('matter.type'), width: 140, ellipsis: true, cell: (m) => labels.matterType(m.type) },
    { title: t('matter.submittingUnit'), width: 150, ellipsis: true, cell: (m) => m.submittingUnit },
    { title: t('matter.receivedOn'), width: 110, cell: (m) => m.receivedOn },
    { title: t('queue.dueOn'), width: 110, cell: (m) => m.deadline.dueOn ?? '—' },
    { title: t('matter.status'), width: 110, pinned: true, cell: (m) => <Tag>{labels.shownStatus({ ...m, voided: null })}</Tag> },
    { title: t('queue.reviewer'), width: 90, cell: (m) => m.reviewerName ?? '—' },
  ];
  // The same edge shadows as the app's table, from the same observer (no layout forced before paint).
  const { scrollRef, moreLeft, moreRight } = useScrollEdges();
  const cellClass = (c: Column) =>
    cx('ant-table-cell', c.ellipsis && 'ant-table-cell-ellipsis', c.pinned && 'ant-table-cell-fix ant-table-cell-fix-end ant-table-cell-fix-end-shadow', c.pinned && moreRight && 'ant-table-cell-fix-end-shadow-show');
  const total = `${t('queue.total', { n: queue.total })}${queue.total > queue.items.length ? `，${t('queue.shown', { n: queue.items.length })}` : ''}`;
  const emptyText = data.scope === 'mine' ? t('queue.emptyMine') : t('queue.empty');
  const rows = queue.items.slice(0, PAGE_SIZE);
  return (
    <div className={`${VARS} ant-table-css-var ant-table-wrapper`}>
      <SpinBox>
        <div
          className={cx(
            'ant-table ant-table-medium ant-table-fix-start-shadow ant-table-fix-end-shadow ant-table-fixed-column ant-table-scroll-horizontal',
            moreLeft && 'ant-table-fix-start-shadow-show',
            moreRight && 'ant-table-fix-end-shadow-show',
          )}
        >
          <div className="ant-table-container">
            <div className="ant-table-content rd-table-scroll" style={{ overflow: 'auto hidden' }} ref={scrollRef}>
              <table style={{ width: 1260, minWidth: '100%', tableLayout: 'fixed' }}>
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
        {queue.items.length > 0 && (
          // antd shows its page-size picker past 50 rows by default.
          <FirstPagePagination total={queue.items.length} pageSize={PAGE_SIZE} totalText={total} trailing="ant-table-pagination ant-table-pagination-end" sizeChanger={queue.items.length > 50} words={text.pager} />
        )}
      </SpinBox>
    </div>
  );
}

import type { DeadlineInfo } from '../../../shared/contract/index';
import { DEADLINE_COLORS, deadlineWords } from '../areas/workflow/deadline-words';
import { useState } from 'react';
import { noteHomeView } from '../areas/workflow/home-handoff';
import { QUEUE_PAGE_SIZE, QueueTableBody, queueColumns } from '../areas/workflow/queue-table-body';
import { cx, HASH, VARS } from './antd-classes';
import { LitePagination } from './pagination';
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

/** QueueTable.tsx's pages: the shared table (queue-table-body.tsx) in antd's Spin and Pagination markup. */
export function LiteQueueTable({ data, text }: { data: LiteQueueData; text: LiteText }) {
  const { t, labels } = text;
  const { queue } = data;
  const columns = queueColumns(t, labels, { deadline: (d) => <LiteDeadline deadline={d} t={t} />, status: (shown) => <Tag>{shown}</Tag> });
  const total = `${t('queue.total', { n: queue.total })}${queue.total > queue.items.length ? `，${t('queue.shown', { n: queue.items.length })}` : ''}`;
  const emptyText = data.scope === 'mine' ? t('queue.emptyMine') : t('queue.empty');
  const [page, setPage] = useState(1);
  // As antd's table: a page past the end (the other scope's list is shorter) shows the last page.
  const current = Math.min(page, Math.max(1, Math.ceil(queue.items.length / QUEUE_PAGE_SIZE)));
  const rows = queue.items.slice((current - 1) * QUEUE_PAGE_SIZE, current * QUEUE_PAGE_SIZE);
  const turn = (next: number) => {
    noteHomeView({ queuePage: next });
    setPage(next);
  };
  return (
    <div className={`${VARS} ant-table-css-var ant-table-wrapper`}>
      <SpinBox>
        <QueueTableBody columns={columns} rows={rows} emptyText={emptyText} />
        {queue.items.length > 0 && (
          // antd shows its page-size picker past 50 rows by default.
          <LitePagination total={queue.items.length} pageSize={QUEUE_PAGE_SIZE} current={current} onChange={turn} totalText={total} trailing="ant-table-pagination ant-table-pagination-end" sizeChanger={queue.items.length > 50} words={text.pager} />
        )}
      </SpinBox>
    </div>
  );
}

import { Pagination, Spin, Tag } from 'antd';
import { useState } from 'react';
import type { QueueItem } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { THEME } from '../../theme';
import { DeadlineTag } from './DeadlineTag';
import { homeView } from './home-handoff';
import { QUEUE_PAGE_SIZE, QueueTableBody, queueColumns } from './queue-table-body';

/**
 * The queue: the antd-free table (queue-table-body.tsx, shared with the light first screen) in antd's Spin,
 * with 50-row pages and antd's Pagination (issue 17, first screen on a slow PC).
 */
export function QueueTable({ items, loading, emptyText, total }: { items: QueueItem[]; loading: boolean; emptyText: string; total: string }) {
  const { t, labels } = useI18n();
  const columns = queueColumns(t, labels, { deadline: (d) => <DeadlineTag deadline={d} />, status: (text) => <Tag>{text}</Tag> });
  const [page, setPage] = useState(() => ({ current: homeView().queuePage ?? 1, size: QUEUE_PAGE_SIZE }));
  // As antd's table: a page past the end (the list shrank) shows the last page.
  const current = Math.min(page.current, Math.max(1, Math.ceil(items.length / page.size)));
  const rows = items.slice((current - 1) * page.size, current * page.size);
  return (
    <div className={`${THEME.cssVar!.key} ant-table-css-var ant-table-wrapper`}>
      <Spin spinning={loading}>
        <QueueTableBody columns={columns} rows={rows} emptyText={emptyText} />
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

import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Matter } from '../../../../shared/contract/index';
import { SHOWN_STATUSES, MATTER_TYPES, type MatterStatus, type MatterType, type ShownStatus } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { selectionLabels } from '../../i18n/table-selection';
import { routeHref } from '../../routes';
import { DeadlineTag } from '../workflow/DeadlineTag';
import { FindingCounts } from './FindingCounts';
import { BatchBar } from '../batch/BatchBar';
import { clearable } from '../../i18n/clearable';

export function MattersPage() {
  const { t, labels } = useI18n();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<MatterType | undefined>();
  const [status, setStatus] = useState<ShownStatus | undefined>();
  const { me, can } = useSession();
  const [mine, setMine] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const assignedTo = mine ? me.id : undefined;
  const matters = useQuery({
    queryKey: ['matters.list', query, type, status, assignedTo],
    queryFn: () => call('matters.list', { query: query || undefined, type, status, assignedTo, limit: 200 }),
  });
  const ids = matters.data?.items.map((m) => m.id) ?? [];
  // Findings and deadlines are fetched for the visible rows only, in one call each.
  const findings = useQuery({
    queryKey: ['findings.counts', ids],
    queryFn: () => call('findings.counts', { matterIds: ids }),
    // A liaison sees their unit's matters but not the office's pre-check findings.
    enabled: ids.length > 0 && can('findings.counts'),
  });
  const deadlines = useQuery({
    queryKey: ['workflow.deadlines', ids],
    queryFn: () => call('workflow.deadlines', { matterIds: ids }),
    enabled: ids.length > 0 && can('workflow.deadlines'),
  });
  const countsOf = new Map(findings.data?.map((f) => [f.matterId, f.counts]));
  const deadlineOf = new Map(deadlines.data?.map((d) => [d.matterId, d.deadline]));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('matters.title')}</Typography.Title>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('matters.search')}
          aria-label={t('matters.search')}
          onSearch={setQuery}
          style={{ width: 320 }}
        />
        <Select
          allowClear={clearable(t)}
          placeholder={t('matters.filterType')}
          aria-label={t('matters.filterType')}
          style={{ width: 220 }}
          value={type}
          onChange={setType}
          options={MATTER_TYPES.map((value) => ({ value, label: labels.matterType(value) }))}
        />
        <Select
          allowClear={clearable(t)}
          placeholder={t('matters.filterStatus')}
          aria-label={t('matters.filterStatus')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={SHOWN_STATUSES.map((value) => ({ value, label: labels.shownStatusName(value) }))}
        />
        {can('workflow.queue') && (
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {t('matters.assignedToMe')}
          </Checkbox>
        )}
      </Space>
      {can('batch.export') && <BatchBar matterIds={selected} onDone={() => setSelected([])} />}
      {matters.error && <Alert type="error" title={t('error.load', { message: matters.error.message })} />}
      <Table<Matter>
        rowKey="id"
        rowSelection={
          can('batch.export')
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true, ...selectionLabels<Matter>(t, (m) => m.title) }
            : undefined
        }
        loading={matters.isLoading}
        dataSource={matters.data?.items ?? []}
        locale={{ emptyText: t('matters.empty') }}
        pagination={{ pageSize: 50, showTotal: (n) => t('matters.total', { n }) }}
        // Narrower than the columns (a 1280×720 laptop): the table scrolls sideways with 状态 pinned, and the
        // title keeps its 260 px instead of being squeezed to one character per line.
        scroll={{ x: 1372 }}
        columns={[
          { title: t('matter.serial'), dataIndex: 'serial', width: 130 },
          {
            title: t('matter.title'),
            dataIndex: 'title',
            width: 260,
            render: (title: string, m) => <a href={routeHref({ page: 'matter', id: m.id })}>{title}</a>,
          },
          { title: t('matter.type'), dataIndex: 'type', render: (v: MatterType) => labels.matterType(v), width: 150, ellipsis: true },
          { title: t('matter.submittingUnit'), dataIndex: 'submittingUnit', width: 160, ellipsis: true },
          { title: t('matter.receivedOn'), dataIndex: 'receivedOn', width: 110 },
          {
            title: t('matter.dueOn'),
            key: 'deadline',
            width: 170,
            render: (_, m) => {
              const deadline = deadlineOf.get(m.id);
              return deadline ? <DeadlineTag deadline={deadline} /> : (m.dueOn ?? '—');
            },
          },
          { title: t('assign.reviewer'), dataIndex: 'reviewerName', width: 90, render: (v: string | null) => v ?? '—' },
          ...(can('findings.counts')
            ? [{ title: t('matters.findings'), key: 'findings', width: 150, render: (_: unknown, m: Matter) => <FindingCounts counts={countsOf.get(m.id)} /> }]
            : []),
          {
            title: t('matter.status'),
            dataIndex: 'status',
            width: 120,
            fixed: 'right' as const,
            render: (_v: MatterStatus, m: Matter) => <Tag color={m.voided ? 'red' : undefined}>{labels.shownStatus(m)}</Tag>,
          },
        ]}
      />
    </Space>
  );
}

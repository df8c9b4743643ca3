import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Segmented, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { QueueItem } from '../../../../shared/contract/index';
import type { Role } from '../../../../shared/domain/account';
import type { MatterStatus, MatterType } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { DeadlineTag } from './DeadlineTag';
import { BackupAlert } from '../backup/BackupAlert';
import { HolidayCoverageAlert } from '../records/HolidayCoverageAlert';
import { StatuteAlertBanner } from '../statutes/StatuteAlertBanner';
import { RemindersCard } from '../reminders/RemindersCard';
import { clearable } from '../../i18n/clearable';

/** Those who have matters assigned to them; for everyone else (admin, viewer) the queue opens on 全部. */
const ASSIGNED_ROLES: Role[] = ['reviewer', 'approver', 'counsel'];

type Scope = 'mine' | 'all';

/** The home screen: the matters assigned to me (or everyone's), the most urgent first. */
export function QueuePage() {
  const { t, labels } = useI18n();
  const { me } = useSession();
  const [scope, setScope] = useState<Scope>(() => (me.roles.some((r) => ASSIGNED_ROLES.includes(r)) ? 'mine' : 'all'));
  // Under 全部, one colleague's queue can still be picked.
  const [otherId, setOtherId] = useState<number | undefined>();
  const reviewerId = scope === 'mine' ? me.id : otherId;
  const options = useQuery({ queryKey: ['ledger.options'], queryFn: () => call('ledger.options', {}) });
  const queue = useQuery({ queryKey: ['workflow.queue', reviewerId], queryFn: () => call('workflow.queue', { reviewerId }) });
  const counts = queue.data?.counts;
  // The table mounts with the queue's first answer, not before it: an empty loading table cost the first
  // screen a whole table render and a forced layout, then a second render with the rows (issue 17). Once
  // shown it stays, with its own loading state, when the scope or reviewer changes.
  const [tableShown, setTableShown] = useState(false);
  if (!tableShown && (queue.data || queue.error)) setTableShown(true);
  const stat = (title: string, value: number | undefined, color: string) => (
    <Col xs={12} md={4}>
      <Card size="small">
        <Statistic title={title} value={value ?? 0} valueStyle={{ color }} />
      </Card>
    </Col>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackupAlert />
      <RemindersCard />
      <HolidayCoverageAlert />
      <Space align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        <Space wrap>
          {queue.data && <Typography.Text type="secondary">{t('queue.today', { date: queue.data.today })}</Typography.Text>}
          <Segmented<Scope>
            aria-label={t('queue.scope')}
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: t('queue.mine') },
              { value: 'all', label: t('queue.all') },
            ]}
          />
          {scope === 'all' && (
            <Select
              allowClear={clearable(t)}
              aria-label={t('queue.reviewer')}
              placeholder={t('queue.allReviewers')}
              style={{ width: 200 }}
              value={otherId}
              onChange={setOtherId}
              options={(options.data?.reviewers ?? []).map((r) => ({ value: r.id, label: r.name }))}
            />
          )}
          <Button href={routeHref({ page: 'deadline-settings' })}>{t('deadlineSettings.link')}</Button>
        </Space>
      </Space>
      <StatuteAlertBanner />
      <Row gutter={[12, 12]}>
        {stat(t('queue.overdue'), counts?.overdue, '#cf1322')}
        {stat(t('queue.dueToday'), counts?.dueToday, '#d4380d')}
        {stat(t('queue.dueSoon'), counts?.dueSoon, '#d48806')}
        {stat(t('queue.paused'), counts?.paused, '#0958d9')}
        {stat(t('queue.awaitingFeedback'), counts?.awaitingFeedback, '#595959')}
      </Row>
      {queue.error && <Alert type="error" title={t('error.load', { message: queue.error.message })} />}
      {!tableShown ? (
        <Spin style={{ display: 'block', marginTop: 48 }} />
      ) : (
        <Table<QueueItem>
          rowKey="id"
          size="middle"
          loading={queue.isLoading}
          dataSource={queue.data?.items ?? []}
          locale={{ emptyText: scope === 'mine' ? t('queue.emptyMine') : t('queue.empty') }}
          pagination={{
            pageSize: 50,
            showTotal: () =>
              queue.data
                ? `${t('queue.total', { n: queue.data.total })}${queue.data.total > queue.data.items.length ? `，${t('queue.shown', { n: queue.data.items.length })}` : ''}`
                : '',
          }}
          // Narrower than the columns: scroll sideways with 状态 pinned; the title keeps 260 px (issue 20, 1280×720).
          scroll={{ x: 1260 }}
          columns={[
            { title: t('queue.deadline'), key: 'deadline', width: 170, render: (_, m) => <DeadlineTag deadline={m.deadline} /> },
            { title: t('matter.serial'), dataIndex: 'serial', width: 120 },
            {
              title: t('matter.title'),
              dataIndex: 'title',
              width: 260,
              render: (title: string, m) => <a href={routeHref({ page: 'matter', id: m.id, tab: 'workflow' })}>{title}</a>,
            },
            { title: t('matter.type'), dataIndex: 'type', width: 140, ellipsis: true, render: (v: MatterType) => labels.matterType(v) },
            { title: t('matter.submittingUnit'), dataIndex: 'submittingUnit', width: 150, ellipsis: true },
            { title: t('matter.receivedOn'), dataIndex: 'receivedOn', width: 110 },
            { title: t('queue.dueOn'), key: 'due', width: 110, render: (_, m) => m.deadline.dueOn ?? '—' },
            { title: t('matter.status'), dataIndex: 'status', width: 110, fixed: 'right', render: (_v: MatterStatus, r: QueueItem) => <Tag>{labels.shownStatus({ ...r, voided: null })}</Tag> },
            { title: t('queue.reviewer'), dataIndex: 'reviewerName', width: 90, render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </Space>
  );
}

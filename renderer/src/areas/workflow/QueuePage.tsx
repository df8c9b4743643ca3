import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Segmented, Select, Space, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { QueueTable } from './QueueTable';
import { homeView } from './home-handoff';
import { initialQueueScope, queueQuery, reviewerOptionsQuery, type QueueScope } from './queue-queries';
import { BackupAlert } from '../backup/BackupAlert';
import { HolidayCoverageAlert } from '../records/HolidayCoverageAlert';
import { StatuteAlertBanner } from '../statutes/StatuteAlertBanner';
import { RemindersCard } from '../reminders/RemindersCard';
import { clearable } from '../../i18n/clearable';

/** The home screen: the matters assigned to me (or everyone's), the most urgent first. */
export function QueuePage() {
  const { t } = useI18n();
  const { me } = useSession();
  // Where the light first screen was left, when it showed (home-handoff.ts); else the person's default.
  const [scope, setScope] = useState<QueueScope>(() => homeView().scope ?? initialQueueScope(me.roles));
  // Under 全部, one colleague's queue can still be picked.
  const [otherId, setOtherId] = useState<number | undefined>();
  const reviewerId = scope === 'mine' ? me.id : otherId;
  // Usually asked already by the entry (early-queries.ts): the first render has the rows.
  const options = useQuery(reviewerOptionsQuery);
  const queue = useQuery(queueQuery(reviewerId));
  const counts = queue.data?.counts;
  // The table mounts with the queue's first answer, not before it: an empty loading table cost the first
  // screen a whole table render and a forced layout, then a second render with the rows (issue 17). Once
  // shown it stays, with its own loading state, when the scope or reviewer changes.
  const [tableShown, setTableShown] = useState(() => queue.data !== undefined);
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
          <Segmented<QueueScope>
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
        <QueueTable
          items={queue.data?.items ?? []}
          loading={queue.isLoading}
          emptyText={scope === 'mine' ? t('queue.emptyMine') : t('queue.empty')}
          total={
            queue.data
              ? `${t('queue.total', { n: queue.data.total })}${queue.data.total > queue.data.items.length ? `，${t('queue.shown', { n: queue.data.items.length })}` : ''}`
              : ''
          }
        />
      )}
    </Space>
  );
}

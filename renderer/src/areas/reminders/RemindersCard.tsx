import { BellOutlined } from '@ant-design/icons';
import { App, Card, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { Reminder, ReminderKind } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { routeHref } from '../../routes';
import { useReminders } from './use-reminders';
import { REMINDER_COLORS } from './reminder-colors';
import { homeView } from '../workflow/home-handoff';

const REMINDERS_PER_PAGE = 10;
const STARTUP_NOTICE = 'startup-reminders';

// Once per start of the app (a page load): kept in memory, not in browser storage, which the app no longer uses.
let startupNoticeShown = false;

/** The home page's reminders, and once per start of the app a start-up notice with the counts. */
export function RemindersCard() {
  const { t } = useI18n();
  const { notification } = App.useApp();
  const reminders = useReminders();
  const data = reminders.data;
  useEffect(() => {
    if (!data || data.items.length === 0 || startupNoticeShown) return;
    startupNoticeShown = true;
    notification.info({
      key: STARTUP_NOTICE,
      title: t('reminders.startup'),
      description: (Object.entries(data.counts) as [ReminderKind, number][])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${t(`reminders.kind.${k}` as MessageKey, { days: data.days, months: data.months })} ${n}`)
        .join('；'),
      // Closed by a plain timer (notices/quiet-notices.tsx), not by antd's per-frame one, so the screen opened
      // next renders at full speed meanwhile (issue 17). It outlives this card.
      duration: 8,
    });
  }, [data, notification, t]);
  if (!data) return null;
  const href = (r: Reminder) =>
    r.matterId !== null ? routeHref({ page: 'matter', id: r.matterId }) : r.kind === 'backup-missed' ? routeHref({ page: 'settings' }) : routeHref({ page: 'normative' });
  return (
    <Card size="small" title={<span><BellOutlined /> {t('reminders.title')}</span>} data-testid="reminders-card">
      {data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('reminders.none')}</Typography.Text>
      ) : (
        <List<Reminder>
          size="small"
          // Ten at a time: an office with a backlog has thousands (20,000 matters gave 7,782 reminders, and
          // drawing them all made the home page take seconds and 30,000 elements; issue 17).
          // The page the light first screen was left on, when it showed (home-handoff.ts).
          pagination={data.items.length > REMINDERS_PER_PAGE ? { defaultCurrent: homeView().remindersPage, pageSize: REMINDERS_PER_PAGE, size: 'small', showSizeChanger: false, total: data.items.length } : false}
          dataSource={data.items}
          renderItem={(r) => (
            <List.Item>
              <Tag color={REMINDER_COLORS[r.kind]}>{t(`reminders.kind.${r.kind}` as MessageKey, { days: data.days, months: data.months })}</Tag>
              <a href={href(r)}>{r.title}</a>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {r.detail}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

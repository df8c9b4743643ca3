import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import DownOutlined from '@ant-design/icons-svg/es/asn/DownOutlined';
import type { MethodOutput, Reminder } from '../../../shared/contract/index';
import type { MessageKey } from '../i18n/messages';
import { REMINDER_COLORS } from '../areas/reminders/reminder-colors';
import { routeHref } from '../routes';
import { queueQuery, type QueueScope } from '../areas/workflow/queue-queries';
import { noteHomeView } from '../areas/workflow/home-handoff';
import { askEarly, earlyAnswer } from '../early-queries';
import { useState } from 'react';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';
import { Alert, Card, LinkButton, Space, SpinBox, Statistic, Tag, Text, Title } from './parts';
import { LiteQueueTable } from './queue-table';
import { LitePagination } from './pagination';
import { demandApp } from './app-demand';
import type { LiteText } from './text';

/** What the light queue screen shows: the answers the entry asked for early (early-queries.ts). */
export interface LiteQueueData {
  /** The signed-in person's id: the 我的 queue's reviewer. */
  meId: number;
  scope: QueueScope;
  queue: MethodOutput<'workflow.queue'>;
  reminders: MethodOutput<'reminders.get'> | null;
  backup: MethodOutput<'backup.status'>;
  holidays: MethodOutput<'holidays.years'>;
  alerts: MethodOutput<'law.alerts'> | null;
  mayEditHolidays: boolean;
}

/**
 * The home screen (QueuePage.tsx) as its antd components draw it, for the light first screen (issue 17).
 * Same order, same markup: the banners, the reminders, the title row with the scope switch, the counts
 * and the queue. It works on its own: the scope switch asks for the other queue as the app would (its answer
 * goes to the app's cache, early-queries.ts) and both pagers turn pages; each change is noted for the app
 * (home-handoff.ts), which starts from there when it takes over.
 */
export function LiteQueue({ data: initial, text }: { data: LiteQueueData; text: LiteText }) {
  const { t } = text;
  const [data, setData] = useState(initial);
  const { queue, scope } = data;
  const counts = queue.counts;
  const choose = (next: QueueScope) => {
    if (next === data.scope) return;
    noteHomeView({ scope: next });
    const query = queueQuery(next === 'mine' ? data.meId : undefined);
    const show = () => {
      const answer = earlyAnswer<MethodOutput<'workflow.queue'>>(query.queryKey);
      // A failed answer: the app takes over and shows the error (its query asks again).
      if (answer) setData((was) => ({ ...was, scope: next, queue: answer }));
      else demandApp();
    };
    // The switch shows the choice at once; the rows follow with the answer (a few ms from this machine's server).
    setData((was) => ({ ...was, scope: next }));
    void askEarly(query).then(show);
  };
  const stat = (title: string, value: number, color: string) => (
    <div className={cx('ant-col ant-col-xs-12 ant-col-md-4', HASH, VARS)} style={{ paddingInline: 6 }}>
      <Card>
        <Statistic title={title} value={value} color={color} />
      </Card>
    </div>
  );
  // As rc-segmented: the chosen item shows the focus ring while its radio has focus reached by the keyboard (Tab).
  const [keyboard, setKeyboard] = useState(false);
  const [focused, setFocused] = useState(false);
  const segment = (value: QueueScope, label: string) => (
    <label className={cx('ant-segmented-item', scope === value && 'ant-segmented-item-selected ant-segmented-item-selected-text', keyboard && focused && scope === value && 'ant-segmented-item-focused')} onMouseDown={() => setKeyboard(false)}>
      <input
        className="ant-segmented-item-input"
        type="radio"
        checked={scope === value}
        name="lite-scope"
        onChange={() => choose(value)}
        onKeyUp={(event) => event.key === 'Tab' && setKeyboard(true)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <div className="ant-segmented-item-label" title={label}>
        {label}
      </div>
    </label>
  );
  return (
    <Space size="middle" vertical style={{ width: '100%' }}>
      <BackupBanner data={data} text={text} />
      <RemindersList data={data} text={text} />
      <HolidayBanner data={data} text={text} />
      <Space size="small" align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Title level={3} style={{ margin: 0 }}>
          {t('queue.title')}
        </Title>
        <Space size="small" wrap>
          <Text secondary>{t('queue.today', { date: queue.today })}</Text>
          <div role="radiogroup" aria-label={t('queue.scope')} tabIndex={0} aria-orientation="horizontal" className={cx('ant-segmented', HASH, VARS)}>
            <div className="ant-segmented-group">
              {segment('mine', t('queue.mine'))}
              {segment('all', t('queue.all'))}
            </div>
          </div>
          {scope === 'all' && <ClosedSelect placeholder={t('queue.allReviewers')} label={t('queue.reviewer')} />}
          <LinkButton href={routeHref({ page: 'deadline-settings' })}>{t('deadlineSettings.link')}</LinkButton>
        </Space>
      </Space>
      <AlertsBanner data={data} text={text} />
      <div className={cx('ant-row', HASH, VARS)} style={{ marginInline: -6, rowGap: 12 }}>
        {stat(t('queue.overdue'), counts.overdue, '#cf1322')}
        {stat(t('queue.dueToday'), counts.dueToday, '#d4380d')}
        {stat(t('queue.dueSoon'), counts.dueSoon, '#d48806')}
        {stat(t('queue.paused'), counts.paused, '#0958d9')}
        {stat(t('queue.awaitingFeedback'), counts.awaitingFeedback, '#595959')}
      </div>
      <LiteQueueTable data={data} text={text} />
    </Space>
  );
}

/** antd's closed single Select with a placeholder (全部审查人): it becomes antd's own once antd has loaded. */
function ClosedSelect({ placeholder, label }: { placeholder: string; label: string }) {
  return (
    <div className={cx('ant-select ant-select-outlined', VARS, 'ant-select-css-var', HASH, 'ant-select-single ant-select-show-arrow')} style={{ width: 200 }}>
      <div className="ant-select-content">
        <div className="ant-select-placeholder">{placeholder}</div>
        <input aria-label={label} readOnly autoComplete="new-password" className="ant-select-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" type="text" value="" />
      </div>
      <div className="ant-select-suffix">
        <LiteIcon icon={DownOutlined} />
      </div>
    </div>
  );
}

function BackupBanner({ data, text: { t } }: { data: LiteQueueData; text: LiteText }) {
  const s = data.backup;
  if (s.pendingRestore?.figures) return <Alert type="info" title={t('backup.pending', { matters: s.pendingRestore.figures.matters })} />;
  if (!s.overdue && !s.lastFailure) return null;
  return (
    <Alert
      type={s.overdue ? 'warning' : 'error'}
      testId="backup-alert"
      title={s.overdue ? t('backup.overdue') : t('backup.overdueFailed', { error: s.lastFailure?.error ?? '' })}
      description={s.overdue && s.lastFailure ? t('backup.overdueFailed', { error: s.lastFailure.error ?? '' }) : undefined}
      action={
        <LinkButton small href={routeHref({ page: 'settings' })}>
          {t('backup.goSettings')}
        </LinkButton>
      }
    />
  );
}

function HolidayBanner({ data, text: { t } }: { data: LiteQueueData; text: LiteText }) {
  const years = data.holidays;
  const year = Number(years.today.slice(0, 4));
  const action = data.mayEditHolidays ? (
    <LinkButton small href={routeHref({ page: 'holidays' })}>
      {t('holidays.goto')}
    </LinkButton>
  ) : undefined;
  if (!years.thisYearCovered) return <Alert type="error" testId="holiday-coverage" title={t('holidays.missingThisYear', { year })} action={action} />;
  if (!years.nextYearCovered) return <Alert type="warning" testId="holiday-coverage" title={t('holidays.missingNextYear', { year: year + 1 })} action={action} />;
  return null;
}

function AlertsBanner({ data, text: { t } }: { data: LiteQueueData; text: LiteText }) {
  const n = data.alerts?.open ?? 0;
  if (n === 0) return null;
  return <Alert type="warning" title={t('statutes.alertsCount', { n })} action={<a href={routeHref({ page: 'statutes', params: 'tab=alerts' })}>{t('statutes.alertsOpen')}</a>} />;
}

/** RemindersCard.tsx's list: ten a page (antd's List pager past ten). */
const REMINDERS_PER_PAGE = 10;

function RemindersList({ data, text }: { data: LiteQueueData; text: LiteText }) {
  const { t } = text;
  const reminders = data.reminders;
  const [page, setPage] = useState(1);
  if (!reminders) return null;
  const pages = Math.ceil(reminders.items.length / REMINDERS_PER_PAGE);
  const current = Math.min(page, Math.max(1, pages));
  const turn = (next: number) => {
    noteHomeView({ remindersPage: next });
    setPage(next);
  };
  const paged = reminders.items.length > REMINDERS_PER_PAGE;
  const href = (r: Reminder) =>
    r.matterId !== null ? routeHref({ page: 'matter', id: r.matterId }) : r.kind === 'backup-missed' ? routeHref({ page: 'settings' }) : routeHref({ page: 'normative' });
  const title = (
    <span>
      <LiteIcon icon={BellOutlined} /> {t('reminders.title')}
    </span>
  );
  return (
    <Card title={title} testId="reminders-card">
      {reminders.items.length === 0 ? (
        <Text secondary>{t('reminders.none')}</Text>
      ) : (
        <div className={cx('ant-list ant-list-sm ant-list-split', paged && 'ant-list-something-after-last-item', HASH, VARS)}>
          <SpinBox>
            <ul className={cx('ant-list-items ant-list-container', VARS)}>
              {reminders.items.slice((current - 1) * REMINDERS_PER_PAGE, current * REMINDERS_PER_PAGE).map((r, i) => (
                <li key={i} className="ant-list-item">
                  <Tag color={REMINDER_COLORS[r.kind]}>{t(`reminders.kind.${r.kind}` as MessageKey, { days: reminders.days, months: reminders.months })}</Tag>
                  <a href={href(r)}>{r.title}</a>
                  <Text secondary style={{ marginInlineStart: 8 }}>
                    {r.detail}
                  </Text>
                </li>
              ))}
            </ul>
          </SpinBox>
          {paged && (
            <div className="ant-list-pagination">
              <LitePagination total={reminders.items.length} pageSize={REMINDERS_PER_PAGE} current={current} onChange={turn} leading="ant-pagination-end" sizeChanger={false} words={text.pager} />
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import DownOutlined from '@ant-design/icons-svg/es/asn/DownOutlined';
import type { CSSProperties, ReactNode } from 'react';
import type { DeadlineInfo, MethodOutput, QueueItem, Reminder, ReminderKind } from '../../../shared/contract/index';
import type { MessageKey } from '../i18n/messages';
import { routeHref } from '../routes';
import type { QueueScope } from '../areas/workflow/queue-queries';
import { useScrollEdges } from '../areas/workflow/use-scroll-edges';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';
import { Alert, Card, LinkButton, Space, SpinBox, Statistic, Tag, Text, Title } from './parts';
import { FirstPagePagination } from './pagination';
import type { LiteText } from './text';

/** What the light queue screen shows: the answers the entry asked for early (early-queries.ts). */
export interface LiteQueueData {
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
 * and the first page of the queue.
 */
export function LiteQueue({ data, text }: { data: LiteQueueData; text: LiteText }) {
  const { t } = text;
  const { queue, scope } = data;
  const counts = queue.counts;
  const stat = (title: string, value: number, color: string) => (
    <div className={cx('ant-col ant-col-xs-12 ant-col-md-4', HASH, VARS)} style={{ paddingInline: 6 }}>
      <Card>
        <Statistic title={title} value={value} color={color} />
      </Card>
    </div>
  );
  const segment = (value: QueueScope, label: string) => (
    <label className={cx('ant-segmented-item', scope === value && 'ant-segmented-item-selected ant-segmented-item-selected-text')}>
      <input className="ant-segmented-item-input" type="radio" defaultChecked={scope === value} name="lite-scope" />
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

const REMINDER_COLOR: Record<ReminderKind, string> = {
  overdue: 'red',
  'due-today': 'volcano',
  'due-soon': 'orange',
  'awaiting-signoff': 'blue',
  'normative-expiring': 'purple',
  'backup-missed': 'magenta',
};

/** RemindersCard.tsx's list: ten a page (antd's List pager past ten). */
const REMINDERS_PER_PAGE = 10;

function RemindersList({ data, text }: { data: LiteQueueData; text: LiteText }) {
  const { t } = text;
  const reminders = data.reminders;
  if (!reminders) return null;
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
              {reminders.items.slice(0, REMINDERS_PER_PAGE).map((r, i) => (
                <li key={i} className="ant-list-item">
                  <Tag color={REMINDER_COLOR[r.kind]}>{t(`reminders.kind.${r.kind}` as MessageKey, { days: reminders.days, months: reminders.months })}</Tag>
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
              <FirstPagePagination total={reminders.items.length} pageSize={REMINDERS_PER_PAGE} leading="ant-pagination-end" sizeChanger={false} words={text.pager} />
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

const DEADLINE_COLOR: Record<DeadlineInfo['state'], string> = { overdue: 'red', 'due-today': 'volcano', 'due-soon': 'orange', ok: 'green', paused: 'blue', done: 'default', none: 'default' };

function deadlineText(deadline: DeadlineInfo, t: LiteText['t']): string {
  const left = deadline.workingDaysLeft ?? 0;
  switch (deadline.state) {
    case 'overdue':
      return left < 0 ? t('deadline.overdue', { n: -left }) : t('deadline.overdueShort');
    case 'due-today':
      return t('deadline.dueToday');
    case 'due-soon':
      return t('deadline.dueSoon', { n: left });
    case 'ok':
      return t('deadline.ok', { n: left });
    case 'paused':
      return deadline.remainingWhenResumed === null ? t('deadline.paused') : t('deadline.pausedLeft', { n: deadline.remainingWhenResumed });
    case 'done':
      return t('deadline.done');
    case 'none':
      return t('deadline.none');
  }
}

/** DeadlineTag.tsx's markup (its tooltip is antd's, once antd has loaded). */
function LiteDeadline({ deadline, t }: { deadline: DeadlineInfo; t: LiteText['t'] }) {
  const tag = (
    <Tag color={DEADLINE_COLOR[deadline.state]} deadline={deadline.state}>
      {deadlineText(deadline, t)}
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
function LiteQueueTable({ data, text }: { data: LiteQueueData; text: LiteText }) {
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

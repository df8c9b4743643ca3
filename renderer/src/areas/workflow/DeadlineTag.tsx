import { Tag, Tooltip, Typography } from 'antd';
import type { DeadlineInfo } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';

const COLORS: Record<DeadlineInfo['state'], string> = {
  overdue: 'red',
  'due-today': 'volcano',
  'due-soon': 'orange',
  ok: 'green',
  paused: 'blue',
  done: 'default',
  none: 'default',
};

/** The deadline as a coloured tag: 已超期 / 今日到期 / 即将到期 / 剩 N 个工作日 / 停止计时. */
export function DeadlineTag({ deadline }: { deadline: DeadlineInfo }) {
  const { t } = useI18n();
  const left = deadline.workingDaysLeft ?? 0;
  const text = (() => {
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
  })();
  const tag = (
    <Tag color={COLORS[deadline.state]} data-deadline={deadline.state}>
      {text}
    </Tag>
  );
  if (deadline.calendarCovered) return tag;
  // Visible, not only on hover: the date is counted Monday–Friday because its year has no holiday schedule.
  return (
    <Tooltip title={t('deadline.uncovered')}>
      <span data-deadline-uncovered>
        {tag}
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('deadline.weekdaysOnly')}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}

import { Tag, Tooltip, Typography } from 'antd';
import type { DeadlineInfo } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { DEADLINE_COLORS, deadlineWords } from './deadline-words';

/** The deadline as a coloured tag: 已超期 / 今日到期 / 即将到期 / 剩 N 个工作日 / 停止计时. */
export function DeadlineTag({ deadline }: { deadline: DeadlineInfo }) {
  const { t } = useI18n();
  const text = deadlineWords(deadline, t);
  const tag = (
    <Tag color={DEADLINE_COLORS[deadline.state]} data-deadline={deadline.state}>
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

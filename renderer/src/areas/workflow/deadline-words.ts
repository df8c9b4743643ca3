import type { DeadlineInfo } from '../../../../shared/contract/index';
import type { MessageKey } from '../../i18n/messages';

/*
 * A deadline's tag colour and words, shared by the app's DeadlineTag and the light first screen's copy of its
 * markup (lite/queue-table.tsx), which must not import antd: one place decides what a deadline says.
 */

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** antd Tag colour per deadline state. */
export const DEADLINE_COLORS: Record<DeadlineInfo['state'], string> = {
  overdue: 'red',
  'due-today': 'volcano',
  'due-soon': 'orange',
  ok: 'green',
  paused: 'blue',
  done: 'default',
  none: 'default',
};

/** 已超期 N 个工作日 / 今日到期 / 即将到期 / 剩 N 个工作日 / 停止计时 … */
export function deadlineWords(deadline: DeadlineInfo, t: Translate): string {
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

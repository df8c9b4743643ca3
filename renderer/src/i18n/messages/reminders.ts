import { defineMessages } from './define';

/** Reminders on the home page, the start-up notice and the 待办 badge. */
export const remindersMessages = defineMessages({
  zh: {
    'reminders.title': '提醒',
    'reminders.none': '暂无需要提醒的事项。',
    'reminders.startup': '待办提醒',
    'reminders.kind.overdue': '已逾期',
    'reminders.kind.due-today': '今日到期',
    'reminders.kind.due-soon': '{days}个工作日内到期',
    'reminders.kind.awaiting-signoff': '待我签批',
    'reminders.kind.normative-expiring': '规范性文件{months}个月内到期',
    'reminders.kind.backup-missed': '备份未完成',
  },
  en: {
    'reminders.title': 'Reminders',
    'reminders.none': 'Nothing to remind you of.',
    'reminders.startup': 'To-do reminders',
    'reminders.kind.overdue': 'Overdue',
    'reminders.kind.due-today': 'Due today',
    'reminders.kind.due-soon': 'Due within {days} working days',
    'reminders.kind.awaiting-signoff': 'Awaiting my sign-off',
    'reminders.kind.normative-expiring': 'Normative doc. expiring within {months} months',
    'reminders.kind.backup-missed': 'Backup missed',
  },
});

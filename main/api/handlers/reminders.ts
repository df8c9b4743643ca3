import type { remindersContract } from '../../../shared/contract/reminders.js';
import { AppError } from '../../core/errors.js';
import { remindersFor } from '../../core/reminders/reminder-service.js';
import type { HandlerMap } from '../handler-map.js';

export const reminderHandlers: HandlerMap<keyof typeof remindersContract> = {
  'reminders.get': (input, ctx) => {
    if (!ctx.account) throw new AppError('auth.required', '请先登录。');
    return remindersFor(ctx.core, ctx.account, input);
  },
};

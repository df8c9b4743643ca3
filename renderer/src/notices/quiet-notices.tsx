import { App } from 'antd';
import AppContext from 'antd/es/app/context';
import type { ArgsProps as MessageArgs, JointContent, MessageInstance, MessageType } from 'antd/es/message/interface';
import type { ArgsProps as NotificationArgs, NotificationInstance } from 'antd/es/notification/interface';
import { type Key, type ReactNode, useMemo } from 'react';
import { noticeTimers } from './notice-timers';

/*
 * Notices that close by one timer each. antd closes a message or notification with a timer that sets the
 * notice's progress state on every animation frame while it is shown (rc-notification's useNoticeTimer),
 * so for the 3–8 s a notice stays up React renders ~60 times a second, and each of those updates cut short
 * the rendering of whatever screen was opened or filtered meanwhile (issue 17: the ledger took 3 s instead of
 * a fraction of one). Here every notice is opened without antd's timer (duration 0) and closed by a plain
 * setTimeout, paused while the pointer rests on it as antd's would be.
 */

const MESSAGE_SECONDS = 3; // antd's defaults
const NOTIFICATION_SECONDS = 4.5;

let serial = 0;
const nextKey = (kind: string) => `quiet-${kind}-${++serial}`;

/** The hover handlers rc-notification passes on to the notice (not in antd's public types). */
const hoverPause = (timers: ReturnType<typeof noticeTimers>, key: Key) => ({ onMouseEnter: () => timers.pause(key), onMouseLeave: () => timers.resume(key) });

/** What both notice kinds' configs share, as far as closing them goes. */
interface NoticeConfig {
  key?: Key;
  duration?: number | false | null;
  onClose?: () => void;
}

/**
 * Wraps antd's `open` of one notice kind: each notice opens with antd's timer off (duration 0) and one plain
 * timer closes it after its own duration (or the kind's default), paused while the pointer rests on it.
 */
function quietOpen<C extends NoticeConfig, R>(show: (config: C) => R, destroy: (key: Key) => void, kind: string, defaultSeconds: number): (config: C) => R {
  const timers = noticeTimers(destroy);
  return (config) => {
    const key = config.key ?? nextKey(kind);
    const result = show({
      ...config,
      ...hoverPause(timers, key),
      key,
      duration: 0,
      onClose: () => {
        timers.forget(key);
        config.onClose?.();
      },
    } as C);
    timers.arm(key, config.duration ?? defaultSeconds);
    return result;
  };
}

/** antd's message API with the per-frame timer replaced (same calls, same arguments). */
export function quietMessage(api: MessageInstance): MessageInstance {
  const open = quietOpen((config: MessageArgs) => api.open(config), (key) => api.destroy(key), 'message', MESSAGE_SECONDS);
  // The shorthand calls as antd reads them: message.success(content | config, duration | onClose, onClose).
  const typed =
    (type: NonNullable<MessageArgs['type']>) =>
    (content: JointContent, duration?: number | VoidFunction, onClose?: VoidFunction): MessageType => {
      const config: MessageArgs = content !== null && typeof content === 'object' && 'content' in content ? content : { content: content as ReactNode };
      const [seconds, closed] = typeof duration === 'function' ? [undefined, duration] : [duration, onClose];
      return open({ onClose: closed, duration: seconds, ...config, type });
    };
  return {
    open,
    destroy: (key?: Key) => api.destroy(key),
    info: typed('info'),
    success: typed('success'),
    warning: typed('warning'),
    error: typed('error'),
    loading: typed('loading'),
  };
}

/** antd's notification API with the per-frame timer replaced (same calls, same arguments). */
export function quietNotification(api: NotificationInstance): NotificationInstance {
  const open = quietOpen((config: NotificationArgs) => api.open(config), (key) => api.destroy(key), 'notification', NOTIFICATION_SECONDS);
  const typed = (type: NonNullable<NotificationArgs['type']>) => (config: NotificationArgs) => open({ ...config, type });
  return {
    open,
    destroy: (key?: Key) => api.destroy(key),
    info: typed('info'),
    success: typed('success'),
    warning: typed('warning'),
    error: typed('error'),
  };
}

/** Gives everything below it (through App.useApp()) the quiet message and notification APIs. */
export function QuietNotices({ children }: { children: ReactNode }) {
  const app = App.useApp();
  const value = useMemo(() => ({ ...app, message: quietMessage(app.message), notification: quietNotification(app.notification) }), [app]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

/*
 * The closing timers of quiet notices (quiet-notices.tsx): one setTimeout per shown notice, paused while the
 * pointer rests on it, instead of antd's timer that sets state on every animation frame. Plain TypeScript, no
 * React or antd, so it is unit-tested under Node.
 */

type Key = string | number | bigint;

interface Timer {
  handle?: ReturnType<typeof setTimeout>;
  /** ms still to show; counted down while the pointer is elsewhere. */
  left: number;
  startedAt: number;
}

/** One closing timer per notice key; reopening a key (a loading notice turned into a result) starts over. */
export function noticeTimers(close: (key: Key) => void) {
  const timers = new Map<Key, Timer>();
  const run = (key: Key, timer: Timer) => {
    timer.startedAt = performance.now();
    timer.handle = setTimeout(() => {
      timers.delete(key);
      close(key);
    }, timer.left);
  };
  return {
    /** Closes `key` after `seconds` (none: stays until closed by hand or by code). */
    arm(key: Key, seconds: number | false | undefined) {
      clearTimeout(timers.get(key)?.handle);
      timers.delete(key);
      if (typeof seconds !== 'number' || seconds <= 0) return;
      const timer: Timer = { left: seconds * 1000, startedAt: 0 };
      timers.set(key, timer);
      run(key, timer);
    },
    pause(key: Key) {
      const timer = timers.get(key);
      if (!timer || timer.handle === undefined) return;
      clearTimeout(timer.handle);
      timer.handle = undefined;
      timer.left = Math.max(0, timer.left - (performance.now() - timer.startedAt));
    },
    resume(key: Key) {
      const timer = timers.get(key);
      if (timer && timer.handle === undefined) run(key, timer);
    },
    forget(key: Key) {
      clearTimeout(timers.get(key)?.handle);
      timers.delete(key);
    },
  };
}


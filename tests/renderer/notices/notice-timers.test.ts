import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noticeTimers } from '../../../renderer/src/notices/notice-timers.js';

/*
 * Issue 17: notices close by one timer each (antd's timer set state on every animation frame while a notice
 * was shown). The timer closes on time, waits while the pointer rests on the notice, and starts over when
 * the same notice is opened again.
 */

describe('the closing timers of notices', () => {
  // The timers count elapsed time with performance.now() (a duration, not the date: one clock stays the office's).
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('closes a notice after its seconds, and one without seconds never', () => {
    const closed: (string | number | bigint)[] = [];
    const timers = noticeTimers((key) => closed.push(key));
    timers.arm('saved', 3);
    timers.arm('sticky', 0);
    timers.arm('also-sticky', false);
    vi.advanceTimersByTime(2999);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual(['saved']);
    vi.advanceTimersByTime(60_000);
    expect(closed).toEqual(['saved']);
  });

  it('keeps a notice open while the pointer rests on it, then shows it for the time it had left', () => {
    const closed: (string | number | bigint)[] = [];
    const timers = noticeTimers((key) => closed.push(key));
    timers.arm('n', 4.5);
    vi.advanceTimersByTime(4000);
    timers.pause('n');
    vi.advanceTimersByTime(30_000);
    expect(closed).toEqual([]);
    timers.resume('n');
    vi.advanceTimersByTime(499);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual(['n']);
  });

  it('starts over when the same notice is opened again, and forgets one closed by hand', () => {
    const closed: (string | number | bigint)[] = [];
    const timers = noticeTimers((key) => closed.push(key));
    timers.arm('export', 3);
    vi.advanceTimersByTime(2000);
    timers.arm('export', 3); // e.g. 正在导出… replaced by 已导出
    vi.advanceTimersByTime(2000);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(closed).toEqual(['export']);
    timers.arm('closed-by-hand', 3);
    timers.forget('closed-by-hand');
    vi.advanceTimersByTime(10_000);
    expect(closed).toEqual(['export']);
  });
});

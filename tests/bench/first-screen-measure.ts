import type { CDPSession, Page } from 'playwright-core';

/** One cold load until the queue's heading shows: wall time and the renderer main thread's CPU time. */
export interface LoadFigures {
  /** Milliseconds from navigation start until the heading was seen (what a person waits). */
  ms: number;
  /** CPU milliseconds the page's main thread spent by then: scripts, style, layout, paint. */
  cpuMs: number;
  /** Of which running JavaScript, compiling it, and computing style and layout. */
  scriptMs: number;
  compileMs: number;
  styleLayoutMs: number;
}

/**
 * Loads `url` in `page` with the CPU throttled `throttle`× and waits for the home screen's heading (the
 * shell, the session and the queue page have all rendered). Wall time is what the targets name; on a
 * machine shared by several agents it swings with their load, while the main thread's CPU time (Chromium's
 * Performance metrics in thread ticks) barely does — so both are reported.
 */
export async function loadFirstScreen(page: Page, cdp: CDPSession, url: string, throttle: number): Promise<LoadFigures> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('main h3.ant-typography').first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    ms,
    cpuMs: metric('ThreadTime'),
    scriptMs: metric('ScriptDuration'),
    compileMs: metric('V8CompileDuration'),
    styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration'),
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

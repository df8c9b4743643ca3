import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One cold load until the queue's heading shows: wall time and the renderer main thread's CPU time. */
export interface LoadFigures {
  /**
   * Milliseconds from navigation start until the heading was in the page, as the page saw it (what a person
   * waits). Until session 10: when Playwright's selector wait saw it — a wait that itself cost the page ~0.4 s
   * of main thread at 4× (see SIGNAL).
   */
  ms: number;
  /** CPU milliseconds the page's main thread spent by then: scripts, style, layout, paint. */
  cpuMs: number;
  /** Of which running JavaScript, compiling it, and computing style and layout. */
  scriptMs: number;
  compileMs: number;
  styleLayoutMs: number;
  /**
   * When the queue's answer was on screen (its table no longer busy), noted by the page itself; NaN when
   * not asked for (the reference page has no queue). The heading shows before the queue's data: a person
   * can read the screen at the heading, and work with the queue from here.
   */
  queueMs: number;
  /**
   * When the app itself had rendered the screen (NaN when not asked for). The light first screen
   * (renderer/src/lite/) shows the queue before antd has loaded; the app replaces it when something needs
   * antd or the page has been left alone (before 2026-12 session 9: right after the light paint, and clicks
   * waited for it). Without the light screen: the heading's time.
   */
  appMs: number;
  /** When the heading was first in the page, noted by the page itself (NaN when not asked for): free of Playwright's polling. */
  headingMs: number;
  /**
   * First click answered (NaN when not asked for): a click on 全部 the moment the queue's rows are on
   * screen, and when the screen showed its result (全部 selected, the reviewer picker there), noted by the
   * page. `clickAnsweredMs` from navigation start; `clickWaitMs` from the rows on screen (what a person who
   * clicks at once waits; it includes the few ms the harness takes to see the rows and press).
   */
  clickAnsweredMs: number;
  clickWaitMs: number;
  /**
   * Kilobytes of stylesheet the page had loaded by then (NaN when not asked for): what had to load and
   * parse before the first screen could paint (the light screen's own sheet, renderer/vite-first-screen-css.ts).
   */
  cssKB: number;
}

/*
 * The page tells the harness what it saw through console.debug messages (\`review-desk-bench:<what>\`), which
 * Chromium sends to Playwright anyway. Until session 10 the harness waited with Playwright's own tools
 * (locator.waitFor, waitForFunction): each of those first injects Playwright's selector engine into the page
 * — a script whose evaluation took ~0.4 s of the page's main thread at 4× CPU throttle, right in the middle
 * of the load (traces: EvaluateScript "InjectedScript" between auth.status and the queue's answers), and
 * again into the first click's answer. Same build, same run, 4×: the rows 0.3–0.5 s later with it.
 */
export const SIGNAL = 'review-desk-bench:';

/** Runs in the page before its scripts: says when the heading is first there (every load). */
const HEADING_MARKER = `(() => {
  const heading = new MutationObserver(() => {
    if (document.querySelector('main h3.ant-typography')) {
      window.__headingAt = performance.now();
      heading.disconnect();
      console.debug('${SIGNAL}heading');
    }
  });
  heading.observe(document, { childList: true, subtree: true });
})();`;

/** Runs in the page before its scripts: says when the queue's table is there and not busy. */
const QUEUE_MARKER = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('main .ant-table') && !document.querySelector('main [aria-busy="true"]')) {
      window.__queueShownAt = performance.now();
      observer.disconnect();
      console.debug('${SIGNAL}queue');
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-busy'] });
})();`;

/** Runs in the page before its scripts: says each of the app's own marks (review-desk:lite-shown, review-desk:app-shown). */
export const MARKS_MARKER = `(() => {
  new PerformanceObserver((list) => {
    for (const mark of list.getEntries()) if (mark.name.startsWith('review-desk:')) console.debug('${SIGNAL}' + mark.name.slice('review-desk:'.length));
  }).observe({ type: 'mark', buffered: true });
})();`;

/**
 * Runs in the page before its scripts: notes when the first press came (the input event's own time, even when
 * the page was too busy to handle it then) and when the screen showed 全部 chosen with the reviewer picker.
 */
const CLICK_MARKER = `(() => {
  const click = {};
  window.__click = click;
  document.addEventListener('pointerdown', (event) => { if (click.at === undefined) click.at = event.timeStamp; }, true);
  const observer = new MutationObserver(() => {
    if (click.at === undefined) return;
    const chosen = document.querySelector('main .ant-segmented-item-selected');
    if (chosen && chosen.textContent.trim() === '全部' && document.querySelector('main [role="combobox"][aria-label="审查人"]')) {
      click.answered = performance.now();
      observer.disconnect();
      console.debug('${SIGNAL}click-answered');
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

export interface Signals {
  /** Whether the page has said it. */
  said(what: string): boolean;
  /** Resolves once the page has said it. */
  wait(what: string, timeoutMs?: number): Promise<void>;
}

/** What the page says (SIGNAL messages), heard from the moment this is called: no script of Playwright's runs in the page. */
export function pageSignals(page: Page): Signals {
  const said = new Set<string>();
  const waiting = new Map<string, () => void>();
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith(SIGNAL)) return;
    const what = text.slice(SIGNAL.length);
    said.add(what);
    waiting.get(what)?.();
  });
  return {
    said: (what) => said.has(what),
    wait: (what, timeoutMs = 120_000) =>
      said.has(what)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`the page did not say ${what} within ${timeoutMs} ms`)), timeoutMs);
            timer.unref(); // a wait nobody needs any more (the light screen stood aside) keeps no process alive
            waiting.set(what, () => {
              clearTimeout(timer);
              resolve();
            });
          }),
  };
}

/** Call before the page loads (on its context), then pass `queue` to loadFirstScreen to have it report queueMs (and the first click). */
export async function markQueueShown(context: BrowserContext): Promise<void> {
  await context.addInitScript(QUEUE_MARKER);
  await context.addInitScript(CLICK_MARKER);
}

/**
 * Presses 全部 as soon as the page reports the queue's rows on screen (polled without waiting for a frame,
 * so a busy page answers late only because it is busy), and waits for the screen to show the result.
 */
async function firstClick(page: Page, signals: Signals, queueMs: number): Promise<{ clickAnsweredMs: number; clickWaitMs: number }> {
  // Kept as text: it runs in the browser (this file is type-checked without the DOM's types).
  const at = (await page.evaluate(`(() => {
    const label = [...document.querySelectorAll('main .ant-segmented-item')].find((el) => el.textContent.trim() === '全部');
    const r = label && label.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  })()`)) as { x: number; y: number } | null;
  if (!at) throw new Error('no 全部 on the home screen');
  await page.mouse.click(at.x, at.y);
  await signals.wait('click-answered');
  const answered = (await page.evaluate('window.__click.answered')) as number;
  return { clickAnsweredMs: answered, clickWaitMs: answered - queueMs };
}

/**
 * Loads `url` in `page` with the CPU throttled `throttle`× and waits for the home screen's heading (the
 * shell, the session and the queue page have all rendered). Wall time is what the targets name; on a
 * machine shared by several agents it swings with their load, while the main thread's CPU time (Chromium's
 * Performance metrics in thread ticks) barely does — so both are reported. With `queue` (and
 * markQueueShown on the context) it then waits for the queue's answer too and reports when the page saw it.
 */
export async function loadFirstScreen(page: Page, cdp: CDPSession, url: string, throttle: number, queue = false, click = false): Promise<LoadFigures> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(HEADING_MARKER);
  await page.addInitScript(MARKS_MARKER);
  const signals = pageSignals(page);
  await page.goto(url, { waitUntil: 'commit' });
  await signals.wait('heading');
  // When the heading was in the page, as the page saw it (see SIGNAL).
  const ms = (await page.evaluate('window.__headingAt')) as number;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  let queueMs = Number.NaN;
  let appMs = Number.NaN;
  let headingMs = Number.NaN;
  let clicked = { clickAnsweredMs: Number.NaN, clickWaitMs: Number.NaN };
  let cssKB = Number.NaN;
  if (queue) {
    // The press follows the page's word that the rows are there.
    await signals.wait('queue');
    queueMs = (await page.evaluate('window.__queueShownAt')) as number;
    if (click) clicked = await firstClick(page, signals, queueMs);
    // The light screen marks itself before its rows are in the page: when it showed, the app comes later.
    if (signals.said('lite-shown')) await signals.wait('app-shown');
    appMs = (await page.evaluate(() => performance.getEntriesByName('review-desk:app-shown')[0]?.startTime ?? 0)) || ms;
    headingMs = (await page.evaluate('window.__headingAt')) as number;
    cssKB = (await page.evaluate(`performance.getEntriesByType('resource').filter((e) => /\\.css(\\?|$)/.test(e.name) && e.responseEnd <= ${headingMs}).reduce((n, e) => n + e.decodedBodySize, 0) / 1024`)) as number;
  }
  return {
    queueMs,
    appMs,
    headingMs,
    ...clicked,
    cssKB,
    ms,
    cpuMs: metric('ThreadTime'),
    scriptMs: metric('ScriptDuration'),
    compileMs: metric('V8CompileDuration'),
    styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration'),
  };
}

/**
 * The light first screen alone (renderer/src/lite/): the app's script and its stylesheet are refused, so the
 * page stops once the light screen has painted. Returns when it showed (the page's own mark) and the main
 * thread's CPU by then — what the light paint cost, free of the app's loading that follows it (and of
 * other agents' load, which swings wall times far more than CPU time). Null when the light screen stood
 * aside (an early answer later than its 1.5 s wait, under load): the app was asked for at once. Call on a
 * fresh context.
 */
export async function loadLightScreenOnly(context: BrowserContext, url: string, throttle: number): Promise<{ ms: number; cpuMs: number; styleLayoutMs: number } | null> {
  let askedForApp = () => {};
  const appAsked = new Promise<void>((resolve) => (askedForApp = resolve));
  await context.route(/\/app-root-[^/]*\.(js|css)$/, (route) => {
    askedForApp();
    return route.abort();
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(MARKS_MARKER);
  const signals = pageSignals(page);
  await page.goto(url, { waitUntil: 'commit' });
  // The app is asked for right after the light screen's paint — or at once when it stood aside.
  await Promise.race([signals.wait('lite-shown').catch(() => {}), appAsked]);
  const shown = await page.evaluate(() => performance.getEntriesByName('review-desk:lite-shown')[0]?.startTime ?? null);
  if (shown === null) return null;
  // Two frames: the light screen's paint is done (the app's import fails right after it, doing nothing).
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { ms: shown, cpuMs: metric('ThreadTime'), styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration') };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

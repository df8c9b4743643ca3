/*
 * When the light first screen hands over to the app (issue 17: first screen on a slow PC). The light home
 * screen works on its own (links, the menu, the scope switch, the pages of the queue and the reminders), so
 * antd and the app load only when they are needed: something the light screen cannot do was asked for (a
 * held click or key: the reviewer picker, the page-size picker, folding the menu, the user panel's buttons;
 * a pointer resting on a tooltip's target; another screen opened), or the person has left the page alone
 * for QUIET_MS and the browser is idle — then the start-up notice, the reminders' refresh and the session's
 * watch begin. Loading antd takes ~0.4 s of the main thread here and ~1.3 s at 4× CPU throttle, and a click
 * landing in it waits: loading only while the person is still keeps that from the first clicks.
 */

/** How long the page must be left alone (no pointer, key, wheel or touch) before antd loads unasked. */
export const QUIET_MS = 1500;

let demand: () => void = () => {};
const demanded = new Promise<void>((resolve) => (demand = resolve));

/** The app is needed now (idempotent). */
export function demandApp(): void {
  demand();
}

/** Resolves once the app is needed. */
export function appDemanded(): Promise<void> {
  return demanded;
}

/** Starts the quiet watch: demands the app once the page has been left alone QUIET_MS and the browser is idle. */
export function demandAppWhenQuiet(): void {
  const events = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  let timer = 0;
  const idle = () => {
    stop();
    if ('requestIdleCallback' in window) window.requestIdleCallback(demandApp, { timeout: 1000 });
    else demandApp();
  };
  const restart = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(idle, QUIET_MS);
  };
  const stop = () => {
    window.clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, restart, true);
  };
  for (const type of events) window.addEventListener(type, restart, { capture: true, passive: true });
  void demanded.then(stop);
  restart();
}

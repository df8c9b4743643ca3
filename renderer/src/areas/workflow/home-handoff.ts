import type { QueueScope } from './queue-queries';

/*
 * Where the person had taken the home screen before antd loaded (issue 17: first screen on a slow PC). The
 * light first screen (lite/) works on its own — scope switch, the queue's and the reminders' pages — and
 * notes each change here; when the app takes over (app-root.tsx renders into the same root), the queue
 * screen's components start from these values instead of their defaults, so the screen stays exactly where
 * it was. Cleared once the app has rendered: a later visit to the home screen starts as before.
 */
export interface HomeView {
  scope?: QueueScope;
  /** The queue table's page (1-based). */
  queuePage?: number;
  /** The reminders list's page (1-based). */
  remindersPage?: number;
}

let view: HomeView = {};

/** Notes a change made on the light screen. */
export function noteHomeView(change: HomeView): void {
  view = { ...view, ...change };
}

/** What the app's first render of the home screen starts from (empty when there was no light screen). */
export function homeView(): HomeView {
  return view;
}

/** Called once the app has rendered: the next home screen starts from its defaults. */
export function clearHomeView(): void {
  view = {};
}

import type { AuthStatus } from '../../shared/contract/index';
import { call } from './api/client';
import { backupKeys } from './areas/backup/backup-keys';
import { holidayKeys } from './areas/records/holiday-keys';
import { remindersKey } from './areas/reminders/reminders-key';
import { ALERTS_KEY } from './areas/statutes/alert-keys';
import { initialQueueScope, queueQuery, reviewerOptionsQuery } from './areas/workflow/queue-queries';
import { mayCall, mayOpen } from './auth/access';
import { preferencesKey } from './auth/preferences-key';
import { parseRoute } from './routes';

/*
 * The opening screen's data, asked for the moment the entry knows who is signed in (issue 17: first screen
 * on a slow PC). The screen used to ask only once React had rendered it — on a slow PC over a second after
 * the answer to auth.status — and then render a second time with the answers. Now they travel while the app's
 * code evaluates; app-root.tsx puts them in the query cache under the screen's own keys, so the screen
 * usually renders once, with its rows.
 */

/** A query asked early: its cache key, its answer, and the answer itself once it has arrived. */
export interface EarlyQuery {
  queryKey: readonly unknown[];
  answer: Promise<unknown>;
  arrived?: { data: unknown };
  failed?: true;
  /** Resolves once the answer (or its error) is in; never rejects. */
  settled: Promise<void>;
}

const asked: EarlyQuery[] = [];
/** The answers given early, as they sit in the query cache (see earlyStaleTime). */
const answers = new WeakSet<object>();

function ask(query: { queryKey: readonly unknown[]; queryFn: () => Promise<unknown> }): EarlyQuery {
  const answer = query.queryFn();
  const settled = answer.then(
    (data) => {
      if (data !== null && typeof data === 'object') answers.add(data);
      early.arrived = { data };
    },
    () => {
      early.failed = true; // left to the screen's own query, which asks again and shows the error
    },
  );
  const early: EarlyQuery = { queryKey: query.queryKey, answer, settled };
  asked.push(early);
  return early;
}

/** The latest query asked under this key (a failed one may have been asked again). */
function latestAsked(queryKey: readonly unknown[]): EarlyQuery | undefined {
  const key = JSON.stringify(queryKey);
  return asked.findLast((q) => JSON.stringify(q.queryKey) === key);
}

/**
 * staleTime for a screen's query that may have been asked early: an early answer counts as fresh for a few
 * seconds, so the screen's first mount does not ask again at once (React Query refetches stale data on
 * mount, and the default makes every answer stale immediately); any later answer is stale at once, as before.
 */
export function earlyStaleTime(query: { state: { data: unknown } }): number {
  const data = query.state.data;
  return data !== null && typeof data === 'object' && answers.has(data) ? 10_000 : 0;
}

/**
 * Asks what the first screen shows: the shell's (preferences: the sider's width, the language; the 待办
 * badge), and — when the address opens the queue and this person may open it — the queue screen's (its
 * rows, the reviewer list, the backup, holiday and statute notices). Each with the key and input its
 * component uses, and only what the component itself would ask for this person's roles; the one answer
 * that comes late made the whole shell render again on a slow PC.
 */
export function startEarlyQueries(status: AuthStatus): void {
  const me = status.me;
  if (!me) return;
  ask({ queryKey: preferencesKey, queryFn: () => call('preferences.get', {}) });
  if (mayCall(me.roles, 'reminders.get')) ask({ queryKey: remindersKey, queryFn: () => call('reminders.get', {}) });
  if (parseRoute(window.location.hash).page !== 'home' || !mayOpen(me.roles, 'home')) return;
  ask(queueQuery(initialQueueScope(me.roles) === 'mine' ? me.id : undefined));
  ask(reviewerOptionsQuery);
  ask({ queryKey: backupKeys.status, queryFn: () => call('backup.status', {}) });
  ask({ queryKey: holidayKeys.years, queryFn: () => call('holidays.years', {}) });
  if (mayCall(me.roles, 'law.alerts')) ask({ queryKey: ALERTS_KEY, queryFn: () => call('law.alerts', { includeSeen: false }) });
}

/**
 * Resolves when every query asked early has its answer, or after `maxWaitMs` (a slow answer must not hold
 * the whole screen back): main.tsx mounts the app then, so the first render has the data and no late
 * answer renders the shell a second time.
 */
export function earlyQueriesSettled(maxWaitMs: number): Promise<void> {
  const all = Promise.all(asked.map((early) => early.settled)).then(() => {});
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}

/**
 * The answer asked early under this key, without taking it: its data once arrived, null when the query
 * failed or was never asked for, undefined while it is still on its way (the light first screen,
 * lite/lite-screen.tsx, draws only from answers that are all in).
 */
export function earlyAnswer<T>(queryKey: readonly unknown[]): T | null | undefined {
  const early = latestAsked(queryKey);
  if (!early || early.failed) return null;
  return early.arrived ? (early.arrived.data as T) : undefined;
}

/**
 * Asks one more query the way the entry asks its own, for the light first screen when the person changes
 * what it shows before the app has loaded (the other scope's queue): its answer goes into the app's query
 * cache like the others. Asked once per key while it has not failed. Resolves when the answer is in.
 */
export function askEarly(query: { queryKey: readonly unknown[]; queryFn: () => Promise<unknown> }): Promise<void> {
  const known = latestAsked(query.queryKey);
  return known && !known.failed ? known.settled : ask(query).settled;
}

/** The queries asked early (taken once, by app-root.tsx when it creates the query cache). */
export function takeEarlyQueries(): EarlyQuery[] {
  return asked.splice(0);
}

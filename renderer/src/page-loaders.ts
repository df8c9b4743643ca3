import { parseRoute, type Route } from './routes';

/*
 * Every screen's module, loaded when first opened (issue 17). Kept apart from pages.ts (React.lazy) so the
 * entry (main.tsx) can start loading the screen the app opens on together with the app itself, before
 * React and antd have even arrived: that wait was a whole round of loading on a slow PC.
 */

/** Each screen's module, by route. */
export const LOADERS = {
  home: () => import('./areas/workflow/QueuePage'),
  matter: () => import('./areas/matter/MatterPage'),
  matters: () => import('./areas/matter/MattersPage'),
  'new-matter': () => import('./areas/matter/NewMatterPage'),
  'batch-import': () => import('./areas/import/BatchImportPage'),
  search: () => import('./areas/search/SearchPage'),
  settings: () => import('./areas/settings/SettingsPage'),
  exchange: () => import('./areas/exchange/ExchangePage'),
  templates: () => import('./areas/templates/TemplatesPage'),
  ledger: () => import('./areas/ledger/LedgerPage'),
  stats: () => import('./areas/stats/StatsPage'),
  'deadline-settings': () => import('./areas/workflow/DeadlineSettingsPage'),
  decisions: () => import('./areas/workflow/DecisionCataloguePage'),
  normative: () => import('./areas/workflow/NormativeRegistryPage'),
  audit: () => import('./areas/audit/AuditPage'),
  statutes: () => import('./areas/statutes/StatutesPage'),
  incomplete: () => import('./areas/records/IncompletePage'),
  holidays: () => import('./areas/records/HolidaysPage'),
} satisfies Record<Route['page'], () => Promise<unknown>>;

/** A screen's module, as its loader gives it. */
export type PageModule<K extends Route['page']> = Awaited<ReturnType<(typeof LOADERS)[K]>>;

/**
 * A load in progress or done, marked the way React's `use()` reads a promise: once it is fulfilled, a page
 * whose module has arrived renders in the same pass as the shell instead of suspending. (React.lazy always
 * suspended on first render, even with the module already loaded, and React then held the page back for
 * its Suspense reveal throttle — about 300 ms of the first screen, issue 17.)
 */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const started = new Map<Route['page'], Tracked<unknown>>();

/** The one load of a screen's module (started now if nobody has asked yet; a failed load is tried again). */
export function loadPage<K extends Route['page']>(page: K): Promise<PageModule<K>> {
  let load = started.get(page) as Tracked<PageModule<K>> | undefined;
  if (!load) {
    const tracked: Tracked<PageModule<K>> = LOADERS[page]() as Promise<PageModule<K>>;
    tracked.status = 'pending';
    tracked.then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
      },
      (reason: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = reason;
        started.delete(page);
      },
    );
    started.set(page, tracked);
    load = tracked;
  }
  return load;
}

/** Starts loading the screen named by the address; main.tsx mounts the app once it is here. */
export function preloadOpeningPage(): Promise<unknown> {
  return loadPage(parseRoute(window.location.hash).page).catch(() => {});
}

/** Starts loading a screen's module before it is opened (the pointer resting on its menu item). */
export function preloadPage(page: Route['page']): void {
  void loadPage(page).catch(() => {});
}

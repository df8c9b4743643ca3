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

/** Starts loading the screen named by the address (dynamic imports are cached: React.lazy gets the same module). */
export function preloadOpeningPage(): void {
  preloadPage(parseRoute(window.location.hash).page);
}

/** Starts loading a screen's module before it is opened (the pointer resting on its menu item). */
export function preloadPage(page: Route['page']): void {
  void LOADERS[page]().catch(() => {});
}

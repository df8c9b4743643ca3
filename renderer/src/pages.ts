import { createElement, use, type ComponentType } from 'react';
import { loadPage, type PageModule } from './page-loaders';
import type { Route } from './routes';

/**
 * Every screen, loaded when first opened (issue 17). The first screen used to wait for one 2.4 MB script
 * holding antd's every component, echarts, the statute library and the review workspace; now the shell
 * (menu, sign-in, the API client) loads first and each page brings its own chunk. To add a screen, add
 * its line in page-loaders.ts and here, and use it in App's <Page>; a test keeps App.tsx from importing
 * a page module directly.
 */

/**
 * A screen that suspends (the shell's Suspense shows a spinner) only while its module is still on its
 * way: one already loaded — the opening screen, which main.tsx waits for — renders with the shell.
 */
function lazyPage<K extends Route['page'], P extends object>(page: K, pick: (module: PageModule<K>) => ComponentType<P>): ComponentType<P> {
  function LazyPage(props: P) {
    return createElement(pick(use(loadPage(page))), props);
  }
  LazyPage.displayName = `Lazy(${page})`;
  return LazyPage;
}

export const QueuePage = lazyPage('home', (m) => m.QueuePage);
export const MatterPage = lazyPage('matter', (m) => m.MatterPage);
export const MattersPage = lazyPage('matters', (m) => m.MattersPage);
export const NewMatterPage = lazyPage('new-matter', (m) => m.NewMatterPage);
export const BatchImportPage = lazyPage('batch-import', (m) => m.BatchImportPage);
export const SearchPage = lazyPage('search', (m) => m.SearchPage);
export const SettingsPage = lazyPage('settings', (m) => m.SettingsPage);
export const ExchangePage = lazyPage('exchange', (m) => m.ExchangePage);
export const TemplatesPage = lazyPage('templates', (m) => m.TemplatesPage);
export const LedgerPage = lazyPage('ledger', (m) => m.LedgerPage);
export const StatsPage = lazyPage('stats', (m) => m.StatsPage);
export const DeadlineSettingsPage = lazyPage('deadline-settings', (m) => m.DeadlineSettingsPage);
export const DecisionCataloguePage = lazyPage('decisions', (m) => m.DecisionCataloguePage);
export const NormativeRegistryPage = lazyPage('normative', (m) => m.NormativeRegistryPage);
export const AuditPage = lazyPage('audit', (m) => m.AuditPage);
export const StatutesPage = lazyPage('statutes', (m) => m.StatutesPage);
export const IncompletePage = lazyPage('incomplete', (m) => m.IncompletePage);
export const HolidaysPage = lazyPage('holidays', (m) => m.HolidaysPage);

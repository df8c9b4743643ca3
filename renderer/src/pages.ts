import { lazy } from 'react';
import { LOADERS } from './page-loaders';

/**
 * Every screen, loaded when first opened (issue 17). The first screen used to wait for one 2.4 MB script
 * holding antd's every component, echarts, the statute library and the review workspace; now the shell
 * (menu, sign-in, the API client) loads first and each page brings its own chunk. To add a screen, add
 * its line in page-loaders.ts and here, and use it in App's <Page>; a test keeps App.tsx from importing
 * a page module directly.
 */

export const QueuePage = lazy(() => LOADERS.home().then((m) => ({ default: m.QueuePage })));
export const MatterPage = lazy(() => LOADERS.matter().then((m) => ({ default: m.MatterPage })));
export const MattersPage = lazy(() => LOADERS.matters().then((m) => ({ default: m.MattersPage })));
export const NewMatterPage = lazy(() => LOADERS['new-matter']().then((m) => ({ default: m.NewMatterPage })));
export const BatchImportPage = lazy(() => LOADERS['batch-import']().then((m) => ({ default: m.BatchImportPage })));
export const SearchPage = lazy(() => LOADERS.search().then((m) => ({ default: m.SearchPage })));
export const SettingsPage = lazy(() => LOADERS.settings().then((m) => ({ default: m.SettingsPage })));
export const ExchangePage = lazy(() => LOADERS.exchange().then((m) => ({ default: m.ExchangePage })));
export const TemplatesPage = lazy(() => LOADERS.templates().then((m) => ({ default: m.TemplatesPage })));
export const LedgerPage = lazy(() => LOADERS.ledger().then((m) => ({ default: m.LedgerPage })));
export const StatsPage = lazy(() => LOADERS.stats().then((m) => ({ default: m.StatsPage })));
export const DeadlineSettingsPage = lazy(() => LOADERS['deadline-settings']().then((m) => ({ default: m.DeadlineSettingsPage })));
export const DecisionCataloguePage = lazy(() => LOADERS.decisions().then((m) => ({ default: m.DecisionCataloguePage })));
export const NormativeRegistryPage = lazy(() => LOADERS.normative().then((m) => ({ default: m.NormativeRegistryPage })));
export const AuditPage = lazy(() => LOADERS.audit().then((m) => ({ default: m.AuditPage })));
export const StatutesPage = lazy(() => LOADERS.statutes().then((m) => ({ default: m.StatutesPage })));
export const IncompletePage = lazy(() => LOADERS.incomplete().then((m) => ({ default: m.IncompletePage })));
export const HolidaysPage = lazy(() => LOADERS.holidays().then((m) => ({ default: m.HolidaysPage })));

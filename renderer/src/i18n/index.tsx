import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { enUS, zhCN, type MessageKey } from './messages';
import { domainLabels } from './domain-labels';
import { format } from './format';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: Locale[] = ['zh-CN', 'en-US'];
const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export { format };

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  labels: ReturnType<typeof domainLabels>;
}

const I18nContext = createContext<I18n | null>(null);

/** The one i18n layer: every UI string goes through `t`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  // 简体中文 until someone signs in; then their own choice, kept in the archive (auth/preferences.ts).
  const [locale, setLocaleState] = useState<Locale>('zh-CN');
  const setLocale = useCallback((next: Locale) => {
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => format(dictionaries[locale][key], values),
      labels: domainLabels(locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

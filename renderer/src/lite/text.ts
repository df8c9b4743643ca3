import messages from 'virtual:lite-messages';
import type { Locale } from '../i18n';
import { domainLabels } from '../i18n/domain-labels';
import { format } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { PAGER_WORDS, type PagerWords } from './pagination';

/** The light first screen's strings: the app's messages in the signed-in person's language. */
export interface LiteText {
  locale: Locale;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  labels: ReturnType<typeof domainLabels>;
  /** antd's own words the screen shows (its Pagination's), as antd's locale has them. */
  pager: PagerWords;
}

export function liteText(locale: Locale): LiteText {
  // Only the messages this screen's source names (renderer/vite-lite-messages.ts), not the app's whole
  // tables; a key it missed shows as itself, and the light screen's markup then differs from the app's.
  const table = messages[locale];
  return {
    locale,
    t: (key, values) => format(table[key] ?? key, values),
    labels: domainLabels(locale),
    pager: PAGER_WORDS[locale],
  };
}

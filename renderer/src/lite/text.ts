import { format, type Locale } from '../i18n';
import { domainLabels } from '../i18n/domain-labels';
import { enUS, zhCN, type MessageKey } from '../i18n/messages';
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
  const messages = locale === 'zh-CN' ? zhCN : enUS;
  return {
    locale,
    t: (key, values) => format(messages[key], values),
    labels: domainLabels(locale),
    pager: PAGER_WORDS[locale],
  };
}

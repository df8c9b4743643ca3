import { deadlineRuleEn, deadlineRuleZh, type DeadlineSettings } from '../../../../shared/domain/workflow';
import type { Locale } from '../../i18n';

type Rule = Pick<DeadlineSettings, 'countStartDay' | 'pauseMode' | 'countAdjustedWorkdays'> & { coverage: { firstYear: number; lastYear: number } };

/** The deadline rule worded in the UI's language (the server's ruleText is Chinese only). */
export function ruleText(locale: Locale, rule: Rule): string {
  return locale === 'zh-CN' ? deadlineRuleZh(rule, rule.coverage) : deadlineRuleEn(rule, rule.coverage);
}

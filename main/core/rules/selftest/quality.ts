import type { RuleInfo } from '../../../../shared/domain/finding.js';
import { shippedFigures } from './shipped.js';

/** Rule metadata with each main rule's self-test figures attached (as `review-desk selftest` prints them). */
export function rulesWithQuality(rules: readonly RuleInfo[]): RuleInfo[] {
  const figures = shippedFigures();
  const byRule = new Map((figures?.rules ?? []).map(({ rule, ...q }) => [rule, q]));
  return rules.map((r) => {
    const quality = byRule.get(r.id);
    return quality ? { ...r, quality } : { ...r };
  });
}

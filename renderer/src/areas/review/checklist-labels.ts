import { CERTAINTY_ZH, DIMENSION_ZH, type Certainty, type ChecklistDimension, type LegalBasisEntry } from '../../../../shared/domain/checklist';
import type { Locale } from '../../i18n';

const DIMENSION_EN: Record<ChecklistDimension, string> = {
  subject: 'Lawful subject',
  authority: 'Lawful authority',
  content: 'Lawful content',
  procedure: 'Lawful procedure',
  specific: 'Type-specific',
};

const CERTAINTY_EN: Record<Certainty, string> = {
  verbatim: '[statute text]',
  secondary: '[secondary source]',
  unverified: '(unverified)',
  practice: '[practice]',
};

/** Checklist vocabulary in the UI language; Chinese comes from the shared domain labels. */
export function checklistLabels(locale: Locale) {
  const zh = locale === 'zh-CN';
  return {
    dimension: (d: ChecklistDimension) => (zh ? DIMENSION_ZH[d] : DIMENSION_EN[d]),
    certainty: (c: Certainty) => (zh ? CERTAINTY_ZH[c] : CERTAINTY_EN[c]),
  };
}

/** Tag colours: verified text calm, anything less sure stands out. */
export const CERTAINTY_COLOR: Record<Certainty, string> = {
  verbatim: 'green',
  secondary: 'gold',
  unverified: 'red',
  practice: 'purple',
};

/** How a basis entry is cited in an opinion: 《法律名称》第N条. */
export function basisCitation(entry: Pick<LegalBasisEntry, 'law' | 'article'>): string {
  return `《${entry.law}》${entry.article}`;
}

/** Several entries cited together, articles of the same law joined: 《民法典》第470条、第510条；《…》第N条. */
export function citeAll(entries: Pick<LegalBasisEntry, 'law' | 'article'>[]): string {
  const byLaw = new Map<string, string[]>();
  for (const e of entries) byLaw.set(e.law, [...(byLaw.get(e.law) ?? []), e.article]);
  return [...byLaw].map(([law, articles]) => `《${law}》${articles.filter(Boolean).join('、')}`).join('；');
}

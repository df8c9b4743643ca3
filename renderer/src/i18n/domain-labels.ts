import type { Role } from '../../../shared/domain/account';
import { ROLE_LABELS_EN, ROLE_LABELS_ZH } from '../../../shared/domain/roles';
import { MATTER_STATUS_ZH, MATTER_TYPE_ZH, REVIEW_RESULT_ZH, SEVERITY_ZH, SHOWN_STATUS_ZH } from '../../../shared/domain/labels-zh';
import type { MatterStatus, MatterType, ReviewResult, Severity } from '../../../shared/domain/matter';
import { type ShownStatus, shownStatus } from '../../../shared/domain/shown-status';
import type { Locale } from './index';

const MATTER_TYPE_EN: Record<MatterType, string> = {
  'village.charter': 'Village self-governance charter',
  'village.rules': 'Village rules / residents’ pact',
  'village.contract': 'Village collective contract',
  'village.project': 'Village collective project',
  'village.other': 'Other village matter',
  normative: 'Normative document',
  decision: 'Major administrative decision',
  contract: 'Contract / agreement',
  opinion: 'Legal opinion',
};
const STATUS_EN: Record<MatterStatus, string> = {
  registered: 'Registered',
  'in-review': 'In review',
  'awaiting-signoff': 'Awaiting sign-off',
  'opinion-issued': 'Opinion issued',
  'awaiting-feedback': 'Awaiting feedback',
  closed: 'Closed',
  returned: 'Returned for materials',
  withdrawn: 'Withdrawn',
};
const SHOWN_EN: Record<ShownStatus, string> = { ...STATUS_EN, 'signed-off': 'Signed off, letter pending', voided: 'Voided' };
const RESULT_EN: Record<ReviewResult, string> = {
  lawful: 'Lawful',
  'lawful-after-revision': 'Lawful after revision',
  unlawful: 'Unlawful',
};
const SEVERITY_EN: Record<Severity, string> = { must: 'Must revise', should: 'Should revise', hint: 'Note' };

/** Domain vocabulary in the UI language; Chinese comes from the shared labels. */
export function domainLabels(locale: Locale) {
  const zh = locale === 'zh-CN';
  return {
    matterType: (t: MatterType) => (zh ? MATTER_TYPE_ZH[t] : MATTER_TYPE_EN[t]),
    status: (s: MatterStatus) => (zh ? MATTER_STATUS_ZH[s] : STATUS_EN[s]),
    /** Where a matter really is: 作废 for a voided one, 已签批待出具 after sign-off (issue 20). */
    shownStatus: (m: Parameters<typeof shownStatus>[0]) => (zh ? SHOWN_STATUS_ZH[shownStatus(m)] : SHOWN_EN[shownStatus(m)]),
    /** A shown status by name (the status filters' options). */
    shownStatusName: (s: ShownStatus) => (zh ? SHOWN_STATUS_ZH[s] : SHOWN_EN[s]),
    result: (r: ReviewResult) => (zh ? REVIEW_RESULT_ZH[r] : RESULT_EN[r]),
    severity: (s: Severity) => (zh ? SEVERITY_ZH[s] : SEVERITY_EN[s]),
    role: (r: Role) => (zh ? ROLE_LABELS_ZH[r] : ROLE_LABELS_EN[r]),
  };
}

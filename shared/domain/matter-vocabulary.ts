// Kept apart from matter.ts (its zod schemas) so screens that only list the choices — the ledger's filters —
// load no schema library (issue 17). matter.ts re-exports them.

/** Matter types with the slugs the contract, CLI and resources use. */
export const MATTER_TYPES = [
  'village.charter',
  'village.rules',
  'village.contract',
  'village.project',
  'village.other',
  'normative',
  'decision',
  'contract',
  'opinion',
] as const;

/** Review conclusion (审查结论). */
export const REVIEW_RESULTS = ['lawful', 'lawful-after-revision', 'unlawful'] as const;

export type MatterTypeSlug = (typeof MATTER_TYPES)[number];

/** True for the five 村级重大事项 subtypes. */
export function isVillageType(type: MatterTypeSlug): boolean {
  return type.startsWith('village.');
}

/**
 * Matter status (the flow 流转、审查、反馈). The allowed moves between them live in
 * main/core; this list is only the vocabulary.
 */
export const MATTER_STATUSES = [
  'registered',
  'in-review',
  'awaiting-signoff',
  'opinion-issued',
  'awaiting-feedback',
  'closed',
  'returned',
  'withdrawn',
] as const;

/** Severity of an opinion or finding: 必须修改 / 建议修改 / 提示. */
export const SEVERITIES = ['must', 'should', 'hint'] as const;

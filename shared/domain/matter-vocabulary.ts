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

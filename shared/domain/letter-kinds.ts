// The letter kinds without zod, so the archive search can name them without loading the schema library
// (issue 17); letter.ts re-exports them beside the LetterKind schema.

/** The letters an office issues from a review. */
export const LETTER_KINDS = ['legality-opinion', 'legal-opinion', 'return-notice'] as const;
export type LetterKindName = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_ZH: Record<LetterKindName, string> = {
  'legality-opinion': '合法性审查意见书',
  'legal-opinion': '法律意见书',
  'return-notice': '审查意见反馈函（退回补正通知）',
};

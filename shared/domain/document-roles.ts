// The document roles without zod, so the command line can name them without loading the schema library
// (issue 17); contract/documents.ts re-exports them beside the DocumentRole schema.

/** What a document is to its matter: 送审稿, 修改稿, 决议/会议记录, 附件. */
export const DOCUMENT_ROLES = ['submitted', 'revised', 'minutes', 'attachment'] as const;
export type DocumentRoleName = (typeof DOCUMENT_ROLES)[number];

export const DOCUMENT_ROLE_ZH: Record<DocumentRoleName, string> = {
  submitted: '送审稿',
  revised: '修改稿',
  minutes: '决议/会议记录',
  attachment: '附件',
};

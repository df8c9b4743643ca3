// The role vocabulary without zod, so the renderer's first screen (menu, user panel) can name roles
// without loading the schema library (issue 17); account.ts re-exports it beside the Role schema.

/**
 * The roles of the people who work on a review. A person may hold several.
 * admin: accounts and office settings; reviewer: 司法所 staff who register, review and draft letters;
 * counsel: 法律顾问, reviews the matters assigned to them, cannot approve or issue; approver: 签批人,
 * approves or returns reviews and issues letters; liaison: 法治联络员, registers matters and uploads
 * documents for their own unit and sees only those; viewer: 督察, reads everything, writes nothing.
 */
export const ROLES = ['admin', 'reviewer', 'counsel', 'approver', 'liaison', 'viewer'] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS_ZH: Record<RoleName, string> = {
  admin: '管理员',
  reviewer: '审查人',
  counsel: '法律顾问',
  approver: '签批人',
  liaison: '法治联络员',
  viewer: '只读（督察）',
};

export const ROLE_LABELS_EN: Record<RoleName, string> = {
  admin: 'Administrator',
  reviewer: 'Reviewer',
  counsel: 'Legal counsel',
  approver: 'Approver',
  liaison: 'Liaison',
  viewer: 'Read-only',
};

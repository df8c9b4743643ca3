import { z } from 'zod';
import { ROLES } from './roles.js';

export { ROLES, ROLE_LABELS_EN, ROLE_LABELS_ZH } from './roles.js';
export const Role = /* @__PURE__ */ z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Who may call a method: a list of roles (any one suffices), or everyone including the signed-out. */
export type Access = readonly Role[] | 'public';

/** Role groups the contract uses, so the method table reads as policy. */
export const ANY_ROLE: readonly Role[] = ROLES;
/** Everyone inside the office (not the liaison, who sees only their own unit's matters). */
export const OFFICE_READ: readonly Role[] = ['admin', 'reviewer', 'counsel', 'approver', 'viewer'];
/** Work on the review itself: checklist answers, opinions, findings. */
export const REVIEW_WRITE: readonly Role[] = ['reviewer', 'counsel', 'approver'];
/** The 司法所's own case work: registering, moving, registries, feedback. */
export const CASE_WRITE: readonly Role[] = ['reviewer', 'approver'];
export const SIGN_OFF: readonly Role[] = ['approver'];
export const OFFICE_ADMIN: readonly Role[] = ['admin'];
/** Shared libraries and templates: the reviewing staff and the admin. */
export const LIBRARY_WRITE: readonly Role[] = ['admin', 'reviewer', 'approver'];

/** Login names: letters, digits (any script), dot, dash, underscore; 1–32 characters. */
export const LOGIN_PATTERN = /^[\p{L}\p{N}._-]{1,32}$/u;

/**
 * The password policy an office can live with: at least 8 characters with at least two of letters,
 * digits and other characters; not the login name. (No forced periodic changes: NIST SP 800-63B.)
 */
export function passwordProblem(password: string, login: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 128) return '密码不能超过 128 位';
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (kinds < 2) return '密码须包含字母、数字、符号中的至少两类';
  if (password.toLowerCase().includes(login.toLowerCase())) return '密码不能包含登录名';
  return null;
}

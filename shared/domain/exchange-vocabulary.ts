// The exchange vocabulary without zod, so the command line can name and read the kinds without loading
// the schema library (issue 17); exchange.ts re-exports it beside the OfficeKind and PackageKind schemas.

/** The kinds of office an installation can be. */
export const OFFICE_KINDS = ['county-bureau', 'township-office', 'counsel', 'unit'] as const;
export type OfficeKindName = (typeof OFFICE_KINDS)[number];

export const OFFICE_KIND_ZH: Record<OfficeKindName, string> = {
  'county-bureau': '县司法局',
  'township-office': '司法所',
  counsel: '法律顾问',
  unit: '单位',
};

/** The kinds of exchange package. */
export const PACKAGE_KINDS = ['submission', 'consult', 'consult-reply', 'letter', 'feedback', 'statistics'] as const;
export type PackageKindName = (typeof PACKAGE_KINDS)[number];

export const PACKAGE_KIND_ZH: Record<PackageKindName, string> = {
  submission: '送审',
  consult: '协审',
  'consult-reply': '协审回复',
  letter: '意见书',
  feedback: '反馈',
  statistics: '统计上报',
};

/** Accepts the Chinese names too, so `--kind 送审` works on the command line. */
export function parsePackageKind(text: string): PackageKindName | null {
  if ((PACKAGE_KINDS as readonly string[]).includes(text)) return text as PackageKindName;
  return PACKAGE_KINDS.find((k) => PACKAGE_KIND_ZH[k] === text.trim()) ?? null;
}

export function parseOfficeKind(text: string): OfficeKindName | null {
  if ((OFFICE_KINDS as readonly string[]).includes(text)) return text as OfficeKindName;
  return OFFICE_KINDS.find((k) => OFFICE_KIND_ZH[k] === text.trim()) ?? null;
}

/** Office codes: letters, digits (any script), dot, dash, underscore; they name offices in packages. */
export const OFFICE_CODE_PATTERN = /^[\p{L}\p{N}._-]{1,32}$/u;

/**
 * The exchange code suggested for an office from its letter code (发文机关代字, e.g. “城司审”): the same
 * characters where they are allowed in a code, else a neutral default the admin can change at setup.
 */
export function suggestOfficeCode(letterCode: string | null | undefined): string {
  const kept = [...(letterCode ?? '')].filter((c) => /[\p{L}\p{N}._-]/u.test(c)).join('').slice(0, 32);
  return kept.length > 0 ? kept : 'OFFICE';
}

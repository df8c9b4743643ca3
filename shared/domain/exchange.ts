import { z } from 'zod';

/** The kinds of office an installation can be. */
export const OFFICE_KINDS = ['county-bureau', 'township-office', 'counsel', 'unit'] as const;
export const OfficeKind = z.enum(OFFICE_KINDS);
export type OfficeKind = z.infer<typeof OfficeKind>;

export const OFFICE_KIND_ZH: Record<OfficeKind, string> = {
  'county-bureau': '县司法局',
  'township-office': '司法所',
  counsel: '法律顾问',
  unit: '单位',
};

/** The kinds of exchange package. */
export const PACKAGE_KINDS = ['submission', 'consult', 'consult-reply', 'letter', 'feedback', 'statistics'] as const;
export const PackageKind = z.enum(PACKAGE_KINDS);
export type PackageKind = z.infer<typeof PackageKind>;

export const PACKAGE_KIND_ZH: Record<PackageKind, string> = {
  submission: '送审',
  consult: '协审',
  'consult-reply': '协审回复',
  letter: '意见书',
  feedback: '反馈',
  statistics: '统计上报',
};

/** Accepts the Chinese names too, so `--kind 送审` works on the command line. */
export function parsePackageKind(text: string): PackageKind | null {
  const direct = PackageKind.safeParse(text);
  if (direct.success) return direct.data;
  const found = PACKAGE_KINDS.find((k) => PACKAGE_KIND_ZH[k] === text.trim());
  return found ?? null;
}

export function parseOfficeKind(text: string): OfficeKind | null {
  const direct = OfficeKind.safeParse(text);
  if (direct.success) return direct.data;
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

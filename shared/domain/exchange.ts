import { z } from 'zod';
import { OFFICE_KINDS, PACKAGE_KINDS } from './exchange-vocabulary.js';

export {
  OFFICE_CODE_PATTERN,
  OFFICE_KIND_ZH,
  OFFICE_KINDS,
  PACKAGE_KIND_ZH,
  PACKAGE_KINDS,
  parseOfficeKind,
  parsePackageKind,
  suggestOfficeCode,
} from './exchange-vocabulary.js';

/** The kinds of office an installation can be. */
export const OfficeKind = z.enum(OFFICE_KINDS);
export type OfficeKind = z.infer<typeof OfficeKind>;

/** The kinds of exchange package. */
export const PackageKind = z.enum(PACKAGE_KINDS);
export type PackageKind = z.infer<typeof PackageKind>;

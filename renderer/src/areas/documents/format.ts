import { DOCUMENT_ROLE_ZH, type DocumentRole } from '../../../../shared/contract/documents';
import type { Locale } from '../../i18n';

const ROLE_EN: Record<DocumentRole, string> = {
  submitted: 'Draft for review',
  revised: 'Revised draft',
  minutes: 'Resolution / minutes',
  attachment: 'Attachment',
};

export function roleLabel(role: DocumentRole, locale: Locale): string {
  return locale === 'zh-CN' ? DOCUMENT_ROLE_ZH[role] : ROLE_EN[role];
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

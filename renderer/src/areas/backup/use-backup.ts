import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys of the backup area, made in one place. */
export const backupKeys = {
  status: ['backup.status'] as const,
  list: ['backup.list'] as const,
};

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => call('backup.status', {}) });
}

export function useBackupList() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup.list', {}) });
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { backupKeys } from './backup-keys';

export { backupKeys };

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => call('backup.status', {}) });
}

export function useBackupList() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup.list', {}) });
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

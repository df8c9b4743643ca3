/** Query keys of the backup area, made in one place (apart from use-backup.ts so the entry can use them: early-queries.ts). */
export const backupKeys = {
  status: ['backup.status'] as const,
  list: ['backup.list'] as const,
};

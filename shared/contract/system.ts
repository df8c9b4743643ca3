import { z } from 'zod';
import { ANY_ROLE } from '../domain/account.js';
import { method } from './rpc.js';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  door: z.enum(['electron', 'http', 'cli']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const systemContract = {
  'system.info': method({ roles: ANY_ROLE, input: z.object({}).strict(), output: AppInfo, writes: false }),
};

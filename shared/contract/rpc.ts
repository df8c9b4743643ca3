import { z } from 'zod';
import type { Access } from '../domain/account.js';

/**
 * How the router finds the matter a call concerns, to apply per-matter access (a liaison sees only
 * their unit's matters; a counsel writes only on matters assigned to them). `id:opinion:opinionId`
 * reads the opinion id from the `opinionId` field instead of `id`.
 */
export type MatterOf = 'matterId' | 'documentId' | 'id:matter' | 'id:document' | 'id:opinion' | 'id:letter' | 'id:finding' | 'id:opinion:opinionId';

/** One API method: the schema its input must pass and the schema its output is checked against. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes data; the HTTP door and tests use it to know which calls must leave no trace on failure. */
  writes: boolean;
  /** Largest request body the HTTP door accepts for this method (uploads); others get the 1 MB default. */
  maxInputBytes?: number;
  /** Who may call it; declared once here, enforced by the router for every door. */
  roles: Access;
  matterOf?: MatterOf;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

/** Errors cross every door as data: a stable code and a message in Chinese. */
export const RpcError = z.object({
  code: z.string(),
  message: z.string(),
  /** Field paths of invalid input, for forms to highlight. */
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RpcError = z.infer<typeof RpcError>;

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export { BINARY_RPC_HEADER, HTTP_RPC_PREFIX, IPC_CHANNEL, JSON_PART } from './transport.js';

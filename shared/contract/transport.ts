/**
 * Names of the RPC transports' entry points, shared by the server, the preload and the client. In a
 * module of their own, without zod, so the renderer's first script need not load the contract.
 */
export const HTTP_RPC_PREFIX = '/api/rpc/';
export const IPC_CHANNEL = 'review-desk:invoke';

/**
 * The methods whose answer starts a new session: the doors keep the token they carry, and the page counts
 * them so that a 401 for a call sent under the session before is not taken for the new one ending.
 */
export const SIGN_IN_METHODS: ReadonlySet<string> = new Set(['auth.login', 'auth.setup']);

/**
 * File bytes over HTTP (issue 15): a call whose input holds Uint8Array fields is sent as
 * multipart/form-data — the part named JSON_PART holds the JSON of the other fields, and each binary
 * field is a part of its own name. A reply whose value holds bytes comes back the same way.
 * A multipart request must carry BINARY_RPC_HEADER: a plain HTML form can post multipart/form-data to any
 * site but cannot set a header, and a cross-site fetch with one needs a CORS preflight the server never
 * grants — so the header keeps the guarantee the JSON content type gives.
 */
export const BINARY_RPC_HEADER = 'x-review-desk-rpc';
export const JSON_PART = 'json';

/** Splits the top-level Uint8Array fields off a value: the rest goes as JSON, each byte field as a part. */
export function splitBytes(value: unknown): { rest: unknown; bytes: [string, Uint8Array][] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return { rest: value, bytes: [] };
  const rest: Record<string, unknown> = {};
  const bytes: [string, Uint8Array][] = [];
  for (const [key, field] of Object.entries(value)) {
    if (field instanceof Uint8Array) bytes.push([key, field]);
    else rest[key] = field;
  }
  return { rest, bytes };
}

import type { RpcResult } from '../../../shared/contract/rpc.js';
import { BINARY_RPC_HEADER, JSON_PART, splitBytes } from '../../../shared/contract/transport.js';

/**
 * How a call travels over HTTP (issue 15): JSON when it carries no file; multipart/form-data when it
 * does — the JSON of the other fields in one part, each Uint8Array field as a part of its own name —
 * so file bytes go as bytes, not as base64 text a third larger. Replies carrying bytes (downloads) come
 * back the same way. Used by the api client and by the tests that call the server from Node.
 */
export function encodeRpcRequest(input: unknown): { body: string | FormData; headers: Record<string, string> } {
  const { rest, bytes } = splitBytes(input ?? {});
  if (bytes.length === 0) return { body: JSON.stringify(input ?? {}), headers: { 'Content-Type': 'application/json' } };
  const form = new FormData();
  form.append(JSON_PART, JSON.stringify(rest));
  // The browser streams the Blob into the body and sets the multipart boundary itself.
  for (const [name, data] of bytes) form.append(name, new Blob([data as Uint8Array<ArrayBuffer>]), name);
  return { body: form, headers: { [BINARY_RPC_HEADER]: '1' } };
}

/** The reply's envelope: JSON, or multipart whose byte parts are set back into the value as Uint8Array fields. */
export async function decodeRpcReply(response: Response): Promise<RpcResult<unknown>> {
  if (!/^multipart\/form-data/i.test(response.headers.get('content-type') ?? '')) return (await response.json()) as RpcResult<unknown>;
  const form = await response.formData();
  const json = form.get(JSON_PART);
  const result = JSON.parse(typeof json === 'string' ? json : await (json as Blob).text()) as RpcResult<unknown>;
  if (!result.ok) return result;
  const value = result.value as Record<string, unknown>;
  for (const [name, part] of form.entries()) {
    if (name !== JSON_PART && typeof part !== 'string') value[name] = new Uint8Array(await part.arrayBuffer());
  }
  return result;
}

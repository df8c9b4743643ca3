import type { RpcResult } from '../../shared/contract/rpc.js';
import { decodeRpcReply, encodeRpcRequest } from '../../renderer/src/api/rpc-wire.js';

/**
 * Calls a method over the HTTP door the way the browser's api client does (renderer/src/api/rpc-wire.ts):
 * JSON, or multipart/form-data when the input carries file bytes; a reply with bytes decoded back.
 */
export async function httpCall(serverUrl: string, method: string, input: unknown, cookie?: string): Promise<{ status: number; result: RpcResult<unknown> }> {
  const { body, headers } = encodeRpcRequest(input);
  const response = await fetch(`${serverUrl}api/rpc/${method}`, { method: 'POST', body, headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } });
  return { status: response.status, result: await decodeRpcReply(response) };
}

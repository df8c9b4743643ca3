import type { Method, MethodInput, MethodOutput, RpcError, RpcResult } from '../../../shared/contract/index';
import { HTTP_RPC_PREFIX, SIGN_IN_METHODS } from '../../../shared/contract/transport';
import { decodeRpcReply, encodeRpcRequest } from './rpc-wire';

/** A failed call: the code and Chinese message the core sent. */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: RpcError['fields'];
  constructor(error: RpcError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields;
  }
}

export type Transport = (method: string, input: unknown) => Promise<RpcResult<unknown>>;

/** The preload bridge when running inside Electron. */
function bridgeTransport(): Transport | null {
  const bridge = window.reviewDesk;
  return bridge ? (method, input) => bridge.invoke(method, input) : null;
}

/** POST to the loopback server in browser mode; the reply uses the same envelope as IPC. */
const httpTransport: Transport = async (method, input) => {
  let response: Response;
  try {
    response = await fetch(`${HTTP_RPC_PREFIX}${method}`, { method: 'POST', ...encodeRpcRequest(input) });
  } catch {
    return { ok: false, error: { code: 'network', message: '无法连接到本机服务，请确认工作台仍在运行。' } };
  }
  try {
    return await decodeRpcReply(response);
  } catch {
    return { ok: false, error: { code: 'network', message: `服务返回了无法识别的内容（HTTP ${response.status}）。` } };
  }
};

let transport: Transport = bridgeTransport() ?? httpTransport;

/** Tests and stories swap in a fake transport. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Why a call found nobody signed in: no session at all, or one that ended after the idle limit. */
export type SignInReason = 'required' | 'expired';
type SignInListener = (reason: SignInReason) => void;
let signInListener: SignInListener | null = null;

/**
 * Registers the one place that shows the sign-in page when any call is answered 401
 * (auth.required / auth.expired). Returns the unregister function.
 */
export function onSignInRequired(listener: SignInListener): () => void {
  signInListener = listener;
  return () => {
    if (signInListener === listener) signInListener = null;
  };
}

/** A refusal because nobody is signed in (no session, or one past the idle limit): answered 401. */
export function isSignedOutCode(code: string): boolean {
  return code === 'auth.required' || code === 'auth.expired';
}

/**
 * Counts the sign-ins this page has seen. A call sent before a sign-in carried the session before it;
 * its 401 may arrive after the person signed in again (a list refetched while the sign-in page was up),
 * and must not bring the sign-in page back over the new session.
 */
let sessionsStarted = 0;

/** Calls one contract method; resolves with its typed output or throws ApiError. */
export async function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const sentInSession = sessionsStarted;
  const result = await transport(method, input);
  if (!result.ok) {
    const { code } = result.error;
    if (isSignedOutCode(code) && sentInSession === sessionsStarted) signInListener?.(code === 'auth.expired' ? 'expired' : 'required');
    throw new ApiError(result.error);
  }
  if (SIGN_IN_METHODS.has(method)) sessionsStarted++;
  return result.value as MethodOutput<M>;
}

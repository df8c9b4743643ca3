/**
 * Names of the RPC transports' entry points, shared by the server, the preload and the client. In a
 * module of their own, without zod, so the renderer's first script need not load the contract.
 */
export const HTTP_RPC_PREFIX = '/api/rpc/';
export const IPC_CHANNEL = 'review-desk:invoke';

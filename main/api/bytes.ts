/**
 * The contract's file bytes (a Uint8Array: from structured clone over IPC, a multipart part over HTTP,
 * or a test) as a Buffer for the core — a view over the same memory, not a copy of a 50 MB file.
 */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

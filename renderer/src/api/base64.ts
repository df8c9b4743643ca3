/**
 * Base64 for file transfer without freezing the UI: the bytes are encoded in slices, and the encoder
 * gives the event loop a turn between megabytes so clicks and repaints still happen on big files.
 */

/** A multiple of 3, so each slice encodes to base64 without padding and the slices can be joined. */
const SLICE_BYTES = 3 * 32 * 1024;
const SLICES_PER_TURN = 12;

type WithToBase64 = Uint8Array & { toBase64?: () => string };

function encodeSlice(slice: Uint8Array): string {
  const native = (slice as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(slice);
  let binary = '';
  for (let i = 0; i < slice.length; i += 8192) {
    binary += String.fromCharCode(...slice.subarray(i, i + 8192));
  }
  return btoa(binary);
}

/** Lets pending input and rendering run before the next piece of work. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function bytesToBase64(bytes: Uint8Array): Promise<string> {
  const parts: string[] = [];
  for (let at = 0, n = 0; at < bytes.length; at += SLICE_BYTES, n++) {
    parts.push(encodeSlice(bytes.subarray(at, at + SLICE_BYTES)));
    if (n % SLICES_PER_TURN === SLICES_PER_TURN - 1) await nextTurn();
  }
  return parts.join('');
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

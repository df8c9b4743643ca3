import { z } from 'zod';

/**
 * File bytes in the contract (issue 15): a `Uint8Array`, never base64 text inside JSON. The core gets the
 * bytes as they are; each door carries them in its own binary way — Electron IPC by structured clone
 * (a Uint8Array survives it as one), HTTP as parts of a multipart/form-data body (transport.ts). Base64 cost a third more bytes on the wire and three copies of the file as text
 * on each side.
 */
export function fileBytes(maxBytes: number, tooLarge: string, empty?: string) {
  const bytes = z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: '文件内容缺失：须以二进制方式上传文件' })
    .refine((b) => b.byteLength <= maxBytes, { error: tooLarge });
  // Without a message here an empty file reaches the core, which names the problem for its kind of file.
  return empty === undefined ? bytes : bytes.refine((b) => b.byteLength > 0, { error: empty });
}

/** Output bytes (downloads, exports): the same type, no limit (the core made them). */
export const OutBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: '文件内容缺失' });

/** Room the HTTP door grants an upload beyond the file itself: the other fields and multipart framing. */
export const UPLOAD_ENVELOPE_BYTES = 64 * 1024;


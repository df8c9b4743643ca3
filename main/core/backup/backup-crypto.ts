import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { AppError } from '../errors.js';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: ScryptOptions) => Promise<Buffer>;

/** First bytes of an encrypted backup; a plain backup is an ordinary SQLite file ("SQLite format 3"). */
export const ENCRYPTED_MAGIC = Buffer.from('REVIEW-DESK-BACKUP-AES256GCM-1\n', 'ascii');
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, ~0.5 s here) — the OWASP minimum for scrypt — so a stolen
 * USB drive's backup cannot be guessed fast. The parameters are stored in the file, so they can be raised
 * later without breaking old backups.
 */
const KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;

export const MIN_PASSPHRASE_LENGTH = 8;

export interface EncryptedHeader<T> {
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  /** Shown before the passphrase is asked (date, counts); authenticated with the contents. */
  info: T;
}

function deriveKey(passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }): Promise<Buffer> {
  return scrypt(passphrase.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 });
}

function headerBytes(header: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([ENCRYPTED_MAGIC, length, json]);
}

export function isEncryptedBackup(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(ENCRYPTED_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(ENCRYPTED_MAGIC);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** The header of an encrypted backup (readable without the passphrase) and where its ciphertext starts. */
export function readEncryptedHeader<T>(file: string): { header: EncryptedHeader<T>; bodyStart: number; aad: Buffer } {
  const fd = openSync(file, 'r');
  try {
    const fixed = Buffer.alloc(ENCRYPTED_MAGIC.length + 4);
    readSync(fd, fixed, 0, fixed.length, 0);
    const length = fixed.readUInt32BE(ENCRYPTED_MAGIC.length);
    if (!fixed.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC) || length > MAX_HEADER_BYTES) {
      throw new AppError('backup.unreadable', '备份文件格式不正确或已损坏。');
    }
    const json = Buffer.alloc(length);
    readSync(fd, json, 0, length, fixed.length);
    const header = JSON.parse(json.toString('utf8')) as EncryptedHeader<T>;
    return { header, bodyStart: fixed.length + length, aad: Buffer.concat([fixed, json]) };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('backup.unreadable', '备份文件格式不正确或已损坏。');
  } finally {
    closeSync(fd);
  }
}

/** Encrypts `source` into `dest` with AES-256-GCM under a key derived from the passphrase by scrypt. */
export async function encryptFile<T>(source: string, dest: string, passphrase: string, info: T): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('backup.passphrase-short', `备份密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符。`);
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF);
  const header: EncryptedHeader<T> = {
    kdf: { ...KDF, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    info,
  };
  const head = headerBytes(header);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(head);
  const out = createWriteStream(dest, { flags: 'wx' });
  out.write(head);
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (e?: Error | null) => (e ? reject(e) : resolve())));
}

/**
 * Decrypts an encrypted backup into `dest`. The bytes written are only trustworthy once this resolves:
 * GCM checks the tag at the end, and a wrong passphrase or a changed byte rejects with a Chinese message.
 */
export async function decryptFile(source: string, dest: string, passphrase: string): Promise<void> {
  const { header, bodyStart, aad } = readEncryptedHeader(source);
  const total = statSync(source).size;
  if (total < bodyStart + TAG_BYTES) throw new AppError('backup.unreadable', '备份文件不完整。');
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(source, 'r');
  readSync(fd, tag, 0, TAG_BYTES, total - TAG_BYTES);
  closeSync(fd);
  const key = await deriveKey(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    await pipeline(createReadStream(source, { start: bodyStart, end: total - TAG_BYTES - 1 }), decipher, createWriteStream(dest, { flags: 'wx' }));
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as { code?: string }).code === 'EEXIST') throw e;
    throw new AppError('backup.wrong-passphrase', '备份密码不正确，或备份文件已被改动。');
  }
}

import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { OfficeKind, PackageKind } from '../../../shared/domain/exchange.js';
import { sha256Hex } from '../documents/document-service.js';
import { readCentralDirectory, type ZipEntry } from '../documents/zip-guard.js';
import { readEntry, writeStoredZip } from './stored-zip.js';
import { AppError } from '../errors.js';

/*
 * One package = one zip file: manifest.json (schema-versioned, lists every part with SHA-256 and size),
 * manifest.sig (Ed25519 over the manifest bytes) and the parts. Sealed for a receiver, the whole zip is
 * encrypted inside an outer zip: envelope.json (authenticated as AES-GCM associated data) + sealed.bin.
 * Key agreement: an ephemeral X25519 key with the receiver's X25519 key, HKDF-SHA256, AES-256-GCM.
 */

/** The manifest schema this program writes and the newest it reads. */
export const PACKAGE_SCHEMA = 1;

export interface PackageLimits {
  /** The whole package file. */
  maxPackageBytes: number;
  /** Any one part once inflated (a document may be up to this size). */
  maxPartBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
}

/** 50 MB matters in the benchmark fit easily; a 1 GB cap keeps a hostile file from exhausting memory. */
export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxPackageBytes: 1024 * 1024 * 1024, maxPartBytes: 200 * 1024 * 1024, maxEntries: 2000 };

const OfficeRef = z.object({ code: z.string().min(1).max(32), name: z.string().min(1).max(60), fingerprint: z.string().min(1).max(60) });

export const Part = z.object({
  path: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
});
export type Part = z.infer<typeof Part>;

export const Manifest = z.object({
  format: z.literal('review-desk-package'),
  schema: z.number().int().positive(),
  id: z.string().uuid(),
  kind: PackageKind,
  createdAt: z.string(),
  createdBy: z.object({ login: z.string(), displayName: z.string() }),
  sender: OfficeRef.extend({ kind: OfficeKind }),
  receiver: OfficeRef,
  /** What the package is about, for listings before it is opened. */
  title: z.string().max(300),
  parts: z.array(Part).max(2000),
});
export type Manifest = z.infer<typeof Manifest>;

const Envelope = z.object({
  format: z.literal('review-desk-sealed-package'),
  schema: z.number().int().positive(),
  receiver: z.object({ code: z.string(), fingerprint: z.string() }),
  sender: z.object({ code: z.string(), name: z.string(), fingerprint: z.string() }),
  ephemeralPublicKey: z.string(),
  salt: z.string(),
  iv: z.string(),
});

/** Part paths: plain relative names only, so nothing can point outside the package (zip-slip). */
const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
export function isSafePartPath(path: string): boolean {
  return SAFE_PATH.test(path) && !path.split('/').some((seg) => seg === '.' || seg === '..') && path.length <= 200;
}

const bad = (code: string, message: string) => new AppError(code, message);

/** Builds the signed (and optionally sealed) package bytes. */
export function writePackage(
  manifest: Omit<Manifest, 'parts' | 'format' | 'schema'>,
  parts: { path: string; bytes: Buffer }[],
  signKey: KeyObject,
  sealTo: { code: string; fingerprint: string; boxKey: KeyObject } | null,
): Buffer {
  const full: Manifest = {
    format: 'review-desk-package',
    schema: PACKAGE_SCHEMA,
    ...manifest,
    parts: parts.map((p) => ({ path: p.path, sha256: sha256Hex(p.bytes), size: p.bytes.length })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(full, null, 2), 'utf8');
  for (const p of parts) if (!isSafePartPath(p.path)) throw new Error(`unsafe part path ${p.path}`);
  const inner = canonicalZip([
    ['manifest.json', manifestBytes],
    ['manifest.sig', sign(null, manifestBytes, signKey)],
    ...parts.map((p): [string, Buffer] => [p.path, p.bytes]),
  ]);
  if (!sealTo) return inner;
  const eph = generateKeyPairSync('x25519');
  const salt = randomBytes(32);
  const iv = randomBytes(12);
  const ephPublic = eph.publicKey.export({ type: 'spki', format: 'der' });
  const envelope = Buffer.from(
    JSON.stringify({
      format: 'review-desk-sealed-package',
      schema: PACKAGE_SCHEMA,
      receiver: { code: sealTo.code, fingerprint: sealTo.fingerprint },
      sender: { code: manifest.sender.code, name: manifest.sender.name, fingerprint: manifest.sender.fingerprint },
      ephemeralPublicKey: ephPublic.toString('base64'),
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
    }),
    'utf8',
  );
  const key = sealKey(diffieHellman({ privateKey: eph.privateKey, publicKey: sealTo.boxKey }), salt);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(envelope);
  const sealed = Buffer.concat([cipher.update(inner), cipher.final(), cipher.getAuthTag()]);
  return canonicalZip([['envelope.json', envelope], ['sealed.bin', sealed]]);
}

/**
 * The one way this format writes a zip: entries stored (not deflated) in a fixed order with a fixed
 * timestamp. A reader rebuilds this from the verified parts and requires the file to be identical, so
 * a change to any byte — even zip metadata no hash covers, like a timestamp — refuses the package.
 * (Documents are compressed already; JSON parts grow a little, which a USB stick does not notice.)
 */
function canonicalZip(entries: [string, Buffer][]): Buffer {
  return writeStoredZip(entries);
}

function isCanonical(bytes: Buffer, entries: [string, Buffer][]): boolean {
  return canonicalZip(entries).equals(bytes);
}

/** Checked after the signature, so a changed manifest is reported as the signature failure it is. */
export function assertIntact(opened: OpenedPackage): void {
  if (!opened.intact) {
    throw bad('package.tampered', '交换包文件被改动：文件结构与签名的清单不一致（哪怕只改了一个字节也会被发现），已拒收。');
  }
}

function sealKey(shared: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, salt, 'review-desk sealed package v1', 32));
}

/** The zip's entries, checked for names, count and declared sizes before anything is inflated. */
function listEntries(bytes: Buffer, limits: PackageLimits): Map<string, ZipEntry> {
  if (bytes.length > limits.maxPackageBytes) {
    throw bad('package.too-large', `交换包过大（${(bytes.length / 1048576).toFixed(1)} MB），超过上限 ${(limits.maxPackageBytes / 1048576).toFixed(0)} MB。`);
  }
  let entries;
  try {
    entries = readCentralDirectory(bytes);
  } catch (e) {
    throw bad('package.corrupt', `交换包已损坏或不完整（${e instanceof Error ? e.message : '无法读取'}），可能在复制时被截断，请让对方重新发送。`);
  }
  if (entries.length > limits.maxEntries) throw bad('package.too-many-parts', `交换包包含 ${entries.length} 个文件，超过上限 ${limits.maxEntries}。`);
  const sizes = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (!isSafePartPath(e.name)) throw bad('package.unsafe-path', `交换包中有路径不安全的文件「${e.name.slice(0, 80)}」（可能指向包外的位置），已拒收。`);
    if (sizes.has(e.name)) throw bad('package.duplicate-part', `交换包中「${e.name}」重复出现，已拒收。`);
    if (e.uncompressedSize > limits.maxPartBytes) {
      throw bad('package.part-too-large', `交换包中的「${e.name}」过大（${(e.uncompressedSize / 1048576).toFixed(1)} MB），超过单个文件上限 ${(limits.maxPartBytes / 1048576).toFixed(0)} MB。`);
    }
    sizes.set(e.name, e);
  }
  return sizes;
}

function inflate(bytes: Buffer, entries: Map<string, ZipEntry>, names: Set<string>): Record<string, Buffer> {
  try {
    const out: Record<string, Buffer> = {};
    for (const name of names) {
      const entry = entries.get(name);
      if (entry) out[name] = readEntry(bytes, entry);
    }
    return out;
  } catch (e) {
    throw bad('package.corrupt', `交换包已损坏，无法解压（${e instanceof Error ? e.message : '数据错误'}），请让对方重新发送。`);
  }
}

export interface OpenedPackage {
  manifest: Manifest;
  manifestBytes: Buffer;
  signature: Buffer;
  parts: Map<string, Buffer>;
  sealed: boolean;
  /** The file is byte for byte the canonical encoding of its verified parts (see canonicalZip). */
  intact: boolean;
}

/**
 * Opens a package as far as it can be opened without knowing the sender: unseals it with the own
 * box key when it is sealed, checks every name, size and hash and the schema version. The signature
 * is checked by the caller against the trusted key (verifySignature).
 */
export function openPackage(bytes: Buffer, ownBox: { code: string; key: KeyObject } | null, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): OpenedPackage {
  let sizes = listEntries(bytes, limits);
  let inner = bytes;
  let sealed = false;
  let outerIntact = true;
  if (sizes.has('envelope.json')) {
    sealed = true;
    const files = inflate(bytes, sizes, new Set(['envelope.json', 'sealed.bin']));
    const envelopeBytes = Buffer.from(files['envelope.json'] ?? []);
    let envelope: z.infer<typeof Envelope>;
    try {
      const raw = JSON.parse(envelopeBytes.toString('utf8')) as { schema?: unknown };
      if (typeof raw.schema === 'number' && raw.schema > PACKAGE_SCHEMA) throw newerSchema(raw.schema);
      envelope = Envelope.parse(raw);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw bad('package.corrupt', '加密交换包的封装信息已损坏，请让对方重新发送。');
    }
    if (!ownBox) throw bad('office.not-set-up', '本机尚未设置单位身份和密钥，无法打开加密交换包。');
    if (envelope.receiver.code !== ownBox.code) {
      throw bad('package.wrong-receiver', `该交换包是加密发给「${envelope.receiver.code}」的，不是本单位（${ownBox.code}），无法打开。`);
    }
    const sealedBytes = Buffer.from(files['sealed.bin'] ?? []);
    if (sealedBytes.length < 17) throw bad('package.corrupt', '加密交换包内容不完整，请让对方重新发送。');
    try {
      const ephemeral = createPublicKey({ key: Buffer.from(envelope.ephemeralPublicKey, 'base64'), format: 'der', type: 'spki' });
      const key = sealKey(diffieHellman({ privateKey: ownBox.key, publicKey: ephemeral }), Buffer.from(envelope.salt, 'base64'));
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
      decipher.setAAD(envelopeBytes);
      decipher.setAuthTag(sealedBytes.subarray(sealedBytes.length - 16));
      inner = Buffer.concat([decipher.update(sealedBytes.subarray(0, sealedBytes.length - 16)), decipher.final()]);
    } catch {
      throw bad('package.decrypt-failed', '加密交换包解密失败：内容被改动、已损坏，或并非用本单位当前的公钥加密。');
    }
    outerIntact = isCanonical(bytes, [['envelope.json', envelopeBytes], ['sealed.bin', sealedBytes]]);
    sizes = listEntries(inner, limits);
  }
  if (!sizes.has('manifest.json') || !sizes.has('manifest.sig')) throw bad('package.no-manifest', '这不是合法性审查工作台的交换包（缺少清单或签名）。');
  if ((sizes.get('manifest.json')?.uncompressedSize ?? 0) > 4 * 1024 * 1024) throw bad('package.part-too-large', '交换包清单过大，已拒收。');
  const files = inflate(inner, sizes, new Set(sizes.keys()));
  const manifestBytes = Buffer.from(files['manifest.json'] ?? []);
  let raw: { schema?: unknown };
  try {
    raw = JSON.parse(manifestBytes.toString('utf8')) as { schema?: unknown };
  } catch {
    throw bad('package.bad-manifest', '交换包清单不是有效的 JSON，包已损坏。');
  }
  if (typeof raw.schema === 'number' && raw.schema > PACKAGE_SCHEMA) throw newerSchema(raw.schema);
  const parsedManifest = Manifest.safeParse(raw);
  if (!parsedManifest.success) throw bad('package.bad-manifest', '交换包清单格式不正确，包已损坏或不是本程序生成的。');
  const manifest = parsedManifest.data;
  const listed = new Set(manifest.parts.map((p) => p.path));
  for (const name of sizes.keys()) {
    if (name !== 'manifest.json' && name !== 'manifest.sig' && !listed.has(name)) throw bad('package.unlisted-part', `交换包中的「${name}」未列在清单中，已拒收。`);
  }
  const parts = new Map<string, Buffer>();
  for (const part of manifest.parts) {
    if (!isSafePartPath(part.path)) throw bad('package.unsafe-path', `清单中有路径不安全的文件「${part.path.slice(0, 80)}」，已拒收。`);
    const data = files[part.path];
    if (!data) throw bad('package.missing-part', `清单列出的「${part.path}」不在包中，包不完整。`);
    const buf = data;
    if (buf.length !== part.size || sha256Hex(buf) !== part.sha256) {
      throw bad('package.hash-mismatch', `交换包中的「${part.path}」校验失败（SHA-256 或大小与清单不符），内容被改动或已损坏。`);
    }
    parts.set(part.path, buf);
  }
  const signature = Buffer.from(files['manifest.sig'] ?? []);
  const intact = outerIntact && isCanonical(inner, [['manifest.json', manifestBytes], ['manifest.sig', signature], ...manifest.parts.map((p): [string, Buffer] => [p.path, parts.get(p.path)!])]);
  return { manifest, manifestBytes, signature, parts, sealed, intact };
}

function newerSchema(schema: number): AppError {
  return bad('package.newer-schema', `该交换包由较新版本的程序生成（格式版本 ${schema}，本程序支持到 ${PACKAGE_SCHEMA}），请先升级合法性审查工作台。`);
}

export function verifySignature(opened: OpenedPackage, senderKey: KeyObject): void {
  let ok = false;
  try {
    ok = opened.signature.length === 64 && verify(null, opened.manifestBytes, senderKey, opened.signature);
  } catch {
    ok = false;
  }
  if (!ok) throw bad('package.bad-signature', '交换包签名校验失败：清单被改动，或并非由所称的发件单位签发，已拒收。');
}

/** A part's bytes parsed as JSON by a schema; a mismatch means a broken or foreign package. */
export function jsonPart<T extends z.ZodType>(opened: OpenedPackage, path: string, schema: T): z.output<T> {
  const bytes = opened.parts.get(path);
  if (!bytes) throw bad('package.missing-part', `交换包缺少「${path}」。`);
  try {
    return schema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw bad('package.bad-data', `交换包中的「${path}」内容格式不正确，无法导入。`);
  }
}

export function binaryPart(opened: OpenedPackage, path: string): Buffer {
  const bytes = opened.parts.get(path);
  if (!bytes) throw bad('package.missing-part', `交换包缺少「${path}」。`);
  return bytes;
}

/** What can be read from a package without the trust list (for `package inspect` without an archive). */
export function describePackage(bytes: Buffer): { sealed: true; receiver: { code: string }; sender: { code: string; name: string; fingerprint: string }; size: number } | { sealed: false; manifest: Manifest; size: number } {
  const sizes = listEntries(bytes, DEFAULT_PACKAGE_LIMITS);
  if (sizes.has('envelope.json')) {
    const raw = Buffer.from(inflate(bytes, sizes, new Set(['envelope.json']))['envelope.json'] ?? []);
    const parsed = Envelope.safeParse((() => { try { return JSON.parse(raw.toString('utf8')); } catch { return null; } })());
    if (!parsed.success) throw bad('package.corrupt', '加密交换包的封装信息已损坏。');
    return { sealed: true, receiver: parsed.data.receiver, sender: parsed.data.sender, size: bytes.length };
  }
  return { sealed: false, manifest: openPackage(bytes, null).manifest, size: bytes.length };
}

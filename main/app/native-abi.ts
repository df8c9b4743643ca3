import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a native addon was compiled for. Addons built on V8/NAN (better-sqlite3 is one) export
 * `node_register_module_v<ABI>`, and load only in a runtime with exactly that ABI: Node 20 is 115,
 * Electron 45 is 150. The symbol name sits in the export table of ELF, Mach-O and PE files alike, so a
 * byte search finds it on every platform without loading the addon.
 */
export type AddonAbi = { kind: 'v8'; abi: number } | { kind: 'napi' } | { kind: 'mixed'; abis: number[] } | { kind: 'unknown' };

const V8_SYMBOL = /node_register_module_v(\d+)/g;
const NAPI_SYMBOL = 'napi_register_module_v1';

/** Reads the ABI an addon was compiled for from its bytes. */
export function addonAbiOf(bytes: Buffer): AddonAbi {
  // latin1 maps every byte to one character, so offsets and ASCII symbol names survive.
  const text = bytes.toString('latin1');
  const abis = [...new Set([...text.matchAll(V8_SYMBOL)].map((m) => Number(m[1])))];
  if (abis.length === 1) return { kind: 'v8', abi: abis[0]! };
  if (abis.length > 1) return { kind: 'mixed', abis: abis.sort((a, b) => a - b) };
  return text.includes(NAPI_SYMBOL) ? { kind: 'napi' } : { kind: 'unknown' };
}

export function readAddonAbi(file: string): AddonAbi {
  return addonAbiOf(readFileSync(file));
}

/** Electron's NODE_MODULE_VERSION, as the electron package records it (45.x → 150). */
export function electronAbi(root: string): number {
  const text = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  const abi = Number(text);
  if (!Number.isInteger(abi) || abi <= 0) throw new Error(`node_modules/electron/abi_version is not an ABI number: "${text}"`);
  return abi;
}

export function electronVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Null when the addon loads in a runtime of ABI `expected`, else a sentence saying why not. */
export function abiMismatch(file: string, expected: number): string | null {
  const found = readAddonAbi(file);
  switch (found.kind) {
    case 'v8':
      return found.abi === expected
        ? null
        : `${file} is built for ABI ${found.abi} (node_register_module_v${found.abi}), but the runtime needs ABI ${expected}`;
    case 'napi':
      return null;
    case 'mixed':
      return `${file} carries several ABIs (${found.abis.join(', ')}); expected only ${expected}`;
    case 'unknown':
      return `${file} exports no node_register_module_v* symbol: not a Node addon, or a damaged one`;
  }
}

/** Throws when the addon would not load under ABI `expected`: the build must fail, not the user's first start. */
export function assertAddonAbi(file: string, expected: number): void {
  const problem = abiMismatch(file, expected);
  if (problem) throw new Error(`Native module ABI check failed: ${problem}.`);
}

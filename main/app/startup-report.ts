import { existsSync } from 'node:fs';
import { readAddonAbi } from './native-abi.js';

export interface StartupFacts {
  appVersion: string;
  versions: NodeJS.ProcessVersions;
  platform: string;
  arch: string;
  osVersion: string;
  packaged: boolean;
  dataDir: string;
  profileDir: string;
  nativeBinding: string | undefined;
}

/** What the log records at every start: versions, ABI of the runtime and of the addon, folders. */
export function startupLines(facts: StartupFacts): string[] {
  const v = facts.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  let addon = 'better-sqlite3 from node_modules (source checkout)';
  if (facts.nativeBinding) {
    const abi = existsSync(facts.nativeBinding) ? readAddonAbi(facts.nativeBinding) : null;
    const label = abi === null ? 'missing' : abi.kind === 'v8' ? `ABI ${abi.abi}` : abi.kind;
    addon = `${facts.nativeBinding} (${label})`;
  }
  return [
    `Review Desk ${facts.appVersion} starting${facts.packaged ? '' : ' (source checkout)'}`,
    `Electron ${v.electron ?? '?'} · Chromium ${v.chrome ?? '?'} · Node ${v.node} · ABI ${v.modules} · ${facts.platform}-${facts.arch} ${facts.osVersion}`,
    `native module: ${addon}`,
    `data folder: ${facts.dataDir}`,
    `profile folder: ${facts.profileDir}`,
  ];
}

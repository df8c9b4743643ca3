// `npm run dist [-- electron-builder options]`: builds better-sqlite3 for Electron in a private folder,
// then runs electron-builder. node_modules is never rebuilt, so `npm test` works after any outcome.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../core/paths.js';
import { electronAddon } from './electron-addon.js';
import { electronAbi, electronVersion } from '../native-abi.js';
import { buildsLinux, publisherProblems, readPublisherFields } from './publisher.js';

const PLATFORM_FLAGS: Record<string, NodeJS.Platform> = { '--mac': 'darwin', '-m': 'darwin', '--win': 'win32', '-w': 'win32', '--linux': 'linux', '-l': 'linux' };
const ARCH_FLAGS = ['x64', 'arm64', 'ia32', 'armv7l'];

/**
 * The architectures to build the addon for. A native addon is compiled on the OS it runs on, so a
 * request for another OS is refused; without --<arch> flags, the yml's defaults apply (macOS: both).
 */
export function addonArches(args: string[], host: NodeJS.Platform, hostArch: string): string[] {
  const other = args.map((a) => PLATFORM_FLAGS[a]).find((p) => p !== undefined && p !== host);
  if (other) throw new Error(`The native module must be built on ${other} itself; run npm run dist there.`);
  const asked = ARCH_FLAGS.filter((a) => args.includes(`--${a}`));
  if (asked.length > 0) return asked;
  if (args.includes('--universal')) throw new Error('Universal macOS builds are not supported; the yml builds arm64 and x64 separately.');
  return host === 'darwin' ? ['arm64', 'x64'] : host === 'win32' ? ['x64'] : [hostArch];
}

function main(): void {
  const root = projectRoot();
  const args = process.argv.slice(2);
  // Checked first: a deb naming a placeholder maintainer must not be built (see publisher.ts and the README).
  const problems = publisherProblems(readPublisherFields(root));
  if (problems.length > 0) {
    const what = `the publisher fields are not set for this office: ${problems.join('; ')}. Set them as described in README → Desktop installers.`;
    if (buildsLinux(args, process.platform)) throw new Error(what);
    console.warn(`  • warning: ${what}`);
  }
  const version = electronVersion(root);
  const abi = electronAbi(root);
  for (const arch of addonArches(args, process.platform, process.arch)) {
    const addon = electronAddon({ root, electronVersion: version, abi, platform: process.platform, arch });
    console.log(`  • better-sqlite3 for Electron ${version} (ABI ${abi}, ${arch}): ${addon}`);
  }
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...args], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

// Run only as the script itself (tests import addonArches).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.error(`打包失败（packaging failed）：${(e as Error).message}`);
    process.exit(1);
  }
}

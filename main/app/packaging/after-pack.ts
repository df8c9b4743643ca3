// electron-builder's afterPack hook (electron-builder.yml): runs after the files are copied and before
// fuses, signing and installers, so a bad package fails the build here and never reaches a user.
import { join } from 'node:path';
import { assertAddonAbi, electronAbi } from '../native-abi.js';
import { checkPackedApp, PACKED_ADDON } from './packed-app.js';

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface AfterPackContextLike {
  appOutDir: string;
  packager: { getResourcesDir(appOutDir: string): string; info: { projectDir: string } };
}

/** Fails (throws) when the packed file set is wrong or the addon is not built for Electron's ABI. */
export function verifyPackedApp(resourcesDir: string, root: string, expectedAbi: number): void {
  const { problems } = checkPackedApp(resourcesDir, root);
  if (problems.length > 0) {
    throw new Error(`The packed app does not match what the program loads:\n  ${problems.slice(0, 40).join('\n  ')}`);
  }
  assertAddonAbi(join(resourcesDir, PACKED_ADDON), expectedAbi);
}

export default function afterPack(context: AfterPackContextLike): void {
  const root = context.packager.info.projectDir;
  const resourcesDir = context.packager.getResourcesDir(context.appOutDir);
  verifyPackedApp(resourcesDir, root, electronAbi(root));
  console.log(`  • packed app checked  resources=${resourcesDir} abi=${electronAbi(root)}`);
}

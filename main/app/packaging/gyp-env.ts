/**
 * The environment for compiling a native addon against Electron's headers. npm passes its whole
 * configuration to scripts as npm_config_* variables, and node-gyp obeys them: with `nodedir` set (as on
 * machines that build offline against /usr/include/node) node-gyp compiled against Node 20's headers
 * while labelling the result as built for Electron. So every npm_config_* variable is dropped and the
 * Electron target is given explicitly on the command line instead.
 */
export function cleanGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_/i.test(key)) continue;
    // node-gyp reads these directly as well (nodedir / target / runtime overrides).
    if (/^(NODE_GYP_|npm_package_config_)/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

export interface GypTarget {
  electronVersion: string;
  arch: string;
  /** Where node-gyp keeps downloaded Electron headers; separate from Node's so the two never mix. */
  devDir: string;
}

/** node-gyp's arguments for an Electron build; nothing is left to the environment. */
export function electronGypArgs(target: GypTarget): string[] {
  return [
    'rebuild',
    '--release',
    `--target=${target.electronVersion}`,
    `--arch=${target.arch}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${target.devDir}`,
  ];
}

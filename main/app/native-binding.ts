import { join } from 'node:path';

export interface NativeBindingContext {
  isPackaged: boolean;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Which better-sqlite3 addon the shell loads. The packaged app always loads its own Electron build from
 * resources/native (electron-builder.yml puts it there), whatever the environment says: an inherited
 * REVIEW_DESK_NATIVE_BINDING must not make an installed app load a foreign file. In a source checkout,
 * `npm start` passes its private Electron build through that variable.
 */
export function nativeBindingPath(ctx: NativeBindingContext): string | undefined {
  if (ctx.isPackaged) return join(ctx.resourcesPath, 'native', 'better_sqlite3.node');
  return ctx.env.REVIEW_DESK_NATIVE_BINDING || undefined;
}

import { APP_VERSION } from '../../core/version.js';
import type { HandlerMap } from '../handler-map.js';

export const systemHandlers: HandlerMap<'system.info'> = {
  'system.info': (_input, ctx) => ({
    version: APP_VERSION,
    schemaVersion: ctx.core.schemaVersion(),
    dataDir: ctx.core.dataDir,
    door: ctx.door,
  }),
};

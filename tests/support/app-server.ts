import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../main/core/core.js';
import { rendererBuildDir } from '../../main/core/paths.js';
import { startServer, type RunningServer } from '../../main/server/http-server.js';
import { makeTempDir } from './temp-dir.js';

export interface TestApp {
  core: Core;
  server: RunningServer;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real server on a free loopback port over a temp data folder, serving the built renderer. */
export async function startTestApp(dataDir?: string): Promise<TestApp> {
  const staticDir = rendererBuildDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('renderer not built: run `npm run build` before the e2e tests (npm test does it)');
  }
  const temp = dataDir ? null : makeTempDir();
  const dir = dataDir ?? temp!.dir;
  const core = await openCore(dir);
  const server = await startServer({ core, staticDir, port: 0, actor: 'e2e' });
  return {
    core,
    server,
    dataDir: dir,
    stop: async () => {
      await server.close();
      core.close();
      temp?.remove();
    },
  };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { openCore } from '../../core/core.js';
import { rendererBuildDir } from '../../core/paths.js';
import { startServer } from '../../server/http-server.js';
import { startBackupScheduler } from '../../core/backup/backup-scheduler.js';
import { dataOption } from '../data-option.js';

export interface ServeOptions {
  data: string;
  port: string;
  host: string;
}

/** Starts browser mode and keeps running until Ctrl+C; returns the URL once listening. */
export async function serve(options: ServeOptions): Promise<string> {
  const staticDir = rendererBuildDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('界面尚未构建：请先运行 npm run build（renderer not built: run npm run build first）');
  }
  const core = await openCore(options.data);
  const running = await startServer({
    core,
    staticDir,
    host: options.host,
    port: Number(options.port),
    actor: userInfo().username,
  });
  const stopBackups = startBackupScheduler(core);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopBackups();
    // Whatever the clients do, the process ends within 5 s: the server drops connections after 3 s,
    // and this timer is the last resort. core.close() checkpoints the WAL and closes the archive.
    setTimeout(() => {
      core.close();
      process.exit(0);
    }, 4500).unref();
    void running.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running.url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('以浏览器模式启动（serve the app on 127.0.0.1 for a browser）')
    .addOption(dataOption())
    .option('--port <port>', '端口，0 表示任选空闲端口 (port; 0 picks a free one)', '5174')
    .option('--host <host>', '监听地址，只允许本机 (loopback only)', '127.0.0.1')
    .action(async (options: ServeOptions) => {
      const url = await serve(options);
      console.log(`合法性审查工作台已启动（browser mode）：${url}`);
      console.log(`数据目录 data: ${options.data}`);
      console.log('按 Ctrl+C 停止 (press Ctrl+C to stop)');
    });
}

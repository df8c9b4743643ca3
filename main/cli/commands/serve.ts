import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { rendererBuildDir } from '../../core/paths.js';
import type { RunningServer } from '../../server/http-server.js';
import { dataOption } from '../data-option.js';

export interface ServeOptions {
  data: string;
  port: string;
  host: string;
  tlsCert?: string;
  tlsKey?: string;
}

export interface Served {
  url: string;
  lanUrls: string[];
  /** One-time sign-in link on a single-user computer. */
  autoSignInUrl: string | null;
  warnings: string[];
}

function readTls(options: ServeOptions): { cert: Buffer; key: Buffer } | undefined {
  if (!options.tlsCert && !options.tlsKey) return undefined;
  if (!options.tlsCert || !options.tlsKey) throw new AppError('server.tls', '--tls-cert 与 --tls-key 须同时提供。');
  try {
    return { cert: readFileSync(options.tlsCert), key: readFileSync(options.tlsKey) };
  } catch (e) {
    throw new AppError('server.tls', `无法读取证书或私钥文件：${(e as Error).message}`);
  }
}

/** Starts browser mode (or LAN office mode) and keeps running until Ctrl+C. */
export async function serve(options: ServeOptions): Promise<Served> {
  const staticDir = rendererBuildDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('界面尚未构建：请先运行 npm run build（renderer not built: run npm run build first）');
  }
  // The server, the router with every handler and the archive load here, not when the module is read:
  // `review-desk serve --help` needs none of them (issue 17).
  const [{ findAccountById }, { readSecuritySettings }, { openCore }, { prepareStatutes }, { isLoopback, startServer }, { startBackupScheduler }] = await Promise.all([
    import('../../core/accounts/account-store.js'),
    import('../../core/accounts/security-settings.js'),
    import('../../core/core.js'),
    import('../../core/statutes/law-service.js'),
    import('../../server/http-server.js'),
    import('../../core/backup/backup-scheduler.js'),
  ]);
  // After an upgrade the search index is rebuilt while the server answers (searches say 索引重建中 x/y).
  const core = await openCore(options.data, { searchRebuild: 'background' });
  let running: RunningServer;
  const single = readSecuritySettings(core.db).singleUserId;
  const singleAccount = single !== null && isLoopback(options.host) ? findAccountById(core.db, single) : null;
  const ticket = singleAccount?.enabled ? randomBytes(24).toString('base64url') : null;
  try {
    running = await startServer({
      core,
      staticDir,
      host: options.host,
      port: Number(options.port),
      tls: readTls(options),
      autoSignIn: ticket && singleAccount ? { ticket, userId: singleAccount.id } : undefined,
    });
  } catch (e) {
    core.close();
    throw e;
  }
  const stopBackups = startBackupScheduler(core);
  // Letters quote article text from the statute store: build it now (worker, ≈10 s) rather than at the first letter.
  prepareStatutes(core.dataDir);
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
  const warnings: string[] = [];
  if (!isLoopback(options.host) && !options.tlsCert) {
    warnings.push('注意：局域网模式使用明文 HTTP，登录密码会以明文经过网络。建议用 --tls-cert/--tls-key 启用 HTTPS。');
  }
  return { url: running.url, lanUrls: running.lanUrls, autoSignInUrl: ticket ? `${running.url}auth/auto?t=${ticket}` : null, warnings };
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('以浏览器模式启动；开启局域网模式后可在局域网地址上提供服务（serve the app for a browser）')
    .addOption(dataOption())
    .option('--port <port>', '端口，0 表示任选空闲端口 (port; 0 picks a free one)', '5174')
    .option('--host <host>', '监听地址：默认只允许本机；局域网地址或 0.0.0.0 须先由管理员开启局域网模式', '127.0.0.1')
    .option('--tls-cert <file>', 'HTTPS 证书（PEM）')
    .option('--tls-key <file>', 'HTTPS 私钥（PEM）')
    .action(async (options: ServeOptions) => {
      const served = await serve(options);
      console.log(`合法性审查工作台已启动（browser mode）：${served.url}`);
      if (served.lanUrls.length > 0) {
        console.log('同事可在浏览器中打开以下地址（局域网）：');
        for (const url of served.lanUrls) console.log(`  ${url}`);
      }
      if (served.autoSignInUrl) console.log(`本机专用：打开此链接即自动登录（仅可使用一次）：${served.autoSignInUrl}`);
      for (const w of served.warnings) console.log(w);
      console.log(`数据目录 data: ${options.data}`);
      console.log('按 Ctrl+C 停止 (press Ctrl+C to stop)');
    });
}

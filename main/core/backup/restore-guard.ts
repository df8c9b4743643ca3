import { AppError } from '../errors.js';
import { otherUsers } from '../store/data-dir-use.js';

/** Refuses to open an archive that another process is restoring right now. */
export function refuseWhileRestoring(dataDir: string): void {
  if (otherUsers(dataDir).some((u) => u.purpose === 'restore')) {
    throw new AppError('store.restoring', '正在从备份恢复该数据目录，请稍候再打开。');
  }
}

/** Refuses a restore while any other process has the folder open. */
export function refuseWhileInUse(dataDir: string): void {
  const users = otherUsers(dataDir);
  if (users.length > 0) {
    const who = users.map((u) => `${u.host} 上的进程 ${u.pid}（自 ${u.since.slice(0, 16).replace('T', ' ')} 起）`).join('、');
    throw new AppError('backup.in-use', `该数据目录正在被使用：${who}。请先关闭合法性审查工作台（包括浏览器模式和命令行）再恢复。`);
  }
}

import { statfsSync } from 'node:fs';
import { isRoamingDataDir } from '../paths.js';

/**
 * File-system type numbers (statfs f_type) of network file systems on Linux and macOS. SQLite's WAL
 * mode needs shared memory that network file systems do not provide, and their locking is unreliable.
 */
const NETWORK_FS_TYPES = new Set([
  0x6969, // NFS
  0x517b, // SMB
  0xff534d42, // CIFS
  0xfe534d42, // SMB2
  0x564c, // NCP
  0x65735546, // FUSE (sshfs and the like)
]);

export interface NetworkPathProbe {
  platform: NodeJS.Platform;
  /** statfs type of the path, or null when it cannot be read. */
  fsType: (path: string) => number | null;
}

const defaultProbe: NetworkPathProbe = {
  platform: process.platform,
  fsType: (path) => {
    try {
      return Number(statfsSync(path).type);
    } catch {
      return null;
    }
  },
};

/**
 * Why `dir` looks like a network location, or null. UNC paths (\\server\share, also the \\?\UNC\ form)
 * are network paths on Windows whatever the drive mapping; elsewhere the file-system type decides.
 * Mapped drive letters on Windows cannot be told from the path alone; doctor reports the UNC case.
 */
export function networkPathReason(dir: string, probe: NetworkPathProbe = defaultProbe): string | null {
  if (/^(\\\\|\/\/)(\?\\UNC\\)?[^\\/?]+[\\/]/i.test(dir) && !/^\\\\\?\\[a-z]:/i.test(dir) && !/^\\\\\.\\/.test(dir)) {
    return `数据目录 ${dir} 位于网络共享上`;
  }
  if (probe.platform === 'win32') return null;
  const type = probe.fsType(dir);
  if (type !== null && NETWORK_FS_TYPES.has(type)) return `数据目录 ${dir} 位于网络文件系统上（类型 0x${type.toString(16)}）`;
  return null;
}

/** The warning shown at start-up and by doctor when the archive sits on a network location. */
export function networkPathWarning(dir: string, probe?: NetworkPathProbe): string | null {
  const reason = networkPathReason(dir, probe);
  return reason
    ? `${reason}。SQLite 数据库放在网络位置上容易损坏或无法打开（WAL 模式需要本机磁盘），请把数据目录设在本机磁盘上（例如用 REVIEW_DESK_DATA 指定），多人共用请使用局域网办公模式。`
    : null;
}

/** Warnings about where the archive lives (network location, Windows roaming profile), for doctor and start-up. */
export function dataDirWarnings(dataDir: string, env: NodeJS.ProcessEnv = process.env, probe: NetworkPathProbe = defaultProbe): string[] {
  const warnings: string[] = [];
  const network = networkPathWarning(dataDir, probe);
  if (network) warnings.push(network);
  if (probe.platform === 'win32' && isRoamingDataDir(dataDir, env)) {
    warnings.push(
      `数据目录 ${dataDir} 位于漫游配置文件夹（早期版本的位置），域账户每次登录都会同步它；建议退出程序后把整个文件夹移到 %LOCALAPPDATA%\\review-desk。`,
    );
  }
  return warnings;
}

/**
 * True when an error comes from loading better-sqlite3's compiled addon rather than from the database
 * file: an addon built for another ABI (NODE_MODULE_VERSION), a missing or quarantined file (antivirus),
 * a missing system library (DLL / .so), or an addon for another CPU or OS. These need a reinstall;
 * telling the user the database cannot be opened would send them to restore a backup for nothing.
 */
export function isNativeLoadError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ERR_DLOPEN_FAILED') return true;
  return /NODE_MODULE_VERSION|Could not locate the bindings file|Module did not self-register|invalid ELF header|not a valid Win32 application|The specified module could not be found|dlopen\(|wrong ELF class|mach-o file, but is an incompatible architecture|better_sqlite3\.node/i.test(
    e.message,
  ) || (code === 'MODULE_NOT_FOUND' && /better_sqlite3|bindings/.test(e.message));
}

/** The user's message for it; the technical detail goes to the log. */
export const NATIVE_LOAD_MESSAGE = '程序组件加载失败，请重新安装合法性审查工作台。';

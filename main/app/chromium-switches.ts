/** Distributions whose input methods (fcitx / the vendor IME) work reliably only through X11. */
const X11_PREFERRED = /^(uos|deepin|kylin|neokylin|openkylin)$/i;

/** ID and ID_LIKE of /etc/os-release. */
export function osReleaseIds(text: string): string[] {
  const ids: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (m) ids.push(...m[2]!.replace(/^["']|["']$/g, '').split(/\s+/).filter(Boolean));
  }
  return ids;
}

/**
 * Chromium switches for typing Chinese on Linux. Electron 45 runs natively on Wayland in a Wayland
 * session, where an input method reaches the window only with --enable-wayland-ime (text-input v3,
 * which GNOME and KDE both speak). UOS and Kylin ship input methods that work through X11 only, so
 * there the app runs through XWayland. A user's own --ozone-platform switch always wins.
 */
export function chromiumSwitches(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, osRelease: string | null, argv: string[] = []): [string, string?][] {
  if (platform !== 'linux') return [];
  if (argv.some((a) => a.startsWith('--ozone-platform'))) return [];
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY !== undefined && env.WAYLAND_DISPLAY !== '');
  if (!wayland) return [];
  if (osRelease && osReleaseIds(osRelease).some((id) => X11_PREFERRED.test(id))) return [['ozone-platform', 'x11']];
  return [['enable-wayland-ime'], ['wayland-text-input-version', '3']];
}

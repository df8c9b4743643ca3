import { APP_ORIGIN } from './window-options.js';

/** True for URLs of the app's own pages; anything else may not be loaded into our windows. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * Links out of the app open in the system browser, and only for http(s) after parsing the URL;
 * `open` is injected so the guard can be tested without Electron.
 */
export function openExternalIfSafe(url: string, open: (url: string) => unknown): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  open(parsed.toString());
  return true;
}

/** An IPC call is served only when it comes from a frame showing one of the app's own pages. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

/**
 * Requests the renderer may make: its own pages and assets, blob: URLs it created itself (file
 * downloads are built as Blobs), inline data: images, and devtools. Everything else is cancelled.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return url.startsWith('data:') || url.startsWith('devtools://');
}

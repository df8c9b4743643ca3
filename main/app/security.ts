import type { App, Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, openExternalIfSafe } from './guards.js';

/**
 * Security defaults for every web contents: no navigation away from the app, no new windows (links go
 * to the system browser), no <webview>, every permission request denied, no requests to other origins.
 * `openExternal` returns a promise (shell.openExternal); a failure is reported, never left unhandled.
 */
export function setupSecurity(
  app: App,
  session: Session,
  openExternal: (url: string) => Promise<unknown>,
  reportError: (message: string, error: unknown) => void,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  const open = (url: string) => openExternal(url).catch((e: unknown) => reportError(`cannot open ${url} in the browser`, e));
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // The url argument of will-navigate is deprecated; the event carries it.
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfSafe(url, open);
      return { action: 'deny' };
    });
  });
}

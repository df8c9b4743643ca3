import type { App, Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, openExternalIfSafe } from './guards.js';

/**
 * Security defaults for every web contents: no navigation away from the app, no new windows (links go
 * to the system browser), no <webview>, every permission request denied, no requests to other origins.
 */
export function setupSecurity(app: App, session: Session, openExternal: (url: string) => unknown): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfSafe(url, openExternal);
      return { action: 'deny' };
    });
  });
}

import type { Core } from '../core/core.js';

/** What every handler receives besides its parsed input. */
export interface HandlerContext {
  core: Core;
  /** Who is acting, for the audit log. */
  actor: string;
  door: 'electron' | 'http' | 'cli';
}

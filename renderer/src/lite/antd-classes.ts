import hashClass from 'virtual:antd-hash';
import { THEME } from '../theme';

/*
 * The classes antd puts on a component it renders under the app's theme, for the light first screen
 * (issue 17): antd.css and the CSS variables written into index.html at build time style markup by these
 * classes alone, so markup drawn with them looks exactly as antd's own.
 */

/** antd's hash class (`css-…`, from the build) and the theme's CSS-variable class. */
export const HASH = hashClass;
export const VARS = THEME.cssVar!.key!;

/** Joins class names, leaving out the empty and false ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

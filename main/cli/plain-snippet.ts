import { decodeEntities } from '../core/documents/escape-html.js';

/** A snippet for the terminal: the match in 【】, entities decoded. */
export function plainSnippet(snippetHtml: string): string {
  return decodeEntities(snippetHtml.replace(/<mark>/g, '【').replace(/<\/mark>/g, '】')).replace(/\s+/g, ' ');
}

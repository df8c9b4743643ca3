import { decodeEntities } from './escape-html.js';

/** A minimal tree of well-formed serializer output (mammoth's HTML); not a general HTML parser. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:="([^"]*)")?/g;
const VOID_TAGS = new Set(['br', 'img', 'hr', 'col', 'input', 'meta', 'link', 'wbr']);

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? '');
  return attrs;
}

export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const m of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    const [whole, closing, rawTag, rawAttrs, selfClosing] = m;
    if (rawTag === undefined) {
      if (whole.startsWith('<!--')) continue;
      top.children.push(decodeEntities(whole === '<' ? '<' : whole));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      // Close up to the matching element; a stray closing tag is ignored.
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const el: HtmlElement = { tag, attrs: parseAttributes(rawAttrs ?? ''), children: [] };
    top.children.push(el);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(el);
  }
  return root.children;
}

import type { TextBlock, TextBlockKind } from '../../../shared/domain/document-text.js';
import { escapeHtml } from './escape-html.js';
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.js';

/**
 * Turns mammoth's HTML into the text model (blocks in document order) and the reading-view HTML.
 *
 * The reading view is rebuilt from an allowlist of tags and attributes (the renderer sanitizes it again
 * with DOMPurify) and each block's element carries `data-b="<index>"`, whose text content equals the
 * block's `text` exactly — so a selection in the reading view maps to "block N, characters a–b".
 * For a list item that holds a nested list, the block is the item's own text, without the nested list.
 */

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CONTAINER_TAGS = new Set(['li', 'td', 'th']);
const INLINE_TAGS = new Set(['strong', 'em', 'u', 's', 'sup', 'sub', 'a', 'span', 'br', 'code']);
/** Tags kept in the output (others are unwrapped: their content stays, the tag goes). */
const KEPT_TAGS = new Set([...BLOCK_TAGS, ...CONTAINER_TAGS, ...INLINE_TAGS, 'ul', 'ol', 'table', 'thead', 'tbody', 'tr']);
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

interface CellPosition {
  table: number;
  row: number;
  col: number;
}

interface Context {
  cell?: CellPosition;
  footnote?: boolean;
}

class Builder {
  readonly blocks: TextBlock[] = [];
  private tableCount = 0;

  nextTable(): number {
    return this.tableCount++;
  }

  addBlock(kind: TextBlockKind, text: string, ctx: Context): number | null {
    if (text.trim() === '') return null;
    const index = this.blocks.length;
    const block: TextBlock = { index, kind, text };
    if (ctx.cell) block.cell = { ...ctx.cell };
    this.blocks.push(block);
    return index;
  }
}

function attributes(el: HtmlElement): string {
  const out: string[] = [];
  const { attrs } = el;
  if ((el.tag === 'td' || el.tag === 'th') && attrs.colspan && /^\d{1,3}$/.test(attrs.colspan)) {
    out.push(`colspan="${attrs.colspan}"`);
  }
  if ((el.tag === 'td' || el.tag === 'th') && attrs.rowspan && /^\d{1,4}$/.test(attrs.rowspan)) {
    out.push(`rowspan="${attrs.rowspan}"`);
  }
  if ((el.tag === 'a' || el.tag === 'li') && attrs.id && SAFE_ID.test(attrs.id)) out.push(`id="${attrs.id}"`);
  // Only in-document links (footnotes, table of contents); external links are shown as plain text.
  if (el.tag === 'a' && attrs.href && /^#[A-Za-z0-9_-]{1,100}$/.test(attrs.href)) out.push(`href="${attrs.href}"`);
  return out.length > 0 ? ' ' + out.join(' ') : '';
}

/** A footnote's "↑" link back to its reference is navigation, not text. */
function isBackLink(el: HtmlElement): boolean {
  return el.tag === 'a' && /^#(footnote|endnote)-ref-/.test(el.attrs.href ?? '');
}

/** Inline content: returns its HTML and its plain text. */
function renderInline(nodes: HtmlNode[]): { html: string; text: string } {
  let html = '';
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      html += escapeHtml(node);
      text += node;
      continue;
    }
    if (node.tag === 'img' || isBackLink(node)) continue;
    if (node.tag === 'br') {
      html += '<br>';
      text += '\n';
      continue;
    }
    const inner = renderInline(node.children);
    text += inner.text;
    const attrs = attributes(node);
    // A link left without a safe target or id is just its text.
    if (!INLINE_TAGS.has(node.tag) || (node.tag === 'a' && attrs === '')) html += inner.html;
    else html += `<${node.tag}${attrs}>${inner.html}</${node.tag}>`;
  }
  return { html, text };
}

function isInline(node: HtmlNode): boolean {
  return typeof node === 'string' || INLINE_TAGS.has(node.tag) || node.tag === 'img';
}

function blockKind(tag: string, ctx: Context, inList: boolean): TextBlockKind {
  if (ctx.footnote) return 'footnote';
  if (ctx.cell) return 'table-cell';
  if (tag.startsWith('h')) return 'heading';
  return inList ? 'list-item' : 'paragraph';
}

/** A run of inline nodes inside a container becomes one block of its own. */
function renderRun(b: Builder, run: HtmlNode[], ctx: Context, kind: TextBlockKind): { html: string; index: number | null } {
  const { html, text } = renderInline(run);
  return { html, index: b.addBlock(kind, text, ctx) };
}

function renderChildren(b: Builder, nodes: HtmlNode[], ctx: Context, inList: boolean): string {
  return nodes.map((n) => renderNode(b, n, ctx, inList)).join('');
}

/** li, td, th: inline runs become blocks; nested blocks render on their own. */
function renderContainer(b: Builder, el: HtmlElement, ctx: Context): string {
  const inner: string[] = [];
  let ownIndex: number | null = null;
  let run: HtmlNode[] = [];
  const kind: TextBlockKind = ctx.footnote ? 'footnote' : ctx.cell ? 'table-cell' : 'list-item';
  const flush = () => {
    if (run.length === 0) return;
    const rendered = renderRun(b, run, ctx, kind);
    if (rendered.index !== null && ownIndex === null && el.tag === 'li') {
      // The item's own text: the li element carries the block index.
      ownIndex = rendered.index;
      inner.push(rendered.html);
    } else if (rendered.index !== null) {
      inner.push(`<span data-b="${rendered.index}">${rendered.html}</span>`);
    } else {
      inner.push(rendered.html);
    }
    run = [];
  };
  for (const child of el.children) {
    if (isInline(child)) {
      run.push(child);
      continue;
    }
    flush();
    inner.push(renderNode(b, child, ctx, el.tag === 'li'));
  }
  flush();
  const mark = ownIndex !== null ? ` data-b="${ownIndex}"` : '';
  return `<${el.tag}${attributes(el)}${mark}>${inner.join('')}</${el.tag}>`;
}

function renderTable(b: Builder, el: HtmlElement, ctx: Context): string {
  const table = b.nextTable();
  // Grid columns taken by cells spanning down from earlier rows: row -> set of columns.
  const taken = new Map<number, Set<number>>();
  let row = 0;
  const renderRow = (tr: HtmlElement): string => {
    const cells: string[] = [];
    let col = 0;
    const occupied = taken.get(row) ?? new Set<number>();
    for (const cell of tr.children) {
      if (typeof cell === 'string' || (cell.tag !== 'td' && cell.tag !== 'th')) continue;
      while (occupied.has(col)) col++;
      const colspan = Math.max(1, Number(cell.attrs.colspan ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.attrs.rowspan ?? 1) || 1);
      for (let r = 1; r < rowspan; r++) {
        const later = taken.get(row + r) ?? new Set<number>();
        for (let c = 0; c < colspan; c++) later.add(col + c);
        taken.set(row + r, later);
      }
      cells.push(renderContainer(b, cell, { ...ctx, cell: { table, row, col } }));
      col += colspan;
    }
    row++;
    return `<tr>${cells.join('')}</tr>`;
  };
  const renderSection = (section: HtmlElement): string =>
    section.children
      .map((child) => {
        if (typeof child === 'string') return '';
        if (child.tag === 'tr') return renderRow(child);
        if (child.tag === 'thead' || child.tag === 'tbody') return `<${child.tag}>${renderSection(child)}</${child.tag}>`;
        return '';
      })
      .join('');
  return `<table>${renderSection(el)}</table>`;
}

function renderNode(b: Builder, node: HtmlNode, ctx: Context, inList: boolean): string {
  if (typeof node === 'string') {
    // Loose text between blocks (rare in mammoth output) is a paragraph of its own.
    const index = b.addBlock(blockKind('p', ctx, inList), node, ctx);
    return index === null ? escapeHtml(node) : `<p data-b="${index}">${escapeHtml(node)}</p>`;
  }
  if (BLOCK_TAGS.has(node.tag)) {
    const { html, text } = renderInline(node.children);
    const index = b.addBlock(blockKind(node.tag, ctx, inList), text, ctx);
    const mark = index === null ? '' : ` data-b="${index}"`;
    return `<${node.tag}${mark}>${html}</${node.tag}>`;
  }
  if (node.tag === 'table') return renderTable(b, node, ctx);
  if (node.tag === 'li') {
    const footnote = /^(footnote|endnote)-\d+$/.test(node.attrs.id ?? '');
    return renderContainer(b, node, footnote ? { ...ctx, footnote: true } : ctx);
  }
  if (node.tag === 'td' || node.tag === 'th') return renderContainer(b, node, ctx);
  if (isInline(node)) {
    const { html, text } = renderInline([node]);
    const index = b.addBlock(blockKind('p', ctx, inList), text, ctx);
    return index === null ? html : `<p data-b="${index}">${html}</p>`;
  }
  const inner = renderChildren(b, node.children, ctx, inList);
  return KEPT_TAGS.has(node.tag) ? `<${node.tag}>${inner}</${node.tag}>` : inner;
}

/** Blocks and reading-view HTML from mammoth's HTML output. */
export function htmlToBlocks(mammothHtml: string): { blocks: TextBlock[]; html: string } {
  const builder = new Builder();
  const html = renderChildren(builder, parseHtml(mammothHtml), {}, false);
  return { blocks: builder.blocks, html };
}

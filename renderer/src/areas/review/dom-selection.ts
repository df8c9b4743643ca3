import type { BlockSelection } from './anchor-ranges';

/** The element of the block (data-b="<index>") that holds `node`, if it lies inside `root`. */
function blockOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-b]');
  return block && root.contains(block) ? block : null;
}

/**
 * Characters from the start of `block` to (node, offset). A range's toString() is the plain text of
 * the text nodes it covers, which is exactly the block's text because blocks render nothing else.
 */
function offsetIn(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The current selection as (block index, start, end) in the block's text. A selection running into
 * later blocks is cut at the end of the block it starts in: an anchor quotes one paragraph.
 */
export function selectionInBlocks(root: HTMLElement): BlockSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startBlock = blockOf(range.startContainer, root);
  if (!startBlock) return null;
  const paragraph = Number(startBlock.dataset.b);
  if (!Number.isInteger(paragraph)) return null;
  const start = offsetIn(startBlock, range.startContainer, range.startOffset);
  const endBlock = blockOf(range.endContainer, root);
  const end =
    endBlock === startBlock
      ? offsetIn(startBlock, range.endContainer, range.endOffset)
      : (startBlock.textContent ?? '').length;
  return { paragraph, start, end };
}

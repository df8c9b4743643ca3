import { describe, expect, it } from 'vitest';
import type { OpinionAnchor } from '../../../shared/contract/index.js';
import { initialWorkspace, workspaceReducer, type WorkspaceEvent, type WorkspaceState } from '../../../renderer/src/areas/review/workspace-state.js';

/* The workspace's screen states (renderer/src/areas/review/workspace-state.ts), event by event. */

const anchor: OpinionAnchor = { documentId: 7, paragraph: 8, start: 3, end: 12, quote: '乙方不得利用承租房屋' };
const run = (events: WorkspaceEvent[], from: WorkspaceState = initialWorkspace(2, 7)) => events.reduce(workspaceReducer, from);

describe('the review workspace state', () => {
  it('starts reading the checklist at the given item and document', () => {
    expect(initialWorkspace(2, 7)).toMatchObject({ mode: 'reading', panel: 'checklist', focused: 2, documentId: 7, editor: null, pending: null });
  });

  it('opens the editor beside the document and keeps the reading state', () => {
    const s = run([{ type: 'select', anchor }, { type: 'jump', documentId: 7, paragraph: 8 }, { type: 'open-editor', request: { anchor } }]);
    expect(s.mode).toBe('editing');
    expect(s.editor).toMatchObject({ anchor });
    // The document stays where it was: same document, same jump, the selection still offered.
    expect(s).toMatchObject({ documentId: 7, pending: anchor, panel: 'checklist' });
    expect(s.jump?.paragraph).toBe(8);
  });

  it('gives every opening a new nonce, so the form starts fresh even for the same request', () => {
    const a = run([{ type: 'open-editor', request: {} }]);
    const b = run([{ type: 'close-editor' }, { type: 'open-editor', request: {} }], a);
    expect(b.editor!.nonce).not.toBe(a.editor!.nonce);
  });

  it('after saving a quoting opinion: reading again, the opinion active, the used selection cleared', () => {
    const s = run([{ type: 'select', anchor }, { type: 'open-editor', request: { anchor } }, { type: 'opinion-saved', id: 41, anchored: true }]);
    expect(s).toMatchObject({ mode: 'reading', editor: null, activeOpinion: 41, pending: null });
    const plain = run([{ type: 'select', anchor }, { type: 'open-editor', request: {} }, { type: 'opinion-saved', id: 42, anchored: false }]);
    expect(plain.pending).toEqual(anchor);
  });

  it('a click on a mark while writing changes the tab behind the editor but never closes it', () => {
    const s = run([{ type: 'open-editor', request: { anchor } }, { type: 'show-finding', id: 5 }, { type: 'show-opinion', id: 9 }]);
    expect(s).toMatchObject({ mode: 'editing', panel: 'opinions', activeOpinion: 9, activeFinding: { id: 5 } });
    expect(s.editor).not.toBeNull();
  });

  it('jumps again to the same place with a new nonce and switches document when the target is in another', () => {
    const first = run([{ type: 'jump', documentId: 7, paragraph: 3 }]);
    const again = run([{ type: 'jump', documentId: 7, paragraph: 3 }], first);
    expect(again.jump!.nonce).toBeGreaterThan(first.jump!.nonce);
    expect(run([{ type: 'jump', documentId: 9, paragraph: 0, target: { kind: 'finding', id: 3 } }]).documentId).toBe(9);
  });
});

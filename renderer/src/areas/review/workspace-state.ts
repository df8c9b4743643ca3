import { useCallback, useRef, useState } from 'react';
// Imports carry .js: tests/renderer type-check this module under NodeNext too (Vite maps .js to .ts).
import type { Opinion, OpinionAnchor } from '../../../../shared/contract/index.js';
import type { ChecklistItem } from '../../../../shared/domain/checklist.js';

/*
 * What the workspace shows, as one state and the events that change it (issue 20: the workspace's
 * modes are an explicit state machine instead of eleven useStates and re-trigger counters). The
 * review's own life (open → submitted → approved …) is shared/domain/review-flow.ts; this is only the
 * screen: which side panel is up, whether an opinion is being written, what is selected and where
 * the document should scroll. Pure, so tests/renderer/review/workspace-state.test.ts drives it.
 */

export type Panel = 'checklist' | 'findings' | 'opinions' | 'signoff';

/** What the editor opens for: an existing opinion, a checklist item, a quoted passage, or several. */
export interface EditorRequest {
  opinion?: Opinion;
  item?: ChecklistItem | null;
  anchor?: OpinionAnchor | null;
  /** Changes on every opening so the form starts fresh. */
  nonce: number;
}

/** Where the document should scroll and what to flash there; a new nonce scrolls again to the same place. */
export interface DocumentJump {
  documentId: number;
  paragraph: number;
  target?: { kind: 'opinion' | 'finding'; id: number };
  nonce: number;
}

export interface WorkspaceState {
  /** 'reading' with the side tabs, or 'editing' an opinion in the side panel beside the document. */
  mode: 'reading' | 'editing';
  panel: Panel;
  /** Index of the checklist item with keyboard focus. */
  focused: number;
  editor: EditorRequest | null;
  /** The passage selected in the document, offered as an opinion's anchor. */
  pending: OpinionAnchor | null;
  documentId: number | null;
  jump: DocumentJump | null;
  activeOpinion: number | null;
  activeFinding: { id: number; nonce: number } | null;
  helpOpen: boolean;
  /** Counter behind every nonce. */
  seq: number;
}

export type WorkspaceEvent =
  | { type: 'panel'; panel: Panel }
  | { type: 'focus'; index: number }
  | { type: 'select'; anchor: OpinionAnchor | null }
  | { type: 'open-editor'; request: Omit<EditorRequest, 'nonce'> }
  | { type: 'close-editor' }
  | { type: 'opinion-saved'; id: number; anchored: boolean }
  | { type: 'show-document'; documentId: number | null }
  | { type: 'jump'; documentId: number; paragraph: number; target?: DocumentJump['target'] }
  | { type: 'show-opinion'; id: number }
  | { type: 'show-finding'; id: number }
  | { type: 'help'; open: boolean };

export function initialWorkspace(focused: number, documentId: number | null): WorkspaceState {
  return { mode: 'reading', panel: 'checklist', focused, editor: null, pending: null, documentId, jump: null, activeOpinion: null, activeFinding: null, helpOpen: false, seq: 0 };
}

export function workspaceReducer(s: WorkspaceState, e: WorkspaceEvent): WorkspaceState {
  switch (e.type) {
    case 'panel':
      return { ...s, panel: e.panel };
    case 'focus':
      return { ...s, focused: e.index };
    case 'select':
      return { ...s, pending: e.anchor };
    case 'open-editor':
      // A second request while editing replaces the first (the panel asks before dropping typed text).
      return { ...s, mode: 'editing', editor: { ...e.request, nonce: s.seq + 1 }, seq: s.seq + 1 };
    case 'close-editor':
      return { ...s, mode: 'reading', editor: null };
    case 'opinion-saved':
      // The saved opinion is the active one; a quoted selection has been used up.
      return { ...s, mode: 'reading', editor: null, activeOpinion: e.id, pending: e.anchored ? null : s.pending };
    case 'show-document':
      return { ...s, documentId: e.documentId };
    case 'jump':
      return { ...s, documentId: e.documentId, jump: { documentId: e.documentId, paragraph: e.paragraph, target: e.target, nonce: s.seq + 1 }, seq: s.seq + 1 };
    // A click on a mark while an opinion is being written never drops the text: the tab behind the
    // editor changes and shows once the editor closes.
    case 'show-opinion':
      return { ...s, panel: 'opinions', activeOpinion: e.id };
    case 'show-finding':
      return { ...s, panel: 'findings', activeFinding: { id: e.id, nonce: s.seq + 1 }, seq: s.seq + 1 };
    case 'help':
      return { ...s, helpOpen: e.open };
  }
}

/**
 * The workspace state with a `send` that applies events at once to a ref as well: keys can arrive
 * faster than React renders on a slow PC, and the keyboard reads the latest state from `latest`, so
 * ↓ 1 ↓ 1 never answers the same item twice.
 */
export function useWorkspaceState(init: () => WorkspaceState) {
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const send = useCallback((event: WorkspaceEvent) => {
    latest.current = workspaceReducer(latest.current, event);
    setState(latest.current);
  }, []);
  return { state, send, latest };
}

import { useEffect, useRef } from 'react';
import type { AnswerStatus } from '../../../../shared/contract/index';

export interface ChecklistKeyHandlers {
  enabled: boolean;
  move(delta: number): void;
  setStatus(status: AnswerStatus): void;
  openEditor(): void;
  toggleHelp(): void;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'datetime-local', 'month', 'time', 'week']);

/** True while the user is typing somewhere, or a dialog/menu owns the keyboard: shortcuts stay out of the way. */
export function keyboardIsBusy(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return true;
  if (target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox') return true;
  return Boolean(target.closest('.ant-modal-wrap, .ant-drawer, .ant-popover, .ant-select-dropdown, [data-rd-own-keys]'));
}

const STATUS_KEYS: Record<string, AnswerStatus> = { '1': 'pass', '2': 'problem', '3': 'not-applicable' };

/**
 * The checklist's keyboard: ↑/↓ or k/j move, 1/2/3 set 通过/有问题/不适用, Enter or o opens the opinion
 * editor, ? shows the shortcuts. Listens on the window so it works wherever focus rests in the workspace.
 */
export function useChecklistKeys(handlers: ChecklistKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      if (!h.enabled || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (keyboardIsBusy(e.target)) return;
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, [role="tab"]') !== null;
      let handled = true;
      if (e.key === 'ArrowDown' || e.key === 'j') h.move(1);
      else if (e.key === 'ArrowUp' || e.key === 'k') h.move(-1);
      else if (STATUS_KEYS[e.key]) h.setStatus(STATUS_KEYS[e.key]!);
      else if (e.key === 'o' || (e.key === 'Enter' && !onControl)) h.openEditor();
      else if (e.key === '?') h.toggleHelp();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

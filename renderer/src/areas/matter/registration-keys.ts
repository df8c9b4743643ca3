/*
 * Safe registration (issue 20). Two slips made wrong matters: plain Enter in any field submitted the
 * form (the hint says Ctrl+Enter), and typing 重大 + Enter in 事项类型 picked 村（居）民自治章程 because
 * the type-ahead matched the group label 村级重大事项 and so offered the whole group first.
 */

/** A select option or option group as antd hands it to `filterOption`. */
export interface TypeOptionLike {
  label?: unknown;
  value?: unknown;
  options?: unknown;
}

/**
 * Type-ahead on type names only. The list is flat (a group label 村级重大事项 would otherwise match and
 * offer its whole group); an option group never matches.
 */
export function typeOptionMatches(input: string, option?: TypeOptionLike): boolean {
  if (!option || Array.isArray(option.options)) return false;
  const query = input.trim().toLowerCase();
  return query === '' || String(option.label ?? '').toLowerCase().includes(query);
}

/** Names that start with what was typed come first (重大 → 重大行政决策 before 其他村级重大事项). */
export function typeOptionRank(option: TypeOptionLike, input: string): number {
  return String(option.label ?? '').startsWith(input.trim()) ? 0 : 1;
}

/** The options the type list offers for what was typed, in order: Enter picks the first. */
export function offeredTypes(options: readonly TypeOptionLike[], input: string): unknown[] {
  return options
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => typeOptionMatches(input, o))
    .sort((a, b) => typeOptionRank(a.o, input) - typeOptionRank(b.o, input) || a.i - b.i)
    .map(({ o }) => o.value);
}

export interface EnterKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
  /** The focused element's tag name (INPUT, TEXTAREA, BUTTON …) and ARIA role. */
  tagName: string;
  role: string | null;
}

/**
 * What a key does in the registration form: Ctrl/⌘+Enter submits; plain Enter in a text box moves to
 * the next field; Enter in a list or date box is left to it (it picks the option) but never submits;
 * Enter in the note (a textarea) is a new line; Enter while an input method composes is the IME's.
 */
export function enterAction(e: EnterKey): 'submit' | 'next-field' | 'keep-in-widget' | 'default' {
  if (e.key !== 'Enter' || e.isComposing) return 'default';
  if (e.ctrlKey || e.metaKey) return 'submit';
  if (e.tagName === 'TEXTAREA' || e.tagName === 'BUTTON') return 'default';
  if (e.role === 'combobox') return 'keep-in-widget';
  if (e.tagName === 'INPUT') return 'next-field';
  return 'default';
}

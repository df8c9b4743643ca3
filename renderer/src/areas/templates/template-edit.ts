/**
 * Pure edits of a template's item list, kept free of imports so tests under tests/renderer can run them
 * in Node. The server validates the result; these only keep the list in order.
 */

/** The version after an edit: integers count up, x.y.z bumps the patch (as the server expects). */
export function nextVersion(version: number | string): number | string {
  if (typeof version === 'number') return version + 1;
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
}

export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Replaces the item with `id` (or appends when it is new); null when another item already has the new id. */
export function upsertItem<T extends { id: string }>(items: readonly T[], item: T, replacing: string | null): T[] | null {
  if (items.some((i) => i.id === item.id && i.id !== replacing)) return null;
  if (replacing === null) return [...items, item];
  return items.map((i) => (i.id === replacing ? item : i));
}

export function removeItem<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((i) => i.id !== id);
}

/** A suggested id for an office copy: builtin.village.rules → office.village.rules. */
export function suggestCopyId(fromId: string, taken: readonly string[]): string {
  const base = fromId.replace(/^builtin[.-]/, '');
  const first = `office.${base}`;
  if (!taken.includes(first)) return first;
  for (let n = 2; ; n++) if (!taken.includes(`${first}-${n}`)) return `${first}-${n}`;
}

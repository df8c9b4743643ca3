import { useState } from 'react';

/**
 * The same object as long as `key` is unchanged: lets a memo depend on what matters in a value that
 * arrives as a new object on every render (every checklist answer brings a new review). Kept in
 * state and replaced during render when the key changes — React's pattern for "storing information
 * from previous renders" — so exhaustive-deps can check the memo that uses it.
 */
export function useKeyedValue<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key !== key) {
    setKept({ key, value });
    return value;
  }
  return kept.value;
}

import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always runs the latest `fn`. Handlers handed to
 * memoised children (every checklist card, the document's blocks) must keep their identity, or each
 * answer re-renders the whole checklist and document — on a slow office PC the keyboard then
 * outruns the screen. `fn` may read the latest props and state; call the result from events only.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

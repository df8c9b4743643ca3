/**
 * Patterns run only on the texts that hold what every match of them needs (issue 13, cost). Many of the
 * placeholder.blank and format patterns open with a look-behind or a run of characters (`(?<=面积)…`,
 * `[\u4e00-\u9fa5]{1,12}…号`), which the regex engine tries at every character of every unit; a guard — a short
 * pattern each match needs (the `号` after a digit, the colon before `**`) — rules out most units at a fraction of
 * that cost, and the pattern itself runs unchanged where the guard holds, so its matches are the same.
 * tests/core/rules/guarded.test.ts runs every registered pattern over the shipped self-test documents and fails if a
 * match is found in a text its guard would have skipped.
 */
export interface Guarded {
  /** What the pattern finds (named in test failures). */
  readonly name: string;
  /** The pattern (global). */
  readonly re: RegExp;
  /** Needed by every match of `re` (not global: `test` must not carry a lastIndex from call to call). */
  readonly guard: RegExp;
}

const registered: Guarded[] = [];

export function guarded(name: string, re: RegExp, guard: RegExp): Guarded {
  if (!re.global) throw new Error(`${name}: the pattern must be global`);
  if (guard.global || guard.sticky) throw new Error(`${name}: the guard must be neither global nor sticky`);
  const g = { name, re, guard };
  registered.push(g);
  return g;
}

const NONE: readonly RegExpExecArray[] = [];

/** The matches of `g.re` in `text`; none, without running it, where the guard does not hold. */
export function matchesIn(text: string, g: Guarded): Iterable<RegExpExecArray> {
  return g.guard.test(text) ? text.matchAll(g.re) : NONE;
}

/** Every guarded pattern of the modules loaded so far (for the test). */
export function guardedPatterns(): readonly Guarded[] {
  return registered;
}

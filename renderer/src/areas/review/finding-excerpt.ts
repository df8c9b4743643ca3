/**
 * The parts of a finding's excerpt around the words that triggered it. The trigger is stored as a
 * range of the same block (issue 13), so it is shifted by the excerpt's start; a trigger that does not
 * fit inside the excerpt (an old or inconsistent row) is ignored and the excerpt is shown plain.
 */
export interface ExcerptParts {
  before: string;
  trigger: string;
  after: string;
}

export function excerptParts(f: { start: number; end: number; excerpt: string; trigger?: { start: number; end: number } }): ExcerptParts | null {
  const t = f.trigger;
  if (!t) return null;
  const from = t.start - f.start;
  const to = t.end - f.start;
  if (from < 0 || to > f.excerpt.length || to <= from || f.end - f.start !== f.excerpt.length) return null;
  return { before: f.excerpt.slice(0, from), trigger: f.excerpt.slice(from, to), after: f.excerpt.slice(to) };
}

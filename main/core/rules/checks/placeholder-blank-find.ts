/**
 * Where the placeholder.blank rule sees blanks in one unit's text: every kind of marker, merged where they
 * overlap (a date skeleton holds its own space runs).
 */
import { fieldBlanks } from './placeholder-blank-fields.js';
import { figureBlanks } from './placeholder-blank-figures.js';
import { markBlanks, spaceBlanks, starBlanks } from './placeholder-blank-marks.js';
import { requiredBlanks } from './placeholder-blank-required.js';
import { measureBlanks } from './placeholder-blank-measure.js';
import { charterBlanks } from './placeholder-blank-charter.js';

export interface Blank {
  start: number;
  end: number;
  /** Found only as "label：" with nothing after it (less certain than ____ or 【 】). */
  field?: boolean;
  /** A few spaces after a colon that end the line: an empty field or a heading, judged by the lines after it. */
  eol?: boolean;
}

/**
 * A merge template's numbered field tags ("购货方:X1", "大写:X16 小写:X17"): a program fills X1…Xn; the
 * text under review still holds them. A lone "X6" is a model name (宝马X6), so only a document that numbers
 * at least three such fields has tags.
 */
const TAG_RE = /(?<![A-Za-z0-9])X\d{1,3}(?![A-Za-z0-9.])/g;

export function hasFieldTags(fullText: string): boolean {
  const seen = new Set<string>();
  for (const m of fullText.matchAll(TAG_RE)) {
    seen.add(m[0]);
    if (seen.size >= 3) return true;
  }
  return false;
}

export function blanksIn(text: string, tags = false): Blank[] {
  const out: Blank[] = [];
  if (tags) for (const m of text.matchAll(TAG_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  markBlanks(text, out);
  figureBlanks(text, out);
  starBlanks(text, out);
  fieldBlanks(text, out);
  spaceBlanks(text, out);
  requiredBlanks(text, out);
  measureBlanks(text, out);
  charterBlanks(text, out);
  out.sort((a, b) => a.start - b.start);
  // Merge overlapping blanks (a date blank contains its own space runs).
  const merged: Blank[] = [];
  for (const b of out) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) {
      last.end = Math.max(last.end, b.end);
      if (!b.field) delete last.field;
      if (b.eol) last.eol = true;
    }
    else merged.push({ ...b });
  }
  return merged;
}

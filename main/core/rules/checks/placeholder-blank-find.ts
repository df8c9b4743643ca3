/**
 * Where the placeholder.blank rule sees blanks in one unit's text: every kind of marker, merged where they
 * overlap (a date skeleton holds its own space runs).
 */
import { fieldBlanks } from './placeholder-blank-fields.js';
import { figureBlanks } from './placeholder-blank-figures.js';
import { markBlanks, spaceBlanks, starBlanks } from './placeholder-blank-marks.js';
import { requiredBlanks } from './placeholder-blank-required.js';

export interface Blank {
  start: number;
  end: number;
  /** Found only as "label：" with nothing after it (less certain than ____ or 【 】). */
  field?: boolean;
  /** A few spaces after a colon that end the line: an empty field or a heading, judged by the lines after it. */
  eol?: boolean;
}

export function blanksIn(text: string): Blank[] {
  const out: Blank[] = [];
  markBlanks(text, out);
  figureBlanks(text, out);
  starBlanks(text, out);
  fieldBlanks(text, out);
  spaceBlanks(text, out);
  requiredBlanks(text, out);
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

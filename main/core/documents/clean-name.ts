/**
 * Characters that must not reach a stored name or title: C0/C1 controls, bidi overrides and isolates
 * (U+202A–202E, U+2066–2069, which can make "gpj.exe" display as "exe.jpg"), zero-width characters
 * (U+200B–200F, U+2060, U+FEFF) that make two equal-looking names differ.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** NFC, invisible characters removed, runs of whitespace (incl. U+3000) made one space, trimmed. */
export function cleanDisplayText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/[\s\u3000]+/g, ' ').trim();
}

/*
 * Stored instants (UTC ISO strings such as '2026-12-31T17:30:00.000Z') shown in the office's time zone
 * (issue 20: one clock). The core formats with the zone of the request's clock, the renderer with the
 * office setting it fetched; nothing here reads the machine's own zone, so a PC set to London still shows
 * and names files by China time. Pure Intl code: shared by main/ and renderer/.
 */

/** The zone an office uses until it chooses another (China time). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // hourCycle h23: midnight is 00, never 24 (some engines' en-* default).
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** The wall clock of an instant in a zone; null for an unreadable instant. */
function wallClock(instant: Date | string | number, timeZone: string): WallClock | null {
  const date = toDate(instant);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Whether Intl knows the zone (e.g. 'Asia/Shanghai', 'Asia/Urumqi'). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant in a zone, 'YYYY-MM-DD' ('' for an unreadable instant). */
export function dateInZone(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const w = wallClock(instant, timeZone);
  return w ? `${w.year}-${w.month}-${w.day}` : '';
}

/**
 * An instant as people read it, 'YYYY-MM-DD HH:mm' (with ':ss' when asked) in the zone. Text that is
 * not an instant comes back unchanged, so a malformed stored value is still visible rather than hidden.
 */
export function formatInstant(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE, options: { seconds?: boolean } = {}): string {
  const w = wallClock(instant, timeZone);
  if (!w) return String(instant);
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}${options.seconds ? `:${w.second}` : ''}`;
}

/** A file-name stamp of an instant in the zone, 'YYYYMMDD-HHmmss' (sorts by time; no characters Windows refuses). */
export function fileStampInZone(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const w = wallClock(instant, timeZone) ?? wallClock(0, timeZone)!;
  return `${w.year}${w.month}${w.day}-${w.hour}${w.minute}${w.second}`;
}

/** The zone's offset from UTC at an instant, in minutes (Shanghai: +480). */
function offsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone)!;
  const asUtc = Date.UTC(Number(w.year), Number(w.month) - 1, Number(w.day), Number(w.hour), Number(w.minute), Number(w.second));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant (ISO) at which a calendar day 'YYYY-MM-DD' begins in the zone — the lower bound when
 * stored instants are filtered by the office's days (the audit log's 从…到…).
 */
export function dayStartInZone(date: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  // Two rounds settle a zone whose offset changes near midnight (daylight saving).
  let guess = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000;
  guess = midnightUtc - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess).toISOString();
}

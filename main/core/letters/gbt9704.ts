/**
 * GB/T 9704—2012 page geometry in Word units, derived from the values in the domain reference §3.1:
 * A4, 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm, 22 lines × 28 characters, 3号 body.
 */

/** Twentieths of a point per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Chinese font sizes in half-points (二号 22 pt, 三号 16 pt, 四号 14 pt). */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;

export const PAGE = {
  /** A4 210 × 297 mm. */
  width: 11906,
  height: 16838,
  top: mmToTwips(37),
  left: mmToTwips(28),
  /** 210 − 28 − 156 = 26 mm and 297 − 37 − 225 = 35 mm (derived in the reference, not stated by the standard). */
  right: mmToTwips(26),
  bottom: mmToTwips(35),
  header: mmToTwips(15),
  /**
   * The page number's dash sits 7 mm below the type area (7.5); for 四号 text that puts the footer's
   * baseline about 23 mm above the bottom edge (derived in the reference).
   */
  footer: mmToTwips(23),
} as const;

/** The A4 page with GB/T 9704 margins as a docx section's page properties (登记表, 案卷封面/目录). */
export const A4_PAGE_PROPERTIES = {
  size: { width: PAGE.width, height: PAGE.height },
  margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
};

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const typeAreaHeight = PAGE.height - PAGE.top - PAGE.bottom;
const typeAreaWidth = PAGE.width - PAGE.left - PAGE.right;

/** Line pitch in twips, rounded down so that 22 lines still fit the 225 mm type area. */
export const LINE_PITCH = Math.floor(typeAreaHeight / LINES_PER_PAGE);

/** Character pitch in twips for 28 characters per line. */
export const CHAR_PITCH = typeAreaWidth / CHARS_PER_LINE;

/**
 * w:docGrid charSpace: (desired pitch − Normal font size) in points × 4096 (ECMA-376 17.6.5).
 * 156 mm / 28 ≈ 15.8 pt against a 16 pt body, so the value is slightly negative. Rounded down: a
 * pitch a hair too wide would leave only 27 characters on the line.
 */
export const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - SIZE.sanhao / 2) * 4096);

/** Twips for n body characters, for indents that must line up with the grid. */
export function chars(n: number): number {
  return Math.round(n * CHAR_PITCH);
}

/**
 * Space above the 发文机关标志 so that its upper edge sits 35 mm below the top of the type area (7.2.4).
 * In an exact 28.95 pt line the 22 pt characters' top edge sits 6.35 mm below the top of the line box
 * (measured in LibreOffice's PDF, tests/core/letters/render.test.ts), so that much is taken off the 35 mm.
 */
export const HEADER_SPACE_BEFORE = mmToTwips(35) - mmToTwips(6.35);

/**
 * Character spacing of 三号 runs, in twips: −5 (−0.25 pt) gives a pitch of 15.75 pt, and 28 × 15.75 pt
 * = 441 pt fits the 442.2 pt line while 29 do not — 28 characters a line in Word, WPS and LibreOffice
 * alike. The Word templates get the same 28 from a character grid (w:docGrid linesAndChars with a
 * negative w:charSpace), which LibreOffice lays out at 14–18 characters a line; tracking does not depend
 * on how a renderer reads the grid. Measured in tests/core/letters/render.test.ts.
 */
export const BODY_TRACKING = -5;

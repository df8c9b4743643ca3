/**
 * Fonts for letters. A run can name one East Asian font only, so the fallbacks go into the font
 * table: w:altName holds a comma-delimited list of names Word tries when the primary font is missing
 * (ECMA-376 Part 1, 17.8.3.1), and charset 86 (GB2312) steers any further substitution to a Chinese font.
 */
import type { FontChain, LetterFonts } from '../../../shared/domain/letter.js';
import { escapeXml } from './xml.js';

export interface RunFont {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: 'eastAsia';
}

export function runFont(chain: FontChain, latin: string | null): RunFont {
  const primary = chain[0]!;
  const western = latin ?? primary;
  return { ascii: western, hAnsi: western, eastAsia: primary, cs: primary, hint: 'eastAsia' };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Family for substitution by metrics: 黑体 is sans-serif, 仿宋/楷体/宋体/小标宋 are serif-like. */
function familyOf(name: string): 'swiss' | 'roman' {
  return /黑|Hei|Arial|Helvetica/i.test(name) ? 'swiss' : 'roman';
}

/** word/fontTable.xml listing every primary font with its fallbacks. */
export function fontTableXml(fonts: LetterFonts): string {
  const chains: FontChain[] = [fonts.title, fonts.body, fonts.heading1, fonts.heading2, fonts.pageNumber];
  if (fonts.latin) chains.push([fonts.latin]);
  const seen = new Map<string, string[]>();
  for (const chain of chains) {
    const [primary, ...rest] = chain;
    if (!primary) continue;
    const alts = seen.get(primary) ?? [];
    for (const r of rest) if (r !== primary && !alts.includes(r)) alts.push(r);
    seen.set(primary, alts);
  }
  const entries = [...seen].map(([name, alts]) => {
    const latinOnly = /^[\x20-\x7e]+$/.test(name) && alts.length === 0;
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (alts.length ? `<w:altName w:val="${escapeXml(alts.join(','))}"/>` : '') +
      `<w:charset w:val="${latinOnly ? '00' : '86'}"/>` +
      `<w:family w:val="${familyOf(name)}"/>` +
      `<w:pitch w:val="variable"/>` +
      `</w:font>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

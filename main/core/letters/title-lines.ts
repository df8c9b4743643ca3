/**
 * The letter title: said once, and set in balanced lines that never split a word (GB/T 9704 7.3.1:
 * 回行时要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形).
 */

/** 2号 (22 pt) characters on a 156 mm line: 156 / 7.76 ≈ 20.1. */
export const TITLE_CHARS_PER_LINE = 20;

/**
 * The matter title as it goes between 关于 and the letter kind: without a leading 关于 and without a
 * trailing "（的）合法性审查（意见书）" the registrar may have typed, so the title never says it twice.
 */
export function matterTitleForLetter(title: string): string {
  let t = title.trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t
      .replace(/^关于/, '')
      .replace(/(?:的)?(?:合法性审查|合法性审核|法律审查|审查)(?:意见书?|意见函|的?请示|申请)?$/, '')
      .replace(/(?:的)?(?:法律意见书?|审查意见书?)$/, '')
      .replace(/^《([^《》]*)》$/, '$1')
      .trim();
  }
  return t || title.trim();
}

/** Width in title characters: CJK and full-width 1, ASCII ½. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

const HAN = /^\p{Script=Han}$/u;
/** Suffixes ICU leaves apart from their word: 意见|书, 规范|性. */
const SUFFIX = /^[书性函]$/;

/**
 * ICU falls back to single characters for words outside its dictionary (place names, 村规民约): a run of
 * single Han characters is kept together as one unit, and 书/性 stay with the word before them.
 */
function mergeSingles(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  for (const w of words) {
    if (SUFFIX.test(w) && !run && out.length > 0 && HAN.test([...out.at(-1)!].at(-1)!)) {
      out[out.length - 1] += w;
    } else if (HAN.test(w) && run.length < 6) {
      run += w;
    } else {
      flush();
      if (HAN.test(w)) run = w;
      else out.push(w);
    }
  }
  flush();
  return out;
}

const OPENERS = /^[《（(〔【“‘「]$/;
const CLOSERS = /^[》）)〕】”’」、，。：；！？]$/;

/**
 * Units that must stay on one line: words (ICU's dictionary segmentation for Chinese), with bracketed
 * short groups such as （试行） and 〔2024〕 kept whole, openers attached to what follows and closers and
 * punctuation to what precedes.
 */
export function titleUnits(text: string): string[] {
  const words = mergeSingles([...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment));
  const units: string[] = [];
  let pendingOpen = '';
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    // A short bracketed group (up to 8 characters inside) is one unit: （试行）, （修订稿）, 〔2024〕.
    if (/^[（(〔]$/.test(w)) {
      const close = w === '〔' ? '〕' : /[（]/.test(w) ? '）' : ')';
      let j = i + 1;
      let inner = '';
      while (j < words.length && words[j] !== close && words[j] !== ')' && words[j] !== '）' && inner.length <= 8) inner += words[j++];
      if (j < words.length && inner.length <= 8) {
        w = w + inner + words[j];
        i = j;
        if (units.length > 0 && !pendingOpen) {
          units[units.length - 1] += w;
          continue;
        }
      }
    }
    if (OPENERS.test(w)) {
      pendingOpen += w;
      continue;
    }
    if (CLOSERS.test(w) && units.length > 0 && !pendingOpen) {
      units[units.length - 1] += w;
      continue;
    }
    units.push(pendingOpen + w);
    pendingOpen = '';
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/**
 * Title lines, as few as fit, as even as possible, never breaking inside a unit; between equally even
 * choices the upper lines are the shorter (正梯形). A unit longer than a line is broken where it must be.
 */
export function balanceTitle(text: string, perLine = TITLE_CHARS_PER_LINE): string[] {
  const total = width(text);
  if (total <= perLine) return [text];
  const units = titleUnits(text).flatMap((u) => {
    if (width(u) <= perLine) return [u];
    const parts: string[] = [];
    for (let s = u; s; s = s.slice(perLine)) parts.push(s.slice(0, perLine));
    return parts;
  });
  const widths = units.map(width);
  // Breaking inside 《…》 splits a title's name: allowed only where nothing else fits.
  const insideBook: boolean[] = [false];
  let depth = 0;
  for (const u of units) {
    for (const ch of u) depth += ch === '《' ? 1 : ch === '》' ? -1 : 0;
    insideBook.push(depth > 0);
  }
  const prefix = [0];
  for (const w of widths) prefix.push(prefix.at(-1)! + w);
  const n0 = Math.ceil(total / perLine);
  for (let lines = n0; lines <= units.length; lines++) {
    const target = total / lines;
    // best[k][i]: least cost to set units[0..i) on k lines.
    const best: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(units.length + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(units.length + 1).fill(-1));
    best[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= units.length; i++) {
        for (let j = k - 1; j < i; j++) {
          const w = prefix[i]! - prefix[j]!;
          if (w > perLine || best[k - 1]![j] === Infinity) continue;
          // Evenness first; a small preference for lines growing downward.
          const cost = best[k - 1]![j]! + (w - target) ** 2 - 0.01 * k * w + (j > 0 && insideBook[j] ? 1000 : 0);
          if (cost < best[k]![i]!) {
            best[k]![i] = cost;
            from[k]![i] = j;
          }
        }
      }
    }
    if (best[lines]![units.length] === Infinity) continue;
    const out: string[] = [];
    for (let k = lines, i = units.length; k > 0; k--) {
      const j = from[k]![i]!;
      out.unshift(units.slice(j, i).join(''));
      i = j;
    }
    return out;
  }
  return [text];
}

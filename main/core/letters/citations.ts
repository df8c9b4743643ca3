/**
 * Legal citations as a letter prints them. Reviewers type or pick a basis such as
 * "《行政处罚法》第16条【原文】" or "民法典第705条（第2款） 条文要旨据通行文本概括，请核对原文。"; a letter
 * cites law in one form: 《中华人民共和国行政处罚法》第十六条第二款 — the full name at its first citation,
 * the short name (without 中华人民共和国) after it, article numbers in Chinese numerals, no certainty
 * marks and no notes meant for the reviewer.
 */
import { chineseOrdinal } from './format.js';

/** Certainty marks and reviewer-facing notes that never go out in a letter (domain reference §0). */
const MARKERS = /【(?:原文|二手|待核实|未核实|实务)】|〔(?:实务|原文|二手)〕|[（(](?:待核实|未核实|unverified|需核实|请核实)[）)]/gi;
/** A sentence or bracketed aside that talks to the reviewer rather than cites law. */
const NOTE = /[（(][^（）()]*(?:要旨|概括|核对|核实|参考资料|摘要|注：|说明)[^（）()]*[）)]|(?:^|[\s；;。])(?:注[:：]|说明[:：]|条文要旨|请核对|参考资料)[^；;]*$/g;

export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '').replace(/\s+$/g, '').trim();
}

export interface ArticleRef {
  /** Article numbers; two numbers with `range` mean 第a条至第b条. */
  articles: number[];
  range: boolean;
  paragraph?: number;
  item?: number;
}

export interface Citation {
  /** Full name without 《》, e.g. 中华人民共和国行政处罚法. */
  law: string;
  /** Text after the closing 》 that belongs to the title, e.g. （国办发〔2018〕115号）. */
  suffix: string;
  refs: ArticleRef[];
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 16 / 十六 / 一百零五 → number; NaN when unreadable. */
export function readNumber(s: string): number {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[０-９]+$/.test(t)) return Number(t.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch in ZH_DIGITS) current = ZH_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '千') {
      total += (current || 1) * 1000;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

const NUM = '[0-9０-９零〇一二两三四五六七八九十百千]+';
const ARTICLE_REF = new RegExp(
  `第(${NUM})条(?:至第(${NUM})条)?(?:第(${NUM})款)?(?:第[（(]?(${NUM})[）)]?项)?|[（(]第(${NUM})款[）)]`,
  'g',
);
const RANGE = new RegExp(`第(${NUM})(?:条)?\\s*[-–—~～至到]\\s*第?(${NUM})条`, 'g');
const LIST = new RegExp(`第(${NUM})、(?=${NUM}[、条])`, 'g');

/** 第19–21条 → 第19条至第21条; 第10、11条 → 第10条、第11条. */
function normalizeRefs(text: string): string {
  let t = text.replace(RANGE, '第$1条至第$2条');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(LIST, '第$1条、第');
  }
  return t;
}

/** Full names of national laws by short name (the name without 中华人民共和国). */
export type LawNames = ReadonlyMap<string, string>;

export function lawNamesFrom(fullNames: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of fullNames) if (name.startsWith('中华人民共和国')) map.set(name.slice('中华人民共和国'.length), name);
  return map;
}

function splitTitle(raw: string): { law: string; suffix: string } {
  const name = raw.trim();
  // A trailing document number or year in brackets is printed after the title, not inside 《》.
  const m = /^(.*?[^（(])\s*([（(][^（）()]*(?:〔\d{4}〕|令|号|\d{4})[^（）()]*[）)])$/.exec(name);
  return m ? { law: m[1]!.trim(), suffix: m[2]!.replace(/\(/g, '（').replace(/\)/g, '）') } : { law: name, suffix: '' };
}

/**
 * Citations in a basis text, in order. Reads 《名称》 titles and bare names followed by 第…条; anything it
 * cannot read as a citation is dropped (the caller keeps the cleaned text when nothing was read).
 */
export function parseCitations(text: string, names: LawNames = new Map()): Citation[] {
  const cleaned = normalizeRefs(stripMarkers(text).replace(NOTE, ''));
  const out: Citation[] = [];
  // A bare name counts only when an article follows it or it is a known law.
  const title = /《([^《》]+)》|([\u4e00-\u9fa5]{1,30}?(?:法典|法|条例|规定|办法|决定|解释))(?=第|$|[、，,；;\s])/g;
  const matches = [...cleaned.matchAll(title)].filter(
    (m) => m[1] !== undefined || cleaned.startsWith('第', m.index + m[0].length) || names.has(m[2]!) || [...names.values()].includes(m[2]!),
  );
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : cleaned.length;
    const tail = cleaned.slice(m.index + m[0].length, end);
    const { law: bare, suffix } = splitTitle(m[1] ?? m[2]!);
    const law = names.get(bare) ?? bare;
    const refs: ArticleRef[] = [];
    for (const r of tail.matchAll(ARTICLE_REF)) {
      if (r[5]) {
        // "（第2款）" after an article: the paragraph of the previous reference.
        const last = refs.at(-1);
        if (last && last.paragraph === undefined) last.paragraph = readNumber(r[5]);
        continue;
      }
      const a = readNumber(r[1]!);
      const b = r[2] ? readNumber(r[2]) : NaN;
      const ref: ArticleRef = { articles: Number.isNaN(b) ? [a] : [a, b], range: !Number.isNaN(b) };
      if (r[3]) ref.paragraph = readNumber(r[3]);
      if (r[4]) ref.item = readNumber(r[4]);
      if (ref.articles.every((n) => Number.isInteger(n) && n > 0)) refs.push(ref);
    }
    out.push({ law, suffix, refs });
  });
  return out;
}

function zh(n: number): string {
  return n >= 1 && n <= 999 ? chineseOrdinal(n) : String(n);
}

/** 第十六条第二款第三项; 第十九条至第二十一条; 第十条、第十一条. */
export function formatRef(ref: ArticleRef): string {
  const [a, b] = ref.articles;
  let s = `第${zh(a!)}条`;
  if (b !== undefined) s += `${ref.range ? '至' : '、'}第${zh(b)}条`;
  if (ref.paragraph !== undefined) s += `第${zh(ref.paragraph)}款`;
  if (ref.item !== undefined) s += `第${zh(ref.item)}项`;
  return s;
}

/** Short name offices use after the first citation: without 中华人民共和国. */
export function shortName(law: string): string {
  return law.startsWith('中华人民共和国') && law.length > 9 ? law.slice('中华人民共和国'.length) : law;
}

/**
 * Prints citations in letter order: the first citation of a law gives its full name (with
 * "（以下简称《…》）" when it will be cited again under a shorter name), later ones the short name.
 */
export class CitationPrinter {
  private readonly seen = new Set<string>();
  constructor(private readonly repeated: ReadonlySet<string> = new Set()) {}

  title(c: Pick<Citation, 'law' | 'suffix'>): string {
    const short = shortName(c.law);
    if (this.seen.has(c.law)) return `《${short}》`;
    this.seen.add(c.law);
    const abbreviation = short !== c.law && this.repeated.has(c.law) ? `（以下简称《${short}》）` : '';
    return `《${c.law}》${c.suffix}${abbreviation}`;
  }

  cite(c: Citation): string {
    return this.title(c) + c.refs.map(formatRef).join('、');
  }

  /** One basis text as printed; falls back to the text without markers and notes when no law is named. */
  print(basis: string, names: LawNames): string {
    const cites = parseCitations(basis, names);
    if (cites.length === 0) return stripMarkers(basis).replace(NOTE, '').trim();
    return cites.map((c) => this.cite(c)).join('；');
  }
}

/** The laws cited by a list of basis texts, first-cited first, each with the articles cited. */
export function citedLaws(bases: readonly string[], names: LawNames): Citation[] {
  const byLaw = new Map<string, Citation>();
  for (const b of bases) {
    for (const c of parseCitations(b, names)) {
      const entry = byLaw.get(c.law) ?? { law: c.law, suffix: c.suffix, refs: [] };
      for (const r of c.refs) if (!entry.refs.some((x) => formatRef(x) === formatRef(r))) entry.refs.push(r);
      byLaw.set(c.law, entry);
    }
  }
  return [...byLaw.values()];
}

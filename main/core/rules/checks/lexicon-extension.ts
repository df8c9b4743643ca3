/**
 * A rule's lexicon with more forms appended as alternatives (issue 13: the coercion rule takes its direct measures
 * and its vehicle measures this way). The joined pattern is built once per lexicon and reused, and handed out
 * with lastIndex reset, as `scan()` expects a fresh global pattern.
 */
export function lexiconExtension(words: string): (re: RegExp) => RegExp {
  const cache = new Map<RegExp, RegExp>();
  return (re) => {
    let out = cache.get(re);
    if (!out) {
      out = new RegExp(`${re.source}|${words}`, re.flags);
      cache.set(re, out);
    }
    out.lastIndex = 0;
    return out;
  };
}

/** The small statistics every bench shares: one quantile rule and one seeded generator. */

/** The q-quantile of xs (nearest rank, no interpolation), e.g. quantile(xs, 0.95) for a p95. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** A deterministic generator, so two runs bench the same data and queries. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

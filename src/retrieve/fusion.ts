// Reciprocal-rank fusion (Cormack et al. 2009): score = Σ 1 / (k + rank) over the lists a candidate appears in.

export interface Fused<K> {
  key: K;
  score: number;
  /** 1-based rank in each input list, null where absent */
  ranks: Array<number | null>;
}

/**
 * Fuses ranked lists (best first); `weights` scales each list's contribution (weighted RRF, default 1 each). A key repeated within one list counts once, at its best rank. Ties are broken
 * by the better best rank, then by the earlier list holding that rank, then by first appearance — never by chance.
 */
export function reciprocalRankFusion<K>(lists: K[][], k = 60, weights: number[] = []): Array<Fused<K>> {
  const byKey = new Map<K, Fused<K> & { order: number }>();
  let order = 0;
  const depth = Math.max(0, ...lists.map((l) => l.length));
  for (let r = 0; r < depth; r++) {
    lists.forEach((list, li) => {
      if (r >= list.length) return;
      const key = list[r]!;
      let f = byKey.get(key);
      if (!f) {
        f = { key, score: 0, ranks: lists.map(() => null), order: order++ };
        byKey.set(key, f);
      }
      if (f.ranks[li] !== null) return;
      f.ranks[li] = r + 1;
      f.score += (weights[li] ?? 1) / (k + r + 1);
    });
  }
  const best = (f: Fused<K>) => {
    let rank = Infinity, list = Infinity;
    f.ranks.forEach((x, i) => {
      if (x !== null && x < rank) { rank = x; list = i; }
    });
    return { rank, list };
  };
  return [...byKey.values()]
    .sort((a, b) => {
      if (b.score !== a.score) return b.score - a.score;
      const ba = best(a), bb = best(b);
      return ba.rank - bb.rank || ba.list - bb.list || a.order - b.order;
    })
    .map(({ key, score, ranks }) => ({ key, score, ranks }));
}

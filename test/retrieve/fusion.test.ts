import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from '../../src/retrieve/fusion.js';

const r = (rank: number, k = 60) => 1 / (k + rank);

describe('reciprocal-rank fusion', () => {
  it('sums 1/(k+rank) over the lists and sorts by it', () => {
    const out = reciprocalRankFusion([['a', 'b', 'c'], ['c', 'a', 'd']]);
    expect(out.map((f) => f.key)).toEqual(['a', 'c', 'b', 'd']);
    expect(out[0]).toEqual({ key: 'a', score: r(1) + r(2), ranks: [1, 2] });
    expect(out[1]!.score).toBeCloseTo(r(3) + r(1), 12);
    expect(out[3]).toEqual({ key: 'd', score: r(3), ranks: [null, 3] });
  });

  it('keeps one list as it is when the other is empty', () => {
    const out = reciprocalRankFusion([[], ['x', 'y', 'z']]);
    expect(out.map((f) => [f.key, f.ranks])).toEqual([['x', [null, 1]], ['y', [null, 2]], ['z', [null, 3]]]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });

  it('counts a key repeated within one list once, at its best rank', () => {
    const out = reciprocalRankFusion([['a', 'b', 'a', 'a'], ['b']]);
    expect(out.find((f) => f.key === 'a')).toEqual({ key: 'a', score: r(1), ranks: [1, null] });
    expect(out.find((f) => f.key === 'b')).toEqual({ key: 'b', score: r(2) + r(1), ranks: [2, 1] });
  });

  it('breaks equal scores by best rank, then by list order, then by first appearance', () => {
    // a and b both score r(1)+r(2) with best rank 1; a holds its rank 1 in the first list
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']]).map((f) => f.key)).toEqual(['a', 'b']);
    // x and z tie at r(1), y and w at r(2): within each tie the first list's key comes first
    expect(reciprocalRankFusion([['x', 'y'], ['z', 'w']]).map((f) => f.key)).toEqual(['x', 'z', 'y', 'w']);
    // the same key at the same rank in the same list cannot happen, so first appearance settles the rest
    expect(reciprocalRankFusion([['a'], ['b'], ['c']]).map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });

  it('uses the k it is given and weights lists when asked', () => {
    const out = reciprocalRankFusion([['a'], ['b']], 10, [1, 0.5]);
    expect(out).toEqual([{ key: 'a', score: 1 / 11, ranks: [1, null] }, { key: 'b', score: 0.5 / 11, ranks: [null, 1] }]);
  });
});

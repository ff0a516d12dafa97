// One contract, two implementations: the exact flat index (core, Worker) and hnswlib (Node).

import { describe, expect, it } from 'vitest';
import { FlatIndex, type VectorIndex } from '../../src/index/vector-index.js';
import { HnswIndex } from '../../src/node/hnsw-index.js';
import { gaussian } from '../../src/embed/svd.js';
import { normalize } from '../../src/embed/types.js';

const impls: Array<[string, (d: number) => VectorIndex, (b: Uint8Array) => VectorIndex]> = [
  ['flat', (d) => new FlatIndex(d), (b) => FlatIndex.deserialize(b)],
  ['hnsw', (d) => new HnswIndex(d), (b) => HnswIndex.deserialize(b)],
];

function vectors(n: number, d: number, seed = 7): Float32Array[] {
  const rnd = gaussian(seed);
  return Array.from({ length: n }, () => normalize(Float32Array.from({ length: d }, rnd)));
}

describe.each(impls)('%s vector index', (_name, create, load) => {
  it('finds each stored vector as its own nearest neighbour, scored ≈ 1', () => {
    const idx = create(16);
    const vs = vectors(200, 16);
    idx.add(vs.slice(0, 120));
    idx.add(vs.slice(120));
    expect(idx.size).toBe(200);
    for (const i of [0, 57, 119, 120, 199]) {
      const [top] = idx.search(vs[i]!, 3);
      expect(top!.index).toBe(i);
      expect(top!.score).toBeCloseTo(1, 4);
    }
  });

  it('ranks by cosine similarity, best first', () => {
    const idx = create(2);
    idx.add([Float32Array.of(1, 0), Float32Array.of(0, 1), normalize(Float32Array.of(1, 1))]);
    const hits = idx.search(Float32Array.of(1, 0), 3);
    expect(hits.map((h) => h.index)).toEqual([0, 2, 1]);
    expect(hits[1]!.score).toBeCloseTo(Math.SQRT1_2, 5);
    expect(hits[2]!.score).toBeCloseTo(0, 5);
  });

  it('returns at most the stored count, and nothing when empty', () => {
    const idx = create(4);
    expect(idx.search(Float32Array.of(1, 0, 0, 0), 5)).toEqual([]);
    idx.add(vectors(3, 4));
    expect(idx.search(Float32Array.of(1, 0, 0, 0), 10)).toHaveLength(3);
  });

  it('round-trips through bytes with identical results', () => {
    const idx = create(8);
    const vs = vectors(50, 8, 3);
    idx.add(vs);
    const back = load(idx.serialize());
    expect(back.size).toBe(50);
    expect(back.dimension).toBe(8);
    for (const q of vectors(5, 8, 11)) expect(back.search(q, 5)).toEqual(idx.search(q, 5));
  });

  it('refuses vectors of the wrong dimension', () => {
    const idx = create(4);
    expect(() => idx.add([new Float32Array(3)])).toThrow(expect.objectContaining({ code: 'INDEX_MISMATCH' }));
    idx.add(vectors(2, 4));
    expect(() => idx.search(new Float32Array(5), 1)).toThrow(expect.objectContaining({ code: 'INDEX_MISMATCH' }));
  });

  it('rejects bytes that are not an index', () => {
    expect(() => load(new TextEncoder().encode('not an index at all'))).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });
});

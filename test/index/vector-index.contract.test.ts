// One contract, several implementations: exact flat (core, Worker), hnswlib (Node), Vectorize (Worker, faked here).

import { describe, expect, it } from 'vitest';
import { FlatIndex, type VectorIndex, type VectorSearch } from '../../src/index/vector-index.js';
import { HnswIndex } from '../../src/node/hnsw-index.js';
import { gaussian } from '../../src/embed/svd.js';
import { normalize } from '../../src/embed/types.js';
import type { Chunk } from '../../src/engine/types.js';
import { VectorizeIndex, vectorizeRecords } from '../../src/worker/vectorize-index.js';
import { fakeVectorize } from '../worker/fakes.js';

const impls: Array<[string, (d: number) => VectorIndex, (b: Uint8Array) => VectorIndex]> = [
  ['flat', (d) => new FlatIndex(d), (b) => FlatIndex.deserialize(b)],
  ['hnsw', (d) => new HnswIndex(d), (b) => HnswIndex.deserialize(b)],
];

/** The search side, built from the vectors as each deployment fills it; Vectorize through its upload records. */
const searchers: Array<[string, (d: number, vs: Float32Array[]) => VectorSearch]> = [
  ...impls.map(([name, create]): [string, (d: number, vs: Float32Array[]) => VectorSearch] => [name, (d, vs) => {
    const idx = create(d);
    if (vs.length) idx.add(vs);
    return idx;
  }]),
  ['vectorize (fake binding)', (d, vs) => {
    const chunks = vs.map((_, i) => ({ id: `c-${i}` }) as Chunk);
    const binding = fakeVectorize();
    binding.insertNdjson(vectorizeRecords(chunks, vs));
    return new VectorizeIndex(binding, chunks, d);
  }],
];

function vectors(n: number, d: number, seed = 7): Float32Array[] {
  const rnd = gaussian(seed);
  return Array.from({ length: n }, () => normalize(Float32Array.from({ length: d }, rnd)));
}

describe.each(searchers)('%s vector search', (_name, build) => {
  it('finds each stored vector as its own nearest neighbour, scored ≈ 1', async () => {
    const vs = vectors(200, 16);
    const idx = build(16, vs);
    expect(idx.size).toBe(200);
    for (const i of [0, 57, 119, 120, 199]) {
      const [top] = await idx.search(vs[i]!, 3);
      expect(top!.index).toBe(i);
      expect(top!.score).toBeCloseTo(1, 4);
    }
  });

  it('ranks by cosine similarity, best first', async () => {
    const idx = build(2, [Float32Array.of(1, 0), Float32Array.of(0, 1), normalize(Float32Array.of(1, 1))]);
    const hits = await idx.search(Float32Array.of(1, 0), 3);
    expect(hits.map((h) => h.index)).toEqual([0, 2, 1]);
    expect(hits[1]!.score).toBeCloseTo(Math.SQRT1_2, 5);
    expect(hits[2]!.score).toBeCloseTo(0, 5);
  });

  it('returns at most the stored count, and nothing when empty', async () => {
    expect(await build(4, []).search(Float32Array.of(1, 0, 0, 0), 5)).toEqual([]);
    expect(await build(4, vectors(3, 4)).search(Float32Array.of(1, 0, 0, 0), 10)).toHaveLength(3);
  });

  it('refuses a query of the wrong dimension', async () => {
    const idx = build(4, vectors(2, 4));
    await expect(async () => idx.search(new Float32Array(5), 1)).rejects.toMatchObject({ code: 'INDEX_MISMATCH' });
  });
});

describe.each(impls)('%s vector index (building side)', (_name, create, load) => {
  it('appends in batches, indexes continuing from the current size', () => {
    const idx = create(16);
    const vs = vectors(200, 16);
    idx.add(vs.slice(0, 120));
    idx.add(vs.slice(120));
    expect(idx.size).toBe(200);
    expect(idx.search(vs[120]!, 1)[0]!.index).toBe(120);
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
  });

  it('rejects bytes that are not an index', () => {
    expect(() => load(new TextEncoder().encode('not an index at all'))).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });
});

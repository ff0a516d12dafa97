// Node edge: approximate nearest-neighbour search with hnswlib-node behind the core VectorIndex contract.

import hnswlib from 'hnswlib-node';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { checkDimension, type VectorHit, type VectorIndex } from '../index/vector-index.js';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

const MAGIC = 'JAQH';

export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
  seed: number;
}

export const defaultHnswParams: HnswParams = { m: 16, efConstruction: 200, efSearch: 100, seed: 42 };

/** hnswlib reads and writes only files, so bytes go through a private temporary folder. */
function viaTempFile<T>(fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'jaq-hnsw-'));
  try {
    return fn(join(dir, 'index.bin'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export class HnswIndex implements VectorIndex {
  readonly kind = 'hnsw';
  private readonly index: Hnsw;

  constructor(readonly dimension: number, private readonly params: HnswParams = defaultHnswParams, index?: Hnsw) {
    this.index = index ?? new HierarchicalNSW('cosine', dimension);
    if (!index) this.index.initIndex({ maxElements: 64, m: params.m, efConstruction: params.efConstruction, randomSeed: params.seed });
    this.index.setEf(params.efSearch);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  add(vectors: Float32Array[]): void {
    for (const v of vectors) checkDimension(this.kind, this.dimension, v);
    const need = this.size + vectors.length;
    if (need > this.index.getMaxElements()) this.index.resizeIndex(Math.max(need, this.index.getMaxElements() * 2));
    let label = this.size;
    for (const v of vectors) this.index.addPoint(Array.from(v), label++);
  }

  search(query: Float32Array, k: number): VectorHit[] {
    checkDimension(this.kind, this.dimension, query);
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    // cosine space reports 1 − cosine; ties broken by index like the flat index
    return neighbors
      .map((index, i) => ({ index, score: 1 - distances[i]! }))
      .sort((a, b) => b.score - a.score || a.index - b.index);
  }

  serialize(): Uint8Array {
    const raw = viaTempFile((path) => {
      this.index.writeIndexSync(path);
      return readFileSync(path);
    });
    const out = new Uint8Array(12 + raw.length);
    out.set(new TextEncoder().encode(MAGIC), 0);
    const dv = new DataView(out.buffer);
    dv.setUint32(4, this.dimension, true);
    dv.setUint32(8, this.params.efSearch, true);
    out.set(raw, 12);
    return out;
  }

  static deserialize(bytes: Uint8Array): HnswIndex {
    if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
      throw new AppError('INDEX_CORRUPT', 'hnsw vector index: not an index file', {});
    }
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dimension = dv.getUint32(4, true);
    const efSearch = dv.getUint32(8, true);
    const index = new HierarchicalNSW('cosine', dimension);
    viaTempFile((path) => {
      writeFileSync(path, bytes.subarray(12));
      try {
        index.readIndexSync(path);
      } catch (e) {
        throw new AppError('INDEX_CORRUPT', `hnsw vector index could not be read (${(e as Error).message})`, {});
      }
    });
    return new HnswIndex(dimension, { ...defaultHnswParams, efSearch }, index);
  }
}

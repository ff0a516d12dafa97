// Vector index contract (add / search / bytes) and the exact flat implementation used in core and in the Worker.

import { AppError } from '../core/errors.js';
import { packBlob, unpackBlob } from './blob.js';

export interface VectorHit {
  /** position of the vector in insertion order (= chunk position) */
  index: number;
  /** cosine similarity: higher is closer */
  score: number;
}

/** The read side the retriever needs; a remote index (Vectorize in a Worker) answers asynchronously. */
export interface VectorSearch {
  readonly kind: string;
  readonly dimension: number;
  readonly size: number;
  search(query: Float32Array, k: number): VectorHit[] | Promise<VectorHit[]>;
}

export interface VectorIndex extends VectorSearch {
  /** appends vectors; their indexes continue from the current size */
  add(vectors: Float32Array[]): void;
  search(query: Float32Array, k: number): VectorHit[];
  serialize(): Uint8Array;
}

export function checkDimension(kind: string, expected: number, v: Float32Array): void {
  if (v.length !== expected) {
    throw new AppError('INDEX_MISMATCH', `${kind} vector index holds ${expected}-dimensional vectors, got ${v.length}`, {
      expected, got: v.length,
    });
  }
}

/** Exact search by dot product over normalised vectors: for a few thousand chunks it takes well under a millisecond. */
export class FlatIndex implements VectorIndex {
  readonly kind = 'flat';
  private data: Float32Array;
  private count = 0;

  constructor(readonly dimension: number, initial?: Float32Array) {
    this.data = initial ?? new Float32Array(dimension * 64);
    this.count = initial ? initial.length / dimension : 0;
  }

  get size(): number {
    return this.count;
  }

  add(vectors: Float32Array[]): void {
    for (const v of vectors) checkDimension(this.kind, this.dimension, v);
    const need = (this.count + vectors.length) * this.dimension;
    if (need > this.data.length) {
      const grown = new Float32Array(Math.max(need, this.data.length * 2));
      grown.set(this.data.subarray(0, this.count * this.dimension));
      this.data = grown;
    }
    for (const v of vectors) this.data.set(v, this.count++ * this.dimension);
  }

  search(query: Float32Array, k: number): VectorHit[] {
    checkDimension(this.kind, this.dimension, query);
    const d = this.dimension;
    const scores = new Float32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      let s = 0;
      const base = i * d;
      for (let j = 0; j < d; j++) s += this.data[base + j]! * query[j]!;
      scores[i] = s;
    }
    return topK(scores, k);
  }

  serialize(): Uint8Array {
    return packBlob({ kind: 'flat', dimension: this.dimension }, { vectors: this.data.slice(0, this.count * this.dimension) });
  }

  static deserialize(bytes: Uint8Array): FlatIndex {
    const { meta, arrays } = unpackBlob(bytes, 'flat vector index');
    const d = meta.dimension as number;
    if (meta.kind !== 'flat' || !arrays.vectors || arrays.vectors.length % d !== 0) {
      throw new AppError('INDEX_CORRUPT', 'flat vector index: vector data does not match its dimension', { dimension: d });
    }
    return new FlatIndex(d, arrays.vectors);
  }
}

/** Indexes of the k highest scores, best first; ties go to the lower index so results are deterministic. */
export function topK(scores: Float32Array, k: number): VectorHit[] {
  const n = Math.min(k, scores.length);
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let i = 0; i < scores.length; i++) {
    if (heap.length < n) {
      heap.push(i);
      if (heap.length === n) heap.sort((a, b) => (worse(a, b) ? -1 : 1));
    } else if (n > 0 && worse(heap[0]!, i)) {
      // keep the k best sorted worst-first; n is small (tens), so insertion is cheaper than a real heap
      heap[0] = i;
      for (let j = 0; j + 1 < n && worse(heap[j + 1]!, heap[j]!); j++) [heap[j], heap[j + 1]] = [heap[j + 1]!, heap[j]!];
    }
  }
  if (heap.length < n) heap.sort((a, b) => (worse(a, b) ? -1 : 1));
  return heap.reverse().map((index) => ({ index, score: scores[index]! }));
}

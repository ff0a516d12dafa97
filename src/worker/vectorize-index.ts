// Worker edge: the vector search stage over a Cloudflare Vectorize index, one vector per chunk keyed by chunk id.

import { AppError } from '../core/errors.js';
import type { Chunk } from '../engine/types.js';
import { checkDimension, type VectorHit, type VectorSearch } from '../index/vector-index.js';
import type { VectorizeBinding } from './bindings.js';

/** Vectorize answers at most 100 matches when neither values nor metadata are returned. */
export const VECTORIZE_MAX_TOP_K = 100;

/**
 * Ids are chunk ids (at most 64 bytes in Vectorize; ours are ~20), so a match maps back to the chunk's position
 * in the shipped chunk list. A match whose id the list lacks means Vectorize holds another build's vectors:
 * that is refused (INDEX_MISMATCH) rather than silently dropped, since every answer would be subtly wrong.
 */
export class VectorizeIndex implements VectorSearch {
  readonly kind = 'vectorize';
  private readonly positions: Map<string, number>;

  constructor(private readonly binding: VectorizeBinding, chunks: Chunk[], readonly dimension: number) {
    this.positions = new Map(chunks.map((c, i) => [c.id, i]));
  }

  get size(): number {
    return this.positions.size;
  }

  async search(query: Float32Array, k: number): Promise<VectorHit[]> {
    checkDimension(this.kind, this.dimension, query);
    const topK = Math.min(k, VECTORIZE_MAX_TOP_K, this.size);
    if (topK <= 0) return [];
    const { matches } = await this.binding.query(Array.from(query), { topK, returnValues: false, returnMetadata: 'none' });
    const hits = matches.map((m) => {
      const index = this.positions.get(m.id);
      if (index === undefined) {
        throw new AppError('INDEX_MISMATCH', `Vectorize returned id ${JSON.stringify(m.id)}, which the shipped chunk list lacks; re-upload the vectors of this build`, { id: m.id });
      }
      return { index, score: m.score };
    });
    // same order and tie-break as the local indexes
    return hits.sort((a, b) => b.score - a.score || a.index - b.index);
  }
}

/** One NDJSON line per chunk for `wrangler vectorize insert --file`: the upload side of the same id scheme. */
export function vectorizeRecords(chunks: Chunk[], vectors: Float32Array[]): string {
  if (chunks.length !== vectors.length) {
    throw new AppError('INDEX_CORRUPT', `${vectors.length} vectors for ${chunks.length} chunks`, { chunks: chunks.length, vectors: vectors.length });
  }
  return chunks.map((c, i) => JSON.stringify({ id: c.id, values: Array.from(vectors[i]!) })).join('\n') + '\n';
}

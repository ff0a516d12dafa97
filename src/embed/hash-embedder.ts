// Offline embedder A: TF-IDF over hashed character n-grams (signed feature hashing), idf fitted on the corpus.

import { AppError } from '../core/errors.js';
import { stableHash } from '../core/text.js';
import { packBlob, unpackBlob } from '../index/blob.js';
import { charFeatures, tfWeight } from './features.js';
import { normalize, OfflineEmbeddings } from './types.js';

export interface HashParams {
  dimension: number;
  minN: number;
  maxN: number;
  /** unigrams say little on their own in Chinese; they keep a share of the weight for one-character words */
  unigramWeight: number;
}

export const defaultHashParams: HashParams = { dimension: 2048, minN: 1, maxN: 3, unigramWeight: 0.3 };

/** FNV-1a 32-bit: fast, stable across runtimes. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class HashEmbeddings extends OfflineEmbeddings {
  readonly kind = 'hash' as const;
  readonly id: string;
  readonly dimension: number;

  constructor(readonly params: HashParams, private readonly idf: Float32Array) {
    super({});
    this.dimension = params.dimension;
    this.id = `hash-char${params.minN}${params.maxN}-d${params.dimension}-u${params.unigramWeight}-v1`;
  }

  /** Buckets and signs of a text's features with their raw weights (before idf). */
  private hashed(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const [f, count] of charFeatures(text, this.params.minN, this.params.maxN)) {
      const h = fnv(f);
      const w = tfWeight(count) * (f.startsWith('1:') ? this.params.unigramWeight : 1);
      // the top bit picks the sign so colliding features tend to cancel instead of piling up
      out.push([h % this.dimension, h & 0x80000000 ? -w : w]);
    }
    return out;
  }

  vector(text: string): Float32Array {
    const v = new Float32Array(this.dimension);
    for (const [b, w] of this.hashed(text)) v[b]! += w * this.idf[b]!;
    return normalize(v);
  }

  static fit(texts: string[], params: HashParams = defaultHashParams): HashEmbeddings {
    const df = new Float32Array(params.dimension);
    const probe = new HashEmbeddings(params, new Float32Array(params.dimension).fill(1));
    for (const t of texts) for (const b of new Set(probe.hashed(t).map(([bucket]) => bucket))) df[b]! += 1;
    const idf = df.map((d) => Math.log((texts.length + 1) / (d + 1)) + 1);
    return new HashEmbeddings(params, idf);
  }

  protected state(): Uint8Array {
    return packBlob({ kind: 'hash', id: this.id, params: this.params, check: stableHash(this.id) }, { idf: this.idf });
  }

  static load(bytes: Uint8Array): HashEmbeddings {
    const { meta, arrays } = unpackBlob(bytes, 'hash embedder state');
    const params = meta.params as HashParams;
    if (meta.kind !== 'hash' || !arrays.idf || arrays.idf.length !== params.dimension) {
      throw new AppError('INDEX_CORRUPT', 'hash embedder state does not match its parameters', { meta });
    }
    return new HashEmbeddings(params, arrays.idf);
  }
}

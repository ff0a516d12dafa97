// The embedder contract: a LangChain Embeddings subclass that also states its id and dimension.

import { Embeddings } from '@langchain/core/embeddings';

/** Embedders selectable by configuration (EMBEDDER in Node; workers-ai only in the Worker, through its AI binding). */
export type EmbedderKind = 'lsa' | 'hash' | 'bge' | 'workers-ai';

export abstract class PolicyEmbeddings extends Embeddings {
  /** names the model and every parameter that changes its vectors; the index manifest stores it */
  abstract readonly id: string;
  abstract readonly dimension: number;
  abstract readonly kind: EmbedderKind;
  /** fitted state to persist in index/ (null when the model lives elsewhere, e.g. bge in MODELS_DIR) */
  abstract serialize(): Uint8Array | null;
  /** query embedding as a typed array; offline embedders answer synchronously underneath */
  async queryVector(text: string): Promise<Float32Array> {
    return Float32Array.from(await this.embedQuery(text));
  }
}

/** An embedder computed in plain TypeScript from state fitted on the corpus (runs in Node and in a Worker). */
export abstract class OfflineEmbeddings extends PolicyEmbeddings {
  abstract vector(text: string): Float32Array;

  override serialize(): Uint8Array {
    return this.state();
  }
  protected abstract state(): Uint8Array;

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.vector(t)));
  }
  override async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.vector(text));
  }
  override async queryVector(text: string): Promise<Float32Array> {
    return this.vector(text);
  }
}

export function normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const n = Math.sqrt(s);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

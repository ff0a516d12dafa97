// Building the searchable parts from chunks: keyword index, document vectors, vector index (with progress).

import type { Chunk } from '../engine/types.js';
import type { PolicyEmbeddings } from '../embed/types.js';
import { buildKeywordIndex, defaultKeywordParams, type AliasPair, type KeywordIndex, type KeywordParams } from './keyword-index.js';
import type { Tokenizer } from './tokenizer.js';
import type { VectorIndex } from './vector-index.js';

export type BuildStage = 'chunk' | 'fit' | 'embed' | 'keyword' | 'vector' | 'write';

export interface Progress {
  stage: BuildStage;
  done: number;
  total: number;
}

export type OnProgress = (p: Progress) => void;

export interface BuiltParts {
  keyword: KeywordIndex;
  vectors: VectorIndex;
}

/** Embeds in batches so progress is visible and a large model never sees the whole corpus at once. */
export async function embedChunks(chunks: Chunk[], embedder: PolicyEmbeddings, onProgress?: OnProgress, batch = 32): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < chunks.length; i += batch) {
    const vecs = await embedder.embedDocuments(chunks.slice(i, i + batch).map((c) => c.indexText));
    for (const v of vecs) out.push(Float32Array.from(v));
    onProgress?.({ stage: 'embed', done: Math.min(i + batch, chunks.length), total: chunks.length });
  }
  return out;
}

export async function buildParts(
  chunks: Chunk[],
  embedder: PolicyEmbeddings,
  tokenizer: Tokenizer,
  newVectorIndex: (dimension: number) => VectorIndex,
  onProgress?: OnProgress,
  aliases: AliasPair[] = [],
  keywordParams: KeywordParams = defaultKeywordParams,
): Promise<BuiltParts> {
  onProgress?.({ stage: 'keyword', done: 0, total: 1 });
  const keyword = buildKeywordIndex(chunks, tokenizer, keywordParams, aliases);
  onProgress?.({ stage: 'keyword', done: 1, total: 1 });
  const vectors = newVectorIndex(embedder.dimension);
  const docs = await embedChunks(chunks, embedder, onProgress);
  onProgress?.({ stage: 'vector', done: 0, total: docs.length });
  vectors.add(docs);
  onProgress?.({ stage: 'vector', done: docs.length, total: docs.length });
  return { keyword, vectors };
}

// Node edge: the embedder named by config.EMBEDDER — fitted on the chunks, loaded from index/, or from MODELS_DIR.

import { defaultHashParams, HashEmbeddings } from '../embed/hash-embedder.js';
import { defaultLsaParams, LsaEmbeddings } from '../embed/lsa-embedder.js';
import type { EmbedderKind, PolicyEmbeddings } from '../embed/types.js';
import type { Chunk } from '../engine/types.js';
import type { Config } from './config.js';
import { TransformersEmbeddings, transformersEmbedderId } from './transformers-embedder.js';

type EmbedderConfig = Pick<Config, 'EMBEDDER' | 'MODELS_DIR' | 'BGE_MODEL'>;

/** The id an index built under this configuration must carry (known before anything is fitted or loaded). */
export function expectedEmbedderId(config: EmbedderConfig): string {
  if (config.EMBEDDER === 'lsa') return new LsaEmbeddings(defaultLsaParams, [], new Float32Array()).id;
  if (config.EMBEDDER === 'hash') return new HashEmbeddings(defaultHashParams, new Float32Array(defaultHashParams.dimension)).id;
  return transformersEmbedderId(config.BGE_MODEL);
}

/** A fresh embedder for building: offline ones are fitted on the chunks' indexed text. */
export async function createEmbedder(config: EmbedderConfig, chunks: Chunk[]): Promise<PolicyEmbeddings> {
  const texts = chunks.map((c) => c.indexText);
  if (config.EMBEDDER === 'lsa') return LsaEmbeddings.fit(texts);
  if (config.EMBEDDER === 'hash') return HashEmbeddings.fit(texts);
  return TransformersEmbeddings.load({ modelsDir: config.MODELS_DIR, model: config.BGE_MODEL });
}

/** The embedder of a built index: offline state from index/, or the model from MODELS_DIR. */
export async function restoreEmbedder(config: EmbedderConfig, kind: EmbedderKind, state: Uint8Array | null): Promise<PolicyEmbeddings> {
  if (kind === 'lsa' && state) return LsaEmbeddings.load(state);
  if (kind === 'hash' && state) return HashEmbeddings.load(state);
  return TransformersEmbeddings.load({ modelsDir: config.MODELS_DIR, model: config.BGE_MODEL });
}

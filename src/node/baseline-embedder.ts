// The baseline's embedder: the product's configured offline embedder, fitted the way the product fits it (on its chunks).

import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { chunkCorpus } from '../chunk/chunker.js';
import { AppError } from '../core/errors.js';
import { HashEmbeddings } from '../embed/hash-embedder.js';
import { LsaEmbeddings } from '../embed/lsa-embedder.js';
import type { Corpus } from '../ingest/types.js';
import type { Config } from './config.js';

export async function baselineEmbeddings(config: Config, corpus: Corpus): Promise<{ embeddings: EmbeddingsInterface; name: string }> {
  const texts = chunkCorpus(corpus).map((c) => c.indexText);
  if (config.EMBEDDER === 'lsa') {
    const e = LsaEmbeddings.fit(texts);
    return { embeddings: e, name: e.id };
  }
  if (config.EMBEDDER === 'hash') {
    const e = HashEmbeddings.fit(texts);
    return { embeddings: e, name: e.id };
  }
  throw new AppError('CONFIG_INVALID', `EMBEDDER=${config.EMBEDDER}: the baseline supports the offline embedders (lsa, hash)`, { key: 'EMBEDDER' });
}

// The baseline's embedder: the very embedder the product's index was built with (loaded from index/, or built there).

import type { PolicyEmbeddings } from '../embed/types.js';
import type { Corpus } from '../ingest/types.js';
import type { Config } from './config.js';
import { loadOrBuildIndex } from './index-store.js';

/** Same state as the product's (LSA/hash fitted on the product's chunks, or bge from MODELS_DIR), so only the pipeline differs. */
export async function baselineEmbeddings(config: Config, corpus: Corpus, log?: (msg: string) => void): Promise<{ embeddings: PolicyEmbeddings; name: string }> {
  const { embedder } = await loadOrBuildIndex(config, corpus, { log });
  return { embeddings: embedder, name: embedder.id };
}

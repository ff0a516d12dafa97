// Shared by the retrieval tests: the seed corpus chunked, tokenised with jieba, embedded with the default (LSA).

import { chunkCorpus } from '../../src/chunk/chunker.js';
import { LsaEmbeddings } from '../../src/embed/lsa-embedder.js';
import { buildParts } from '../../src/index/build.js';
import { FlatIndex } from '../../src/index/vector-index.js';
import { createJiebaTokenizer } from '../../src/node/jieba-tokenizer.js';
import type { RetrieverParts } from '../../src/retrieve/retriever.js';
import { seedCorpus } from '../helpers.js';

let cached: Promise<RetrieverParts> | null = null;

export function seedParts(): Promise<RetrieverParts> {
  cached ??= (async () => {
    const corpus = await seedCorpus();
    const chunks = chunkCorpus(corpus);
    const tokenizer = createJiebaTokenizer();
    const embedder = LsaEmbeddings.fit(chunks.map((c) => c.indexText));
    const { keyword, vectors } = await buildParts(chunks, embedder, tokenizer, (d) => new FlatIndex(d), undefined, corpus.aliases);
    return { chunks, keyword, vectors, embedder, tokenizer, aliases: corpus.aliases };
  })();
  return cached;
}

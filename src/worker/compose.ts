// Worker composition: the same stages as the Node root (src/node/engine.ts), assembled from parts the Worker loaded.

import { createExtractiveAnswerer } from '../answer/extractive.js';
import { createCondenser, createLlmAnswerer, type ChatModel, type Prompts } from '../answer/llm.js';
import { createLookup } from '../answer/lookup.js';
import { createVocabulary } from '../answer/vocabulary.js';
import { AppError } from '../core/errors.js';
import type { PolicyEmbeddings } from '../embed/types.js';
import { createEngine } from '../engine/create-engine.js';
import type { Chunk, Engine, EngineInfo } from '../engine/types.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import type { Segmenter, Tokenizer } from '../index/tokenizer.js';
import type { VectorSearch } from '../index/vector-index.js';
import type { Corpus } from '../ingest/types.js';
import { createRetriever } from '../retrieve/retriever.js';

export interface EngineInputs {
  corpus: Corpus;
  chunks: Chunk[];
  keyword: KeywordIndex;
  vectors: VectorSearch;
  embedder: PolicyEmbeddings;
  tokenizer: Tokenizer;
  /** the answerer's vocabulary segments with the same jieba as the tokenizer */
  segmenter: Segmenter;
  builtAt: string | null;
  /** answers by a chat model (extractive fallback) when given; needs prompts */
  llm?: { model: ChatModel; prompts: Prompts | null; timeoutMs: number };
  today?: () => string;
}

/**
 * Mirrors loadEngine step for step, so the Worker answers as the Node service does; the equivalence test in
 * test/worker/workerd compares the two on every eval question and fails if this composition drifts from it.
 */
export function composeEngine(p: EngineInputs): Engine {
  const today = p.today ?? (() => new Date().toISOString().slice(0, 10));
  const retriever = createRetriever({ chunks: p.chunks, keyword: p.keyword, vectors: p.vectors, embedder: p.embedder, tokenizer: p.tokenizer, aliases: p.corpus.aliases });
  const lookup = createLookup(p.corpus);
  const vocab = createVocabulary(p.corpus, p.chunks.map((c) => c.indexText), p.segmenter);
  const extractive = createExtractiveAnswerer({ lookup, vocab, today });
  const info: EngineInfo = {
    notices: p.corpus.notices.length, chunks: p.chunks.length, embedder: p.embedder.id, dimension: p.embedder.dimension,
    tokenizer: p.tokenizer.id, llm: null, builtAt: p.builtAt,
  };
  if (!p.llm) return createEngine({ corpus: p.corpus, chunks: p.chunks, retriever, answerer: extractive, info });
  if (!p.llm.prompts) throw new AppError('INDEX_CORRUPT', 'a chat model is configured but the shipped assets hold no prompts; run `npm run worker:build`', {});
  const deps = { model: p.llm.model, prompts: p.llm.prompts, timeoutMs: p.llm.timeoutMs };
  return createEngine({
    corpus: p.corpus, chunks: p.chunks, retriever, info: { ...info, llm: p.llm.model.id },
    answerer: createLlmAnswerer({ ...deps, fallback: extractive, lookup, persons: vocab.persons }),
    condense: createCondenser(deps),
  });
}

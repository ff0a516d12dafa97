// Answerer test harness: the real retriever and engine over the seeds (index in test/artifacts/index-answer) with a fixed "today".

import { join } from 'node:path';
import { createExtractiveAnswerer } from '../../src/answer/extractive.js';
import { createLookup } from '../../src/answer/lookup.js';
import { createVocabulary, type Vocabulary } from '../../src/answer/vocabulary.js';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Answerer, ChatMessage, ChatResponse } from '../../src/engine/types.js';
import { parseConfig } from '../../src/node/config.js';
import { loadCorpus } from '../../src/node/engine.js';
import { loadOrBuildIndex } from '../../src/node/index-store.js';
import { createJiebaSegmenter } from '../../src/node/jieba-tokenizer.js';
import { createRetriever } from '../../src/retrieve/retriever.js';
import { ROOT, SEEDS } from '../helpers.js';

export interface Harness {
  answerer: Answerer;
  vocab: Vocabulary;
  ask(question: string, history?: ChatMessage[]): Promise<ChatResponse>;
  /** the same retrieval, answered by another answerer (e.g. the LLM one wrapping this harness's extractive one) */
  askWith(answerer: Answerer, question: string): Promise<ChatResponse>;
}

let cached: Promise<Harness> | null = null;

export function harness(): Promise<Harness> {
  cached ??= build('2026-11-22');
  return cached;
}

async function build(today: string): Promise<Harness> {
  const config = parseConfig({ SEEDS_DIR: SEEDS, INDEX_DIR: join(ROOT, 'test', 'artifacts', 'index-answer') });
  const corpus = await loadCorpus(config, () => {});
  const index = await loadOrBuildIndex(config, corpus, {});
  const retriever = createRetriever({ ...index, aliases: corpus.aliases });
  const vocab = createVocabulary(corpus, index.chunks.map((c) => c.indexText), createJiebaSegmenter());
  const answerer = createExtractiveAnswerer({ lookup: createLookup(corpus), vocab, today: () => today });
  const info = { notices: corpus.notices.length, chunks: index.chunks.length, embedder: index.embedder.id, dimension: index.embedder.dimension, tokenizer: index.tokenizer.id, llm: null, builtAt: null };
  // through the engine, as the product runs: follow-up rewriting and a several-part question's parts retrieved one by one
  const run = (a: Answerer, question: string, history: ChatMessage[]) =>
    createEngine({ corpus, chunks: index.chunks, retriever, answerer: a, info }).chat([...history, { role: 'user', content: question }], { debug: true });
  return { answerer, vocab, ask: (q, history = []) => run(answerer, q, history), askWith: (a, q) => run(a, q, []) };
}

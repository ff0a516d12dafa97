// Answerer test harness: the seed corpus, real chunks and a plain BM25 retriever, so answers are tested on real text.

import { chunkCorpus } from '../../src/chunk/chunker.js';
import { createAnalyzer, noWordSegmenter } from '../../src/index/tokenizer.js';
import { buildKeywordIndex } from '../../src/index/keyword-index.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive.js';
import { createLookup } from '../../src/answer/lookup.js';
import { createVocabulary } from '../../src/answer/vocabulary.js';
import { createJiebaSegmenter } from '../../src/node/jieba-tokenizer.js';
import type { Answerer, ChatMessage, ChatResponse, RetrievalResult } from '../../src/engine/types.js';
import { seedCorpus } from '../helpers.js';

export interface Harness {
  answerer: Answerer;
  ask(question: string, history?: ChatMessage[], rewritten?: string): Promise<ChatResponse>;
  /** the same retrieval, answered by another answerer (e.g. the LLM one wrapping this harness's extractive one) */
  askWith(answerer: Answerer, question: string): Promise<ChatResponse>;
}

let cached: Promise<Harness> | null = null;

export function harness(today = '2026-11-22'): Promise<Harness> {
  cached ??= build(today);
  return cached;
}

async function build(today: string): Promise<Harness> {
  const corpus = await seedCorpus();
  const chunks = chunkCorpus(corpus);
  const index = buildKeywordIndex(chunks, createAnalyzer(noWordSegmenter));
  const lookup = createLookup(corpus);
  const vocab = createVocabulary(corpus, chunks.map((c) => c.indexText), createJiebaSegmenter());
  const answerer = createExtractiveAnswerer({ lookup, vocab, today: () => today });
  const retrieve = (q: string): RetrievalResult => ({
    query: { original: q, rewritten: q },
    hits: index.search(q, 10).map((h) => ({ chunk: chunks[h.index]!, score: h.score, stages: { bm25: h.score } })),
    timings: {},
  });
  return {
    answerer,
    ask: (question, history = [], rewritten) => {
      const r = retrieve(rewritten ?? question);
      return answerer.answer([...history, { role: 'user', content: question }], { ...r, query: { original: question, rewritten: rewritten ?? question } });
    },
    askWith: (other, question) => other.answer([{ role: 'user', content: question }], retrieve(question)),
  };
}

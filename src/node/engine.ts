// Node composition root: seeds → corpus → index (loaded or built) → retriever → answerer (extractive, or LLM when configured).

import { createExtractiveAnswerer } from '../answer/extractive.js';
import { createCondenser, createLlmAnswerer } from '../answer/llm.js';
import { createLookup } from '../answer/lookup.js';
import { createVocabulary } from '../answer/vocabulary.js';
import { AppError } from '../core/errors.js';
import { createEngine } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import { ingestCorpus } from '../ingest/corpus.js';
import type { Corpus } from '../ingest/types.js';
import { createRetriever } from '../retrieve/retriever.js';
import type { Config } from './config.js';
import { loadIndex, loadOrBuildIndex, staleReason, type IndexBundle } from './index-store.js';
import { loadPrompts } from './prompts.js';
import { createJiebaSegmenter } from './jieba-tokenizer.js';
import { readSeedDir } from './seeds.js';

export interface LoadOptions {
  log?: (msg: string) => void;
  /** ISO date for expiry checks; defaults to the real today */
  today?: () => string;
}

export async function loadCorpus(config: Config, log: (m: string) => void): Promise<Corpus> {
  const corpus = ingestCorpus(await readSeedDir(config.SEEDS_DIR));
  for (const i of corpus.issues) if (i.severity !== 'info') log(`[seeds] ${i.severity}: ${i.message}`);
  log(`[seeds] ${corpus.notices.length} notices from ${corpus.sources.length} files in ${config.SEEDS_DIR}`);
  return corpus;
}

/** The engine for a corpus and the index built from it: retriever, lookups and the answerer (extractive or LLM). */
async function assembleEngine(config: Config, corpus: Corpus, index: IndexBundle, opts: LoadOptions): Promise<Engine> {
  const log = opts.log ?? (() => {});
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  const retriever = createRetriever({ ...index, aliases: corpus.aliases });
  const lookup = createLookup(corpus);
  const vocab = createVocabulary(corpus, index.chunks.map((c) => c.indexText), createJiebaSegmenter());
  const extractive = createExtractiveAnswerer({ lookup, vocab, today });
  const info = {
    notices: corpus.notices.length, chunks: index.chunks.length, embedder: index.embedder.id,
    dimension: index.embedder.dimension, tokenizer: index.tokenizer.id, llm: null as string | null,
    builtAt: index.manifest.builtAt,
  };
  if (!config.LLM_BASE_URL) return createEngine({ corpus, chunks: index.chunks, retriever, answerer: extractive, info });
  // imported only in LLM mode: LangChain's OpenAI client costs ~50 MB of memory the extractive default never needs
  const { createOpenAiModel } = await import('../answer/openai-model.js');
  const model = createOpenAiModel({ baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL });
  const prompts = await loadPrompts();
  const deps = { model, prompts, timeoutMs: config.LLM_TIMEOUT_MS };
  log(`[llm] answers by ${model.id}, extractive fallback`);
  return createEngine({
    corpus, chunks: index.chunks, retriever, info: { ...info, llm: model.id },
    answerer: createLlmAnswerer({ ...deps, fallback: extractive, lookup, persons: vocab.persons }),
    condense: createCondenser(deps),
  });
}

/** Start-up: reads the seeds, loads index/ (building it when missing, stale or corrupt) and assembles the engine. */
export async function loadEngine(config: Config, opts: LoadOptions = {}): Promise<Engine> {
  const log = opts.log ?? (() => {});
  const corpus = await loadCorpus(config, log);
  return assembleEngine(config, corpus, await loadOrBuildIndex(config, corpus, { log }), opts);
}

/**
 * The engine over a corpus already read and an index already built for it (the live reindex's serving-thread half):
 * loads and verifies index/, never builds. An index that no longer fits the corpus — rewritten by another process
 * meanwhile — is refused (REINDEX_FAILED) rather than served with the wrong notices.
 */
export async function openEngine(config: Config, corpus: Corpus, opts: LoadOptions = {}): Promise<Engine> {
  const index = await loadIndex(config);
  const stale = staleReason(index.manifest, config, corpus);
  if (stale) throw new AppError('REINDEX_FAILED', `index in ${config.INDEX_DIR} changed during the reindex (${stale}); the previous index is still served`);
  opts.log?.(`[index] loaded ${index.chunks.length} chunks from ${config.INDEX_DIR} (embedder ${index.embedder.id}, built ${index.manifest.builtAt})`);
  return assembleEngine(config, corpus, index, opts);
}

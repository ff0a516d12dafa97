// Worker entry (`wrangler dev` / `wrangler deploy`): the same Hono app as `npm start`, composed from the shipped index.

import jiebaWasm from '../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';
import { AppError, errorBody, isAppError } from './core/errors.js';
import type { PolicyEmbeddings } from './embed/types.js';
import type { Engine } from './engine/types.js';
import { createApp } from './http/app.js';
import type { VectorSearch } from './index/vector-index.js';
import type { WorkerEnv } from './worker/bindings.js';
import { composeEngine } from './worker/compose.js';
import { parseWorkerConfig, type WorkerConfig } from './worker/config.js';
import { assetReader, loadWorkerParts } from './worker/index-assets.js';
import { VectorizeIndex } from './worker/vectorize-index.js';
import { createWasmSegmenter } from './worker/wasm-segmenter.js';
import { createWorkersAiChatModel, WorkersAiEmbeddings } from './worker/workers-ai.js';

type App = ReturnType<typeof createApp>;

/** Loads the shipped index and composes the engine, with the platform bindings the configuration asks for. */
export async function startWorker(env: WorkerEnv, config: WorkerConfig = parseWorkerConfig(env)): Promise<{ app: App; engine: Engine }> {
  if (!env.ASSETS) throw new AppError('INDEX_MISSING', 'no ASSETS binding: wrangler.toml must ship dist/worker-assets as [assets]', {});
  const segmenter = createWasmSegmenter(jiebaWasm);
  const remoteEmbeddings = config.EMBEDDINGS === 'workers-ai';
  const parts = await loadWorkerParts(assetReader(env.ASSETS), { segmenter, vectors: config.VECTORS === 'local', embedder: !remoteEmbeddings });
  const embedder: PolicyEmbeddings = remoteEmbeddings
    ? new WorkersAiEmbeddings(env.AI!, config.AI_EMBEDDING_MODEL, config.AI_EMBEDDING_DIMENSION)
    : parts.embedder!;
  const vectors: VectorSearch = config.VECTORS === 'vectorize' ? new VectorizeIndex(env.VECTORIZE!, parts.chunks, embedder.dimension) : parts.vectors!;
  const engine = composeEngine({
    corpus: parts.corpus, chunks: parts.chunks, keyword: parts.keyword, tokenizer: parts.tokenizer, segmenter, vectors, embedder,
    builtAt: parts.manifest.index.builtAt,
    llm: config.AI_CHAT_MODEL ? { model: createWorkersAiChatModel(env.AI!, config.AI_CHAT_MODEL), prompts: parts.prompts, timeoutMs: config.LLM_TIMEOUT_MS } : undefined,
  });
  const app = createApp({
    engine,
    config: config.http,
    // behind Cloudflare the client's address arrives as a header, not a socket; the rate limit is per isolate
    clientAddress: (c) => c.req.header('CF-Connecting-IP') ?? undefined,
    log: (msg) => console.error(msg),
  });
  return { app, engine };
}

/**
 * One engine per isolate: loading the index costs about a second of CPU, so it is done on the first request and
 * kept while the isolate lives. A failed start is not kept, so the next request tries again.
 */
let started: Promise<{ app: App; engine: Engine }> | null = null;

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: unknown): Promise<Response> {
    started ??= startWorker(env).catch((e: unknown) => {
      started = null;
      throw e;
    });
    try {
      const { app } = await started;
      return await app.fetch(request, env, ctx as never);
    } catch (e) {
      const err = isAppError(e) ? e : new AppError('INTERNAL', `Worker failed to start: ${(e as Error).message}`, {});
      console.error(`${err.code}: ${err.message}`);
      return Response.json(errorBody(err), { status: err.status });
    }
  },
};

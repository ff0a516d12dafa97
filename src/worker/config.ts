// Worker edge: configuration from the Worker's string variables, parsed once per isolate like the Node entry's.

import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { HttpConfig } from '../http/deps.js';
import { parseConfig } from '../node/config.js';

const schema = z.object({
  /** where query vectors are searched: the flat index shipped as an asset, or the Vectorize binding */
  VECTORS: z.enum(['local', 'vectorize']).default('local'),
  /** who embeds the query: the embedder shipped with the index, or a Workers AI model (needs VECTORS=vectorize) */
  EMBEDDINGS: z.enum(['local', 'workers-ai']).default('local'),
  AI_EMBEDDING_MODEL: z.string().default('@cf/baai/bge-m3'),
  /** dimension of AI_EMBEDDING_MODEL's vectors (bge-m3: 1024) */
  AI_EMBEDDING_DIMENSION: z.coerce.number().int().min(1).default(1024),
  /** answers are written by this Workers AI chat model when set (extractive answers otherwise and as fallback) */
  AI_CHAT_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
});

export type WorkerConfig = z.infer<typeof schema> & { http: HttpConfig };

/**
 * The HTTP settings go through the Node entry's own schema (a pure zod object), so limits, defaults and error
 * messages are the same in both runtimes; the Worker-only settings are checked here, including combinations.
 */
export function parseWorkerConfig(env: Record<string, unknown>): WorkerConfig {
  const vars = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
  const http = parseConfig(Object.fromEntries(Object.entries(vars).filter(([k]) => HTTP_KEYS.has(k))));
  const r = schema.safeParse(vars);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const key = String(first.path[0] ?? '?');
    throw new AppError('CONFIG_INVALID', `Worker variable ${key}=${JSON.stringify(vars[key] ?? '')}: ${first.message}`, { key });
  }
  const c = r.data;
  if (c.EMBEDDINGS === 'workers-ai' && c.VECTORS !== 'vectorize') {
    // the shipped vectors come from the index's own embedder; a Workers AI query vector lives in another space
    throw new AppError('CONFIG_INVALID', 'Worker variable EMBEDDINGS="workers-ai" needs VECTORS="vectorize" (vectors uploaded with the same model)', { key: 'EMBEDDINGS' });
  }
  if (c.VECTORS === 'vectorize' && !env.VECTORIZE) {
    throw new AppError('CONFIG_INVALID', 'Worker variable VECTORS="vectorize" but no VECTORIZE binding is configured in wrangler.toml', { key: 'VECTORS' });
  }
  if ((c.EMBEDDINGS === 'workers-ai' || c.AI_CHAT_MODEL) && !env.AI) {
    throw new AppError('CONFIG_INVALID', `Worker variable ${c.AI_CHAT_MODEL ? `AI_CHAT_MODEL=${JSON.stringify(c.AI_CHAT_MODEL)}` : 'EMBEDDINGS="workers-ai"'} needs the AI binding in wrangler.toml`, { key: 'AI' });
  }
  return { ...c, http: { CORS_ORIGINS: http.CORS_ORIGINS, RATE_LIMIT_PER_MIN: http.RATE_LIMIT_PER_MIN, MAX_BODY_BYTES: http.MAX_BODY_BYTES, MAX_QUESTION_CHARS: http.MAX_QUESTION_CHARS, ADMIN_TOKEN: undefined } };
}

/** Only these reach the HTTP layer; ADMIN_TOKEN is left out on purpose: a Worker cannot rebuild its index. */
const HTTP_KEYS = new Set(['CORS_ORIGINS', 'RATE_LIMIT_PER_MIN', 'MAX_BODY_BYTES', 'MAX_QUESTION_CHARS']);

// Configuration: read once from the environment at the Node entry, validated, then passed down as a plain object.

import { z } from 'zod';
import { AppError } from '../core/errors.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  SEEDS_DIR: z.string().default('seeds'),
  INDEX_DIR: z.string().default('index'),
  /** offline default; "bge" loads Xenova/bge-small-zh-v1.5 from MODELS_DIR */
  EMBEDDER: z.enum(['lsa', 'hash', 'bge']).default('lsa'),
  MODELS_DIR: z.string().default('models'),
  BGE_MODEL: z.string().default('Xenova/bge-small-zh-v1.5'),
  /** any OpenAI-compatible chat endpoint; LLM mode is off unless LLM_BASE_URL is set */
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().default('none'),
  LLM_MODEL: z.string().default('qwen2.5-7b-instruct'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** live reindex is off unless a token is configured */
  ADMIN_TOKEN: z.string().min(16).optional(),
  /** comma-separated origins allowed by CORS; empty = same-origin only */
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(120),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(65_536),
  MAX_QUESTION_CHARS: z.coerce.number().int().min(10).default(500),
  LOG_LEVEL: z.enum(['silent', 'info', 'debug']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function parseConfig(env: Record<string, string | undefined>): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(clean);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const key = String(first.path[0] ?? '?');
    throw new AppError('CONFIG_INVALID', `environment variable ${key}=${JSON.stringify(env[key] ?? '')}: ${first.message}`, { key });
  }
  return r.data;
}

// What the HTTP layer is given by its composition root: the engine, the settings it reads, and runtime hooks.

import type { Context } from 'hono';
import type { Engine } from '../engine/types.js';
import type { Config } from '../node/config.js';

export type HttpConfig = Pick<
  Config,
  'CORS_ORIGINS' | 'RATE_LIMIT_PER_MIN' | 'MAX_BODY_BYTES' | 'MAX_QUESTION_CHARS' | 'ADMIN_TOKEN'
>;

export interface AppDeps {
  engine: Engine;
  config: HttpConfig;
  /** rebuilds the index and swaps the engine; POST /api/admin/reindex is off without it and ADMIN_TOKEN */
  reindex?: () => Promise<unknown>;
  /** clock in ms, injectable so rate-limit tests need no waiting */
  now?: () => number;
  /** the caller's address as the runtime sees it (Node: the socket); keys the rate limit */
  clientAddress?: (c: Context) => string | undefined;
  /** where unexpected errors are reported; silent when absent */
  log?: (msg: string) => void;
}

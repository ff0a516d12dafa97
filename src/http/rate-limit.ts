// Per-client rate limit: a fixed one-minute window per client key, held in memory (per process / isolate).

import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../core/errors.js';

export interface RateLimitOptions {
  limit: number;
  windowMs?: number;
  now: () => number;
  /** the client's key; requests without one share the key "unknown" */
  key: (c: Context) => string | undefined;
}

interface Window {
  start: number;
  count: number;
}

/** Drops finished windows when the table grows, so a stream of new addresses cannot exhaust memory. */
const SWEEP_AT = 10_000;

export function createRateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const windowMs = opts.windowMs ?? 60_000;
  const windows = new Map<string, Window>();
  const sweep = (now: number): void => {
    for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
  };
  return async (c, next) => {
    const now = opts.now();
    const key = opts.key(c) || 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (windows.size >= SWEEP_AT) sweep(now);
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count++;
    const resetS = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    c.header('RateLimit-Limit', String(opts.limit));
    c.header('RateLimit-Remaining', String(Math.max(0, opts.limit - w.count)));
    c.header('RateLimit-Reset', String(resetS));
    if (w.count > opts.limit) {
      throw new AppError('RATE_LIMITED', `client ${key} sent more than ${opts.limit} requests in a minute; retry in ${resetS} s`, {
        retryAfterSeconds: resetS,
      });
    }
    await next();
  };
}

/** Default client key: the runtime's view of the peer, else Cloudflare's header (set by the edge, not the client). */
export function clientKey(c: Context, fromRuntime?: (c: Context) => string | undefined): string | undefined {
  return fromRuntime?.(c) ?? c.req.header('cf-connecting-ip') ?? undefined;
}

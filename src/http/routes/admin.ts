// Live reindex behind a bearer token: off (403) unless both ADMIN_TOKEN and a reindex function are configured.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../core/errors.js';
import type { AppDeps } from '../deps.js';
import { errors } from '../responses.js';

/** Compares without an early exit, so response time does not reveal how much of the token matched. */
function sameToken(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

export function registerAdmin(app: OpenAPIHono, deps: AppDeps): void {
  let running: Promise<unknown> | null = null;
  const route = createRoute({
    method: 'post',
    path: '/api/admin/reindex',
    tags: ['ops'],
    summary: 'Re-read the seeds, rebuild the index if they changed, swap the engine in (Authorization: Bearer ADMIN_TOKEN)',
    responses: {
      200: { content: { 'application/json': { schema: z.object({ ok: z.boolean(), notices: z.number(), chunks: z.number() }) } }, description: 'reindexed' },
      401: { ...errors[400], description: 'missing or wrong token (UNAUTHORIZED)' },
      403: { ...errors[400], description: 'reindex is switched off (FORBIDDEN)' },
      422: { ...errors[400], description: 'the seed folder holds no notices (SEED_NO_CONTENT); nothing is swapped' },
      429: errors[429],
      500: { ...errors[400], description: 'the rebuild failed (REINDEX_FAILED, with the reason); the previous index is still served' },
      503: errors[503],
    },
  });
  app.openapi(route, async (c) => {
    const token = deps.config.ADMIN_TOKEN;
    if (!token || !deps.reindex) throw new AppError('FORBIDDEN', 'live reindex is switched off: set ADMIN_TOKEN to enable it');
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!sameToken(given, token)) throw new AppError('UNAUTHORIZED', 'reindex needs "Authorization: Bearer <ADMIN_TOKEN>"; the token sent is missing or wrong');
    // Concurrent calls share one rebuild instead of racing.
    running ??= deps.reindex().finally(() => (running = null));
    await running;
    const info = deps.engine.info();
    return c.json({ ok: true, notices: info.notices, chunks: info.chunks }, 200);
  });
}

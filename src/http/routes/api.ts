// The product API: chat (JSON or SSE), search, notices, indicator targets, health.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../core/errors.js';
import { findNotice } from '../../ingest/corpus.js';
import type { AppDeps } from '../deps.js';
import { checkQuestion, prepareConversation } from '../input.js';
import { jsonBody } from '../json-body.js';
import { errors, jsonErrors, queryErrors } from '../responses.js';
import {
  ChatRequestSchema,
  ChatResponseSchema,
  HealthSchema,
  NoticeDetailSchema,
  NoticeIdSchema,
  NoticeSummarySchema,
  SearchQuerySchema,
  SearchResponseSchema,
  TargetsQuerySchema,
  TargetsResponseSchema,
} from '../schemas.js';
import { streamChat } from '../sse.js';
import { listTargets, noticeDetail, noticeSummary, searchView } from '../views.js';

export function registerApi(app: OpenAPIHono, deps: AppDeps): void {
  registerChat(app, deps);
  registerReading(app, deps);
}

function registerChat(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/api/chat',
    tags: ['chat'],
    summary: 'Answer a question from the notices, with citations',
    description:
      'JSON by default; with "stream": true, Server-Sent Events: `delta` events ({text}) then one `done` event carrying the same object as the JSON answer, or an `error` event with the error envelope. Only the last 12 messages are used.',
    middleware: jsonBody(deps.config.MAX_BODY_BYTES),
    request: { body: { content: { 'application/json': { schema: ChatRequestSchema } }, required: true } },
    responses: {
      200: {
        content: { 'application/json': { schema: ChatResponseSchema }, 'text/event-stream': { schema: z.string() } },
        description: 'the answer',
      },
      ...jsonErrors,
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const messages = prepareConversation(body.messages, deps.config.MAX_QUESTION_CHARS);
    const opts = body.debug ? { debug: true } : {};
    if (body.stream) return streamChat(c, () => deps.engine.chat(messages, opts), deps.log);
    return c.json(await deps.engine.chat(messages, opts), 200);
  });
}

function registerReading(app: OpenAPIHono, deps: AppDeps): void {
  const { engine, config } = deps;

  const search = createRoute({
    method: 'get',
    path: '/api/search',
    tags: ['reading'],
    summary: 'Retrieved passages for a query, with each stage’s scores',
    request: { query: SearchQuerySchema },
    responses: { 200: { content: { 'application/json': { schema: SearchResponseSchema } }, description: 'ranked passages' }, ...queryErrors, 413: errors[413] },
  });
  app.openapi(search, async (c) => {
    const { q, k } = c.req.valid('query');
    const question = checkQuestion(q, config.MAX_QUESTION_CHARS, 'q');
    return c.json(searchView(await engine.search(question, { k })), 200);
  });

  const notices = createRoute({
    method: 'get',
    path: '/api/notices',
    tags: ['reading'],
    summary: 'Every notice with its metadata',
    responses: {
      200: { content: { 'application/json': { schema: z.object({ notices: z.array(NoticeSummarySchema) }) } }, description: 'the notices' },
      429: errors[429],
    },
  });
  app.openapi(notices, (c) => c.json({ notices: engine.corpus.notices.map(noticeSummary) }, 200));

  const notice = createRoute({
    method: 'get',
    path: '/api/notices/{id}',
    tags: ['reading'],
    summary: 'One notice’s structured text, to open a citation in context',
    request: { params: NoticeIdSchema },
    responses: { 200: { content: { 'application/json': { schema: NoticeDetailSchema } }, description: 'the notice' }, 400: errors[400], 404: errors[404], 429: errors[429] },
  });
  app.openapi(notice, (c) => {
    const { id } = c.req.valid('param');
    const n = findNotice(engine.corpus, id);
    if (!n) throw new AppError('NOT_FOUND', `no notice with id "${id}"`, { id });
    return c.json(noticeDetail(n), 200);
  });

  const targets = createRoute({
    method: 'get',
    path: '/api/targets',
    tags: ['reading'],
    summary: 'Indicator records of the plans, filtered by plan and keyword',
    request: { query: TargetsQuerySchema },
    responses: { 200: { content: { 'application/json': { schema: TargetsResponseSchema } }, description: 'matching indicator rows' }, ...queryErrors },
  });
  app.openapi(targets, (c) => {
    const filter = c.req.valid('query');
    return c.json({ targets: listTargets(engine.corpus, filter) }, 200);
  });

  const health = createRoute({
    method: 'get',
    path: '/healthz',
    tags: ['ops'],
    summary: 'Liveness and what the engine holds',
    responses: { 200: { content: { 'application/json': { schema: HealthSchema } }, description: 'ready' } },
  });
  app.openapi(health, (c) => {
    const info = engine.info();
    return c.json({ ok: true, notices: info.notices, chunks: info.chunks, embedder: info.embedder, llm: info.llm, builtAt: info.builtAt }, 200);
  });
}

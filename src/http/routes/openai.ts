// OpenAI-compatible chat completions: the same cited answer, as chat.completion or chat.completion.chunk events.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AppError, errorBody } from '../../core/errors.js';
import type { ChatMessage, ChatResponse } from '../../engine/types.js';
import type { AppDeps } from '../deps.js';
import { toAppError } from '../errors.js';
import { prepareConversation } from '../input.js';
import { jsonBody } from '../json-body.js';
import { jsonErrors } from '../responses.js';
import { CompletionRequestSchema, CompletionResponseSchema } from '../schemas.js';
import { streamPieces } from '../stream-pieces.js';

export const MODEL_ID = 'jingan-policy-qa';

type CompletionRequest = z.infer<typeof CompletionRequestSchema>;

/** Text of an OpenAI message: a string, or the text parts of a content array (images etc. are ignored). */
function contentText(content: CompletionRequest['messages'][number]['content']): string {
  if (typeof content === 'string') return content;
  if (!content) return '';
  return content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join('');
}

/**
 * System and developer messages are ignored: answers come only from the notices under the product's own
 * rules, so a caller's instructions cannot change what is quoted or how refusals work.
 */
export function toConversation(req: CompletionRequest, maxChars: number): ChatMessage[] {
  const turns: ChatMessage[] = [];
  for (const m of req.messages) {
    if (m.role === 'user' || m.role === 'assistant') turns.push({ role: m.role, content: contentText(m.content) });
  }
  if (turns.length === 0) throw new AppError('EMPTY_QUESTION', 'messages holds no user message', { field: 'messages' });
  return prepareConversation(turns, maxChars);
}

function extras(res: ChatResponse) {
  return { citations: res.citations, answerable: res.answerable, query: res.query, notes: res.notes };
}

function completion(res: ChatResponse, model: string, id: string, created: number) {
  return {
    id,
    object: 'chat.completion' as const,
    created,
    model,
    choices: [
      { index: 0, message: { role: 'assistant' as const, content: res.answer, refusal: null }, finish_reason: 'stop' as const, logprobs: null },
    ],
    ...extras(res),
  };
}

function chunk(id: string, created: number, model: string, delta: Record<string, unknown>, finish: 'stop' | null, more = {}) {
  return JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...more });
}

function streamCompletion(c: Context, run: () => Promise<ChatResponse>, model: string, id: string, created: number, log?: (m: string) => void) {
  return streamSSE(c, async (stream) => {
    try {
      const res = await run();
      await stream.writeSSE({ data: chunk(id, created, model, { role: 'assistant', content: '' }, null) });
      for (const piece of streamPieces(res.answer)) {
        if (stream.aborted) return;
        await stream.writeSSE({ data: chunk(id, created, model, { content: piece }, null) });
      }
      await stream.writeSSE({ data: chunk(id, created, model, {}, 'stop', extras(res)) });
    } catch (err) {
      const e = toAppError(err);
      if (e.code === 'INTERNAL') log?.(`POST /v1/chat/completions stream failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      await stream.writeSSE({ data: JSON.stringify(errorBody(e)) });
    }
    await stream.writeSSE({ data: '[DONE]' });
  });
}

export function registerOpenAi(app: OpenAPIHono, deps: AppDeps): void {
  const now = deps.now ?? Date.now;
  const route = createRoute({
    method: 'post',
    path: '/v1/chat/completions',
    tags: ['openai'],
    summary: 'OpenAI-compatible chat completion (stream or not); citations in an extra top-level field',
    description:
      'system/developer messages are ignored; the model name is echoed; sampling parameters are accepted and ignored. Streaming sends chat.completion.chunk events; the last chunk carries `citations`, then `data: [DONE]`.',
    middleware: jsonBody(deps.config.MAX_BODY_BYTES),
    request: { body: { content: { 'application/json': { schema: CompletionRequestSchema } }, required: true } },
    responses: {
      200: {
        content: { 'application/json': { schema: CompletionResponseSchema }, 'text/event-stream': { schema: z.string() } },
        description: 'the completion',
      },
      ...jsonErrors,
    },
  });
  app.openapi(route, async (c) => {
    const req = c.req.valid('json');
    const messages = toConversation(req, deps.config.MAX_QUESTION_CHARS);
    const model = req.model || MODEL_ID;
    const id = `chatcmpl-${crypto.randomUUID()}`;
    const created = Math.floor(now() / 1000);
    const run = () => deps.engine.chat(messages);
    if (req.stream) return streamCompletion(c, run, model, id, created, deps.log);
    return c.json(completion(await run(), model, id, created), 200);
  });

  const models = createRoute({
    method: 'get',
    path: '/v1/models',
    tags: ['openai'],
    summary: 'The one model this service offers',
    responses: { 200: { content: { 'application/json': { schema: z.object({ object: z.literal('list'), data: z.array(z.object({ id: z.string(), object: z.literal('model'), created: z.number(), owned_by: z.string() })) }) } }, description: 'models' } },
  });
  app.openapi(models, (c) => c.json({ object: 'list' as const, data: [{ id: MODEL_ID, object: 'model' as const, created: 0, owned_by: 'jingan' }] }, 200));
}

// LLM mode against a fake OpenAI-compatible server on 127.0.0.1: accepted when grounded, extractive otherwise.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCondenser, createLlmAnswerer } from '../../src/answer/llm.js';
import { createOpenAiModel } from '../../src/answer/openai-model.js';
import { createLookup } from '../../src/answer/lookup.js';
import { loadPrompts } from '../../src/node/prompts.js';
import { harness } from './harness.js';
import { seedCorpus } from '../helpers.js';

/** What the fake model says next, and how long it waits first. */
let reply = { content: '', delayMs: 0, status: 200 };
const received: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];
let server: Server;
let baseURL = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      setTimeout(() => {
        if (reply.status !== 200) { res.writeHead(reply.status).end('{"error":{"message":"boom"}}'); return; }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
          id: 'cmpl-1', object: 'chat.completion', created: 0, model: 'fake',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reply.content } }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }));
      }, reply.delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function llmAsk(question: string, timeoutMs = 2000) {
  const h = await harness();
  const corpus = await seedCorpus();
  const model = createOpenAiModel({ baseURL, apiKey: 'test', model: 'fake' });
  const answerer = createLlmAnswerer({
    model, prompts: await loadPrompts(), fallback: h.answerer, lookup: createLookup(corpus), persons: [], timeoutMs,
  });
  return h.askWith(answerer, question);
}

const Q = '大宁功能区2025年税收收入年均增长率目标是多少？';

describe('LLM answerer (fake OpenAI-compatible server)', () => {
  it('a grounded answer with valid markers is returned in llm mode, quote verified', async () => {
    reply = { content: '大宁功能区税收收入年均增长率的2025年目标为10%，属预期性指标[1]。', delayMs: 0, status: 200 };
    const r = await llmAsk(Q);
    expect(r.mode).toBe('llm');
    expect(r.answer).toBe(reply.content);
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕12号');
    expect(r.citations[0]!.quote).toContain('税收收入年均增长率');
    const sent = received.at(-1)!;
    expect(sent.messages[0]!.content).toContain('只根据下面编号的文件摘录回答');
    expect(sent.messages[1]!.content).toMatch(/^文件摘录：\n\n\[1\] 《大宁功能区“十四五”规划》（静府发〔2021〕12号）/);
  });

  it('a marker written after the full stop still quotes the sentence before it', async () => {
    reply = { content: '大宁功能区税收收入年均增长率的2025年目标为10%。[1]', delayMs: 0, status: 200 };
    const r = await llmAsk(Q);
    expect(r.mode).toBe('llm');
    expect(r.citations[0]!.quote).toContain('税收收入年均增长率');
  });

  it('a marker outside the excerpts falls back to the extractive answer, saying why', async () => {
    reply = { content: '目标为10%[9]。', delayMs: 0, status: 200 };
    const r = await llmAsk(Q);
    expect(r.mode).toBe('extractive');
    expect(r.notes.at(-1)).toBe('llm answer rejected (markers outside the excerpts: 9); extractive answer returned');
  });

  it('a number not in the cited excerpt is rejected', async () => {
    reply = { content: '目标为12%[1]。', delayMs: 0, status: 200 };
    const r = await llmAsk(Q);
    expect(r.mode).toBe('extractive');
    expect(r.notes.at(-1)).toContain('ungrounded: 12');
    expect(r.answer).toContain('10%');
  });

  it('no markers, a refusal, a server error and a timeout all fall back', async () => {
    reply = { content: '目标是10%。', delayMs: 0, status: 200 };
    expect((await llmAsk(Q)).notes.at(-1)).toContain('no citation markers');
    reply = { content: 'NO_ANSWER', delayMs: 0, status: 200 };
    expect((await llmAsk(Q)).notes.at(-1)).toContain('the model declined');
    reply = { content: '', delayMs: 0, status: 500 };
    expect((await llmAsk(Q)).notes.at(-1)).toMatch(/^llm failed/);
    reply = { content: '目标为10%[1]。', delayMs: 1500, status: 200 };
    const slow = await llmAsk(Q, 300);
    expect(slow.mode).toBe('extractive');
    expect(slow.notes.at(-1)).toBe('llm failed (timed out after 300 ms); extractive answer returned');
  });

  it('an unanswerable question is refused without calling the model', async () => {
    const before = received.length;
    const r = await llmAsk('大宁功能区规划里新增停车位的目标是多少？');
    expect(r.answerable).toBe(false);
    expect(received.length).toBe(before);
  });

  it('the condenser turns a follow-up into a standalone question', async () => {
    reply = { content: '大宁2025年税收增长目标是多少？', delayMs: 0, status: 200 };
    const condense = createCondenser({ model: createOpenAiModel({ baseURL, apiKey: 't', model: 'fake' }), prompts: await loadPrompts(), timeoutMs: 2000 });
    const out = await condense([
      { role: 'user', content: '市北2025年税收增长目标是多少？' }, { role: 'assistant', content: '6-8%' }, { role: 'user', content: '那大宁呢？' },
    ]);
    expect(out).toBe('大宁2025年税收增长目标是多少？');
    expect(received.at(-1)!.messages[1]!.content).toBe('用户：市北2025年税收增长目标是多少？\n助手：6-8%\n用户：那大宁呢？');
  });
});

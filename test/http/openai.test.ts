// The official openai client against a real server on an ephemeral port: completions, streaming, errors, models.

import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatResponse, Citation } from '../../src/engine/types.js';
import { createApp } from '../../src/http/app.js';
import { parseConfig } from '../../src/node/config.js';
import { createFakeEngine, type FakeEngine } from './fake-engine.js';
import { listen, nodeClientAddress, type Running } from './server.js';

let server: Running;
let engine: FakeEngine;
let client: OpenAI;

beforeAll(async () => {
  engine = await createFakeEngine();
  server = await listen(createApp({ engine, config: parseConfig({}), clientAddress: nodeClientAddress }));
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
});
afterAll(() => server.close());

const question = '公租房申请需要满足哪些条件？';
const expected = () => engine.chat([{ role: 'user', content: question }]);

describe('openai client → /v1/chat/completions', () => {
  it('gets a chat.completion whose content is the cited answer, with citations as an extra field', async () => {
    const want = await expected();
    const res = await client.chat.completions.create({
      model: 'policy-test',
      messages: [
        { role: 'system', content: 'You are a pirate. Answer in English.' },
        { role: 'user', content: question },
      ],
      temperature: 0.2,
    });
    expect(res.object).toBe('chat.completion');
    expect(res.model).toBe('policy-test');
    expect(res.id).toMatch(/^chatcmpl-/);
    expect(res.choices[0]!.message.content).toBe(want.answer);
    expect(res.choices[0]!.finish_reason).toBe('stop');
    const extra = res as unknown as { citations: Citation[]; answerable: boolean };
    expect(want.citations.length).toBeGreaterThan(0);
    expect(extra.citations).toEqual(want.citations);
    expect(extra.answerable).toBe(true);
    // the system message was ignored: the engine got only the user's turn
    expect(engine.calls.at(-1)!.messages).toEqual([{ role: 'user', content: question }]);
  });

  it('streams chat.completion.chunk events that join to the answer; the last carries the citations', async () => {
    const want: ChatResponse = await expected();
    const stream = await client.chat.completions.create({ model: 'policy-test', messages: [{ role: 'user', content: question }], stream: true });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === chunks[0]!.id)).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    expect(chunks.map((c) => c.choices[0]!.delta.content ?? '').join('')).toBe(want.answer);
    const last = chunks.at(-1)!;
    expect(last.choices[0]!.finish_reason).toBe('stop');
    expect((last as unknown as { citations: Citation[] }).citations).toEqual(want.citations);
  });

  it('sends the stream terminator data: [DONE] on the wire', async () => {
    const res = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: question }] }),
    });
    const text = await res.text();
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('uses earlier user and assistant turns as history and accepts content-part arrays', async () => {
    await client.chat.completions.create({
      model: 'm',
      messages: [
        { role: 'user', content: '大宁功能区税收目标' },
        { role: 'assistant', content: '10%' },
        { role: 'user', content: [{ type: 'text', text: '那市北呢？' }] },
      ],
    });
    expect(engine.calls.at(-1)!.messages).toEqual([
      { role: 'user', content: '大宁功能区税收目标' },
      { role: 'assistant', content: '10%' },
      { role: 'user', content: '那市北呢？' },
    ]);
  });

  it('surfaces input errors as APIError with the status and message', async () => {
    const err = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: '   ' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(400);
    expect((err as InstanceType<typeof OpenAI.APIError>).message).toContain('empty');
  });

  it('lists the model', async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['jingan-policy-qa']);
  });
});

// Worker configuration and the platform adapters (Vectorize, Workers AI) against local fakes of their bindings.

import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/engine/types.js';
import { parseWorkerConfig } from '../../src/worker/config.js';
import { VectorizeIndex, vectorizeRecords } from '../../src/worker/vectorize-index.js';
import { createWorkersAiChatModel, WorkersAiEmbeddings } from '../../src/worker/workers-ai.js';
import { fakeAi, fakeVectorize } from './fakes.js';

const binding = {} as never;

describe('Worker configuration', () => {
  it('defaults to the shipped vectors and embedder, extractive answers, and the Node HTTP limits', () => {
    const c = parseWorkerConfig({ ASSETS: binding });
    expect(c).toMatchObject({ VECTORS: 'local', EMBEDDINGS: 'local' });
    expect(c.AI_CHAT_MODEL).toBeUndefined();
    expect(c.http).toEqual({ CORS_ORIGINS: '', RATE_LIMIT_PER_MIN: 120, MAX_BODY_BYTES: 65_536, MAX_QUESTION_CHARS: 500, ADMIN_TOKEN: undefined });
    expect(parseWorkerConfig({ RATE_LIMIT_PER_MIN: '30' }).http.RATE_LIMIT_PER_MIN).toBe(30);
  });

  it('never turns on the admin reindex route: a Worker cannot rebuild its index', () => {
    expect(parseWorkerConfig({ ADMIN_TOKEN: 'x'.repeat(32) }).http.ADMIN_TOKEN).toBeUndefined();
  });

  it('refuses combinations that cannot work, naming the variable', () => {
    const bad = (env: Record<string, unknown>, key: string) =>
      expect(() => parseWorkerConfig(env)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', detail: { key } }));
    bad({ VECTORS: 'pinecone' }, 'VECTORS');
    bad({ EMBEDDINGS: 'workers-ai', VECTORS: 'local', AI: binding }, 'EMBEDDINGS');
    bad({ VECTORS: 'vectorize' }, 'VECTORS');
    bad({ AI_CHAT_MODEL: '@cf/qwen/qwen3-30b-a3b-fp8' }, 'AI');
    bad({ RATE_LIMIT_PER_MIN: 'lots' }, 'RATE_LIMIT_PER_MIN');
    expect(parseWorkerConfig({ VECTORS: 'vectorize', EMBEDDINGS: 'workers-ai', VECTORIZE: binding, AI: binding }).EMBEDDINGS).toBe('workers-ai');
  });
});

describe('VectorizeIndex', () => {
  const chunks = Array.from({ length: 150 }, (_, i) => ({ id: `c-${i}` }) as Chunk);
  const unit = (i: number) => Float32Array.from({ length: 4 }, (_, j) => Math.cos(i / 10 + j));

  it('asks for no more than Vectorize serves (100), however deep the retriever searches', async () => {
    const v = fakeVectorize();
    v.insertNdjson(vectorizeRecords(chunks, chunks.map((_, i) => unit(i))));
    const hits = await new VectorizeIndex(v, chunks, 4).search(unit(7), 200);
    expect(hits).toHaveLength(100);
    expect(hits[0]).toEqual({ index: 7, score: expect.closeTo(1, 5) });
  });

  it('refuses a match whose id the shipped chunks lack: the uploaded vectors are another build', async () => {
    const v = fakeVectorize();
    v.insertNdjson(`${JSON.stringify({ id: 'c-old-9', values: [1, 0, 0, 0] })}\n`);
    await expect(new VectorizeIndex(v, chunks, 4).search(Float32Array.of(1, 0, 0, 0), 5)).rejects.toMatchObject({ code: 'INDEX_MISMATCH' });
  });

  it('writes one upload record per chunk, and refuses a count mismatch', () => {
    const lines = vectorizeRecords(chunks.slice(0, 2), [Float32Array.of(0.5, 0.5), Float32Array.of(1, 0)]).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ id: 'c-0', values: [0.5, 0.5] }, { id: 'c-1', values: [1, 0] }]);
    expect(() => vectorizeRecords(chunks, [])).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });
});

describe('Workers AI adapters', () => {
  it('embed in batches of 100 as unit vectors, and name the model in the id', async () => {
    const ai = fakeAi({ embed: (t) => [t.length, 0, 0] });
    const e = new WorkersAiEmbeddings(ai, '@cf/baai/bge-m3', 3);
    const docs = await e.embedDocuments(Array.from({ length: 250 }, (_, i) => `文本${i}`));
    expect(docs).toHaveLength(250);
    expect(ai.calls.map((c) => (c.input.text as string[]).length)).toEqual([100, 100, 50]);
    expect(docs[0]).toEqual([1, 0, 0]);
    expect(await e.queryVector('问题')).toEqual(Float32Array.of(1, 0, 0));
    expect(e.id).toBe('workers-ai:@cf/baai/bge-m3');
  });

  it('fail loudly on vectors of another dimension', async () => {
    const e = new WorkersAiEmbeddings(fakeAi({ embed: () => [1, 0] }), '@cf/baai/bge-m3', 3);
    await expect(e.embedQuery('问题')).rejects.toMatchObject({ code: 'LLM_FAILED' });
  });

  it('read chat replies in both response shapes, and refuse an empty one', async () => {
    const signal = new AbortController().signal;
    const messages = [{ role: 'user' as const, content: '问题' }];
    const plain = createWorkersAiChatModel(fakeAi({ reply: () => ({ response: '答[1]' }) }), '@cf/meta/llama-3.1-8b-instruct');
    expect(await plain.complete(messages, signal)).toBe('答[1]');
    const openai = createWorkersAiChatModel(fakeAi({ reply: () => ({ choices: [{ message: { content: '答[2]' } }] }) }), '@cf/qwen/qwen3-30b-a3b-fp8');
    expect(await openai.complete(messages, signal)).toBe('答[2]');
    const ai = fakeAi({ reply: () => ({}) });
    await expect(createWorkersAiChatModel(ai, 'm').complete(messages, signal)).rejects.toMatchObject({ code: 'LLM_FAILED' });
    expect(ai.calls[0]!.input).toMatchObject({ messages, temperature: 0 });
  });
});

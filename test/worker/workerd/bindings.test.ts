// Inside workerd: the optional platform bindings (Vectorize, Workers AI) wired into the Worker, on local fakes.

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HashEmbeddings } from '../../../src/embed/hash-embedder.js';
import type { Engine } from '../../../src/engine/types.js';
import { unpackBlob } from '../../../src/index/blob.js';
import { startWorker } from '../../../src/worker.js';
import { ASSET_DIR, PART } from '../../../src/worker/index-assets.js';
import { vectorizeRecords } from '../../../src/worker/vectorize-index.js';
import { WorkersAiEmbeddings } from '../../../src/worker/workers-ai.js';
import { fakeAi, fakeVectorize } from '../fakes.js';
import { answered } from '../reference.js';

const ref = inject('nodeReference');

async function shippedVectors(): Promise<Float32Array[]> {
  const res = await env.ASSETS!.fetch(new Request(`https://assets.local/${ASSET_DIR}/${PART.vectors}`));
  const { meta, arrays } = unpackBlob(new Uint8Array(await res.arrayBuffer()), 'vectors');
  const d = meta.dimension as number;
  const all = arrays.vectors!;
  return Array.from({ length: all.length / d }, (_, i) => all.subarray(i * d, (i + 1) * d));
}

describe('Worker with platform bindings (fakes)', () => {
  let local: Engine;
  beforeAll(async () => {
    local = (await startWorker(env)).engine;
  });

  it('refuses to start without its assets', async () => {
    await expect(startWorker({})).rejects.toMatchObject({ code: 'INDEX_MISSING' });
  });

  it('VECTORS=vectorize: the uploaded vectors give the answers the shipped flat index gives', async () => {
    const vectorize = fakeVectorize();
    vectorize.insertNdjson(vectorizeRecords(local.chunks, await shippedVectors()));
    const { engine } = await startWorker({ ...env, VECTORIZE: vectorize, VECTORS: 'vectorize' });
    const differing: string[] = [];
    for (const q of ref.questions) {
      const [a, b] = await Promise.all([engine.chat(q.messages, { debug: true }), local.chat(q.messages, { debug: true })]);
      if (JSON.stringify(answered(q.id, a)) !== JSON.stringify(answered(q.id, b))) differing.push(q.id);
    }
    expect(vectorize.queries).toBeGreaterThanOrEqual(ref.questions.length);
    // no difference even though a question naming a 文号 searches 200 deep and Vectorize serves 100: the notice
    // filter keeps the same passages from the first 100 (the README says when that may stop holding)
    expect(differing).toEqual([]);
  });

  it('EMBEDDINGS=workers-ai: the query is embedded by the AI binding and searched in Vectorize', async () => {
    const texts = local.chunks.map((c) => c.indexText);
    const model = HashEmbeddings.fit(texts);
    const ai = fakeAi({ embed: (t) => Array.from(model.vector(t)) });
    const upload = new WorkersAiEmbeddings(ai, '@cf/test/hash', model.dimension);
    const vectorize = fakeVectorize();
    vectorize.insertNdjson(vectorizeRecords(local.chunks, (await upload.embedDocuments(texts)).map((v) => Float32Array.from(v))));
    const { engine } = await startWorker({
      ...env, AI: ai, VECTORIZE: vectorize, VECTORS: 'vectorize', EMBEDDINGS: 'workers-ai',
      AI_EMBEDDING_MODEL: '@cf/test/hash', AI_EMBEDDING_DIMENSION: String(model.dimension),
    });
    expect(engine.info().embedder).toBe('workers-ai:@cf/test/hash');
    const before = ai.calls.length;
    const r = await engine.search('公共租赁住房的申请条件', { k: 5 });
    expect(ai.calls.slice(before).map((c) => c.input.text)).toEqual([[expect.stringContaining('公共租赁住房的申请条件')]]);
    expect(r.hits[0]!.chunk.path.join('/')).toContain('申请条件');
    expect(r.hits.some((h) => h.stages.vectorRank !== undefined)).toBe(true);
  });

  it('AI_CHAT_MODEL: answers are written by the model, checked and cited; a failing model falls back to extractive', async () => {
    const question = [{ role: 'user' as const, content: '大宁功能区要新增几幢亿元楼？' }];
    // a model that answers with the first sentence of excerpt [1], as a grounded model would
    const quoting = fakeAi({
      reply: (input) => {
        const prompt = (input.messages as Array<{ content: string }>)[1]!.content;
        const body = prompt.split(/\n\[1\][^\n]*\n/)[1]!.split(/\n\n\[2\]/)[0]!;
        return { response: `${body.split('。')[0]}。[1]` };
      },
    });
    const llm = (await startWorker({ ...env, AI: quoting, AI_CHAT_MODEL: '@cf/test/chat' })).engine;
    expect(llm.info().llm).toBe('workers-ai:@cf/test/chat');
    const answer = await llm.chat(question);
    expect(answer.notes).toEqual([]);
    expect(answer.mode).toBe('llm');
    expect(answer.citations).toHaveLength(1);
    const broken = (await startWorker({ ...env, AI: fakeAi({ reply: () => { throw new Error('capacity exceeded'); } }), AI_CHAT_MODEL: '@cf/test/chat' })).engine;
    const fallback = await broken.chat(question);
    expect(fallback.mode).toBe('extractive');
    expect(fallback.notes.join()).toContain('capacity exceeded');
  });
});

// Inside workerd: the Worker answers every eval question as the Node service does (top-5 passages, citations, text).

import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { answered, type Answered } from '../reference.js';

const ref = inject('nodeReference');

async function ask(path: string, body?: unknown): Promise<Response> {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  return exports.default.fetch(new Request(`http://worker.test${path}`, init));
}

const differs = (a: Answered, b: Answered) => JSON.stringify(a) !== JSON.stringify(b);

describe('Worker vs Node service on the eval questions', () => {
  let worker: Answered[];
  beforeAll(async () => {
    worker = [];
    for (const q of ref.questions) {
      const res = await ask('/api/chat', { messages: q.messages, debug: true });
      expect(res.status, q.id).toBe(200);
      worker.push(answered(q.id, await res.json()));
    }
  });

  it('serves the same corpus and index (health, notice list)', async () => {
    const health = await (await ask('/healthz')).json() as { notices: number; chunks: number; embedder: string };
    expect(health).toMatchObject({ notices: 17, chunks: expect.any(Number), embedder: expect.stringMatching(/^lsa-/) });
    expect(await (await ask('/api/notices')).json()).toEqual(ref.notices);
  });

  it('answers exactly as Node does with the same exact (flat) vector search: passages, citations, quotes, text', () => {
    // every question of eval/dev.jsonl + eval/test.jsonl (the reference reads both sets)
    expect(worker.length).toBe(ref.questions.length);
    expect(worker.filter((w, i) => differs(w, ref.flat[i]!)).map((w) => w.id)).toEqual([]);
  });

  it('differs from the Node service (HNSW) only where approximate search changed the Node answer itself', () => {
    // every difference from `npm start` must also appear between HNSW and exact search inside Node: nothing the
    // Worker does differently (segmenter, loading, runtime) shows up in the answers
    const vsService = worker.filter((w, i) => differs(w, ref.service[i]!)).map((w) => w.id);
    const hnswVsExact = ref.flat.filter((f, i) => differs(f, ref.service[i]!)).map((f) => f.id);
    expect(vsService).toEqual(hnswVsExact);
    const top5 = worker.filter((w, i) => w.top5.join() !== ref.service[i]!.top5.join()).map((w) => w.id);
    const cites = worker.filter((w, i) => JSON.stringify(w.citations) !== JSON.stringify(ref.service[i]!.citations)).map((w) => w.id);
    console.log(`[worker] vs Node service: ${vsService.length}/${worker.length} answers differ (top-5 ids: ${top5.length} [${top5.join(' ')}], citations: ${cites.length} [${cites.join(' ')}])`);
  });
});

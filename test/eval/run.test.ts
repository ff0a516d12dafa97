// The runner against a fake Engine (the Engine contract) and a fake server: messages sent, debug asked for, timing, failures kept.

import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatOptions, ChatResponse, Chunk, Engine } from '../../src/engine/types.js';
import { buildRun, chunkLookup, engineAsk, failureSummary, httpAsk, messagesFor, runItems } from '../../src/eval/run.js';
import type { Corpus } from '../../src/ingest/types.js';
import { cite, goldHeading, goldRunIn, hit, item, response } from './fakes.js';

function chunk(id: string, noticeId: string, path: string[], startLine: number, endLine: number): Chunk {
  return {
    id, noticeId, docNo: null, noticeTitle: 't', shortTitle: 't', noticeKind: '办法', noticeStatus: 'normal', type: 'text', path,
    text: '', contextLine: '', indexText: '', span: { file: 'f.txt', startLine, endLine, start: 0, end: 0 }, paragraphIds: [], recordId: null, cells: null,
  };
}

/** A scripted engine: answers by the last user turn and records every call. */
function fakeEngine(script: Record<string, ChatResponse>, chunks: Chunk[] = []) {
  const calls: Array<{ messages: ChatMessage[]; opts?: ChatOptions }> = [];
  const engine: Engine = {
    corpus: { notices: [], sources: [], aliases: [], debris: [], issues: [] } as Corpus,
    chunks,
    async chat(messages, opts) {
      calls.push({ messages, opts });
      const q = messages[messages.length - 1]!.content;
      const r = script[q];
      if (!r) throw new Error(`no script for ${q}`);
      return r;
    },
    async search() { return { query: { original: '', rewritten: '' }, hits: [], timings: {} }; },
    info: () => ({ notices: 0, chunks: chunks.length, embedder: 'fake', dimension: 0, tokenizer: 'fake', llm: null, builtAt: null }),
  };
  return { engine, calls };
}

describe('runItems with an engine', () => {
  it('sends history plus the question with debug on, and scores in order', async () => {
    const history: ChatMessage[] = [{ role: 'user', content: '合同签几年？' }, { role: 'assistant', content: '一般2年。' }];
    const a = item('a', { category: 'follow_up', question: '能续吗？', history, key_facts: ['累计不超过6年'] });
    const b = item('b', { question: '租金多少？', answerable: false });
    const { engine, calls } = fakeEngine({
      '能续吗？': response('符合条件可续租，累计不超过6年。', { citations: [cite('nA', ['第十七条  签约'])] }),
      '租金多少？': response('文件没有给出租金金额。', { answerable: false }),
    });
    let clock = 0;
    const seen: string[] = [];
    const out = await runItems([a, b], new Map([['a', [goldHeading]], ['b', []]]), engineAsk(engine), {
      now: () => (clock += 5), onItem: (done, o) => seen.push(`${done}:${o.id}`),
    });
    expect(calls).toEqual([
      { messages: [...history, { role: 'user', content: '能续吗？' }], opts: { debug: true } },
      { messages: [{ role: 'user', content: '租金多少？' }], opts: { debug: true } },
    ]);
    expect(seen).toEqual(['1:a', '2:b']);
    expect(out.map((o) => [o.id, o.correct, o.refused, o.latencyMs])).toEqual([['a', true, false, 5], ['b', null, true, 5]]);
    expect(out[0]!.history).toEqual(history);
  });

  it('keeps going when an item throws, recording the error', async () => {
    const { engine } = fakeEngine({});
    const out = await runItems([item('x', { key_facts: ['y'] })], new Map(), engineAsk(engine));
    expect(out[0]).toMatchObject({ id: 'x', error: 'no script for 问题x', correct: false, answer: '' });
  });

  it("uses the engine's chunks for hit paths and lines (a run-in gold found by lines)", async () => {
    // The hit's section string names only the enclosing heading; its chunk's lines 99–101 overlap the led paragraph (100–102).
    const chunks = [chunk('c1', 'nC', ['二、重点任务'], 99, 101)];
    const { engine } = fakeEngine({ '问题r': response('…', { debug: { hits: [hit('nC', ['二、重点任务'], 'c1')] } }) }, chunks);
    const withChunks = await runItems([item('r', { key_facts: ['…'] })], new Map([['r', [goldRunIn]]]), engineAsk(engine), { chunkOf: chunkLookup(engine.chunks) });
    const without = await runItems([item('r', { key_facts: ['…'] })], new Map([['r', [goldRunIn]]]), engineAsk(engine));
    expect([withChunks[0]!.sectionRank, without[0]!.sectionRank]).toEqual([1, 0]);
  });

  it('names the items that got no answer, so a broken transport is not read as a product regression', async () => {
    const { engine } = fakeEngine({ '问题a': response('答') });
    const out = await runItems([item('a', { key_facts: ['答'] }), item('b'), item('c')], new Map(), engineAsk(engine));
    expect(failureSummary(buildRun('product', 'fake', 'dev', '', out))).toBe(
      'product: 2 of 3 items got no answer, so its figures measure nothing; first (b): no script for 问题b');
    expect(failureSummary(buildRun('product', 'fake', 'dev', '', out.slice(0, 1)))).toBeNull();
  });

  it('builds a run record with overall and per-category metrics', async () => {
    const { engine } = fakeEngine({ '问题a': response('答') });
    const out = await runItems([item('a', { key_facts: ['答'] })], new Map([['a', [goldHeading]]]), engineAsk(engine), { now: () => 0 });
    const run = buildRun('product', 'fake', 'dev', '2025-01-01T00:00:00Z', out);
    expect(run.overall.answerCorrectness).toEqual({ n: 1, value: 1 });
    expect(Object.keys(run.byCategory)).toEqual(['fact']);
  });
});

describe('httpAsk', () => {
  it('POSTs the conversation with "debug": true to {url}/api/chat', async () => {
    const sent: Array<{ url: string; init: RequestInit }> = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(response('好')), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const r = await httpAsk('http://127.0.0.1:8787/', fetchFn)(messagesFor(item('q', { question: '能申请吗？' })));
    expect(r.answer).toBe('好');
    expect(sent[0]!.url).toBe('http://127.0.0.1:8787/api/chat');
    expect(sent[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ messages: [{ role: 'user', content: '能申请吗？' }], debug: true });
  });

  it('turns an error status into an error naming the status and body', async () => {
    const fetchFn = (async () => new Response('{"error":{"code":"RATE_LIMITED"}}', { status: 429 })) as unknown as typeof fetch;
    const ask = httpAsk('http://h', fetchFn)([{ role: 'user', content: 'x' }]);
    await expect(ask).rejects.toThrow('POST http://h/api/chat answered 429: {"error":{"code":"RATE_LIMITED"}} (the server\'s rate limit: start it with RATE_LIMIT_PER_MIN=100000 for an eval run)');
  });
});

// HTTP API behaviour over the fake engine: chat (JSON and SSE), reading routes, headers, CORS, rate limit, reindex.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import type { ChatResponse } from '../../src/engine/types.js';
import { HISTORY_LIMIT } from '../../src/http/input.js';
import { appScript } from '../../src/http/page/app-script.js';
import { docsScript } from '../../src/http/page/docs-assets.js';
import { ROOT } from '../helpers.js';
import { makeApp, parseSse, postJson } from './setup.js';

const ask = (content: string, extra: Record<string, unknown> = {}) => postJson({ messages: [{ role: 'user', content }], ...extra });

describe('POST /api/chat', () => {
  it('returns the contract shape, and every quote stands in the cited span of the notice it names', async () => {
    const { app } = await makeApp();
    const res = await app.request('/api/chat', ask('公租房申请需要满足哪些条件？'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatResponse;
    expect(Object.keys(body).sort()).toEqual(['answer', 'answerable', 'citations', 'mode', 'notes', 'query', 'timings']);
    expect(body.answerable).toBe(true);
    expect(body.citations.length).toBeGreaterThan(0);
    for (const c of body.citations) {
      expect(body.answer).toContain(`[${c.n}]`);
      const notice = (await (await app.request(`/api/notices/${c.noticeId}`)).json()) as {
        blocks: Array<{ type: string; text?: string; span?: { file: string; startLine: number; endLine: number } }>;
      };
      const inSpan = notice.blocks.filter(
        (b) => b.type === 'paragraph' && b.span!.file === c.source.file && b.span!.startLine <= c.source.endLine && b.span!.endLine >= c.source.startLine,
      );
      expect(inSpan.some((b) => b.text!.includes(c.quote))).toBe(true);
    }
  });

  it('passes debug:true to the engine and returns its stage scores; otherwise no debug', async () => {
    const { app, engine } = await makeApp();
    const dbg = (await (await app.request('/api/chat', ask('托育服务', { debug: true }))).json()) as ChatResponse;
    expect(engine.calls[0]!.opts).toEqual({ debug: true });
    expect(dbg.debug!.hits[0]!.stages.bm25Rank).toBe(1);
    const plain = (await (await app.request('/api/chat', ask('托育服务'))).json()) as ChatResponse;
    expect(engine.calls[1]!.opts).toEqual({});
    expect(plain.debug).toBeUndefined();
  });

  it('streams delta events that join to the answer, then a done event equal to the JSON response', async () => {
    const { app } = await makeApp();
    const json = await (await app.request('/api/chat', ask('公租房审核通过后公示几天'))).json();
    const res = await app.request('/api/chat', ask('公租房审核通过后公示几天', { stream: true }));
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = parseSse(await res.text());
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(events.map((e) => e.event)).toEqual([...deltas.map(() => 'delta'), 'done']);
    expect(deltas.map((e) => (e.data as { text: string }).text).join('')).toBe((json as ChatResponse).answer);
    expect(events.at(-1)!.data).toEqual(json);
  });

  it('maps engine AppErrors to their catalogue status in JSON, and to an error event when streaming', async () => {
    const { app, engine } = await makeApp();
    engine.fail = new AppError('INDEX_MISSING', 'index/ holds no index: run npm run index');
    const res = await app.request('/api/chat', ask('托育'));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'INDEX_MISSING', message: 'index/ holds no index: run npm run index' } });
    const streamed = parseSse(await (await app.request('/api/chat', ask('托育', { stream: true }))).text());
    expect(streamed).toEqual([{ event: 'error', data: { error: { code: 'INDEX_MISSING', message: 'index/ holds no index: run npm run index' } } }]);
  });

  it('hides unexpected errors behind INTERNAL and reports them to the log', async () => {
    const log = vi.fn();
    const { app, engine } = await makeApp({}, { log });
    engine.fail = new Error('secret path /etc/x');
    const res = await app.request('/api/chat', ask('托育'));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toContain('secret');
    expect(log.mock.calls[0]![0]).toContain('secret path');
  });

  it('keeps only the last turns of a long conversation and trims the question', async () => {
    const { app, engine } = await makeApp();
    const messages = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `第${i}轮` }));
    messages.push({ role: 'user', content: '  那大宁呢？ ' });
    expect((await app.request('/api/chat', postJson({ messages }))).status).toBe(200);
    const got = engine.calls[0]!.messages;
    expect(got).toHaveLength(HISTORY_LIMIT);
    // 30 earlier turns (第0轮…第29轮): the 11 most recent are kept.
    expect(got[0]).toEqual({ role: 'assistant', content: '第19轮' });
    expect(got.at(-1)).toEqual({ role: 'user', content: '那大宁呢？' });
  });
});

describe('reading routes', () => {
  it('lists all 17 seed notices with metadata', async () => {
    const { app } = await makeApp();
    const { notices } = (await (await app.request('/api/notices')).json()) as { notices: Array<Record<string, unknown>> };
    expect(notices).toHaveLength(17);
    const shibei = notices.find((n) => n['docNo'] === '静府发〔2021〕15号')!;
    expect(shibei).toMatchObject({ shortTitle: '市北功能区“十四五”规划', kind: '规划', date: '2021-11-02', tableRows: 30 });
  });

  it('gives a notice in reading order with its indicator table as one block', async () => {
    const { app } = await makeApp();
    const res = await app.request('/api/notices/n0j4y3yn');
    const n = (await res.json()) as { headings: unknown[]; blocks: Array<{ type: string; rows?: unknown[]; span?: { start: number } }> };
    expect(n.headings).toHaveLength(49);
    const tables = n.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(18);
    const starts = n.blocks.filter((b) => b.type === 'paragraph').map((b) => b.span!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('answers 404 for a well-formed id that names no notice', async () => {
    const { app } = await makeApp();
    const res = await app.request('/api/notices/n0000000');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no notice with id "n0000000"' } });
  });

  it('filters indicator targets by plan and keyword', async () => {
    const { app, engine } = await makeApp();
    const get = async (q: string) => ((await (await app.request(`/api/targets${q}`)).json()) as { targets: Array<{ noticeId: string; cells: Record<string, string> }> }).targets;
    const all = await get('');
    const indicatorRows = engine.corpus.notices.flatMap((n) => n.tables).filter((t) => t.kind === 'indicator').length;
    expect(all).toHaveLength(indicatorRows);
    const daning = await get('?plan=' + encodeURIComponent('大宁'));
    expect(daning).toHaveLength(18);
    expect(new Set(daning.map((t) => t.noticeId))).toEqual(new Set(['n0j4y3yn']));
    const tax = await get('?plan=' + encodeURIComponent('大宁') + '&q=' + encodeURIComponent('税收'));
    expect(tax.length).toBeGreaterThan(0);
    expect(tax.length).toBeLessThan(18);
    for (const t of tax) expect(Object.values(t.cells).join('')).toContain('税收');
  });

  it('searches with k and reports stage scores', async () => {
    const { app } = await makeApp();
    const body = (await (await app.request('/api/search?q=' + encodeURIComponent('托育服务') + '&k=3')).json()) as { hits: Array<{ stages: { bm25Rank: number } }> };
    expect(body.hits.map((h) => h.stages.bm25Rank)).toEqual([1, 2, 3]);
  });

  it('reports health from engine.info()', async () => {
    const { app } = await makeApp();
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true, notices: 17, chunks: expect.any(Number), embedder: 'fake-bigram', llm: null, builtAt: null });
  });

  it('publishes an OpenAPI document covering every API route, and a docs page', async () => {
    const { app } = await makeApp();
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/admin/reindex', '/api/chat', '/api/notices', '/api/notices/{id}', '/api/search', '/api/targets', '/healthz', '/v1/chat/completions', '/v1/models'].sort(),
    );
    const docs = await app.request('/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
  });
});

describe('page and headers', () => {
  it('serves the page under a CSP without inline allowances, and the page has no inline script or style', async () => {
    const { app } = await makeApp({ MAX_QUESTION_CHARS: '300' });
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('maxlength="300"');
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/assets/app.js">']);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('ships page scripts that parse and never assign innerHTML', () => {
    for (const src of [appScript, docsScript]) {
      expect(() => new Function(src)).not.toThrow();
      expect(src).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write/);
    }
  });

  it('sends no CORS headers by default and only the configured origins otherwise', async () => {
    const plain = await makeApp();
    const r1 = await plain.app.request('/api/notices', { headers: { origin: 'https://evil.example' } });
    expect(r1.headers.get('access-control-allow-origin')).toBeNull();
    const { app } = await makeApp({ CORS_ORIGINS: 'https://a.example, https://b.example' });
    const pre = await app.request('/api/chat', { method: 'OPTIONS', headers: { origin: 'https://b.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://b.example');
    const evil = await app.request('/api/notices', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limit', () => {
  it('limits each client per minute with 429 and Retry-After, then lets it in again', async () => {
    let now = 1_000_000;
    const { app } = await makeApp({ RATE_LIMIT_PER_MIN: '3' }, { now: () => now, clientAddress: (c) => c.req.header('x-test-peer') });
    const from = (peer: string) => app.request('/api/notices', { headers: { 'x-test-peer': peer } });
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).status).toBe(200);
    now += 20_000;
    const blocked = await from('10.0.0.1');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('40');
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    expect((await from('10.0.0.2')).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
    now += 40_000;
    expect((await from('10.0.0.1')).status).toBe(200);
  });
});

describe('POST /api/admin/reindex', () => {
  const token = 'a-long-admin-token-0123';
  it('is forbidden without ADMIN_TOKEN, unauthorised with a wrong token, and rebuilds once for concurrent calls', async () => {
    const reindex = vi.fn(() => new Promise((r) => setTimeout(r, 20)));
    const off = await makeApp({}, { reindex });
    expect((await off.app.request('/api/admin/reindex', { method: 'POST' })).status).toBe(403);
    const { app } = await makeApp({ ADMIN_TOKEN: token }, { reindex });
    const wrong = await app.request('/api/admin/reindex', { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const auth = { method: 'POST', headers: { authorization: `Bearer ${token}` } };
    const [a, b] = await Promise.all([app.request('/api/admin/reindex', auth), app.request('/api/admin/reindex', auth)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(reindex).toHaveBeenCalledTimes(1);
    expect(await a.json()).toEqual({ ok: true, notices: 17, chunks: expect.any(Number) });
  });
});

describe('runtime independence', () => {
  it('keeps src/http free of node:* imports, so the same app can run in a Worker', () => {
    const dir = join(ROOT, 'src', 'http');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/from ['"](node:|fs|path|http)['"/]/);
  });
});

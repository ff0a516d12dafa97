// Live reindex on the real server process: requests keep flowing through a rebuild, none fails, the new notice is served after.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSet } from '../../src/node/eval-files.js';
import { ROOT, SEEDS } from '../helpers.js';
import { spawnServer, type Spawned } from './spawn-server.js';

const TOKEN = 'reindex-test-token-0123456789';
let root: string;
let server: Spawned;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jaq-reindex-'));
  mkdirSync(join(root, 'seeds'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(root, 'seeds', f));
  // the default embedder, so the rebuild during the test is the one production runs
  server = await spawnServer({ SEEDS_DIR: join(root, 'seeds'), INDEX_DIR: join(root, 'index'), ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MIN: '1000000' });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Outcome { status: number | string; startedAt: number; endedAt: number }

/** Requests from `workers` loops until stopped: chat on the eval questions and search, alternating. */
function fireContinuously(url: string, questions: string[], workers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = async (w: number) => {
    for (let i = w; running; i += workers) {
      const q = questions[i % questions.length]!;
      const startedAt = performance.now();
      let status: number | string;
      try {
        const res = i % 2
          ? await fetch(`${url}/api/search?k=5&q=${encodeURIComponent(q)}`)
          : await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: q }] }) });
        const body = (await res.json()) as { answer?: unknown; hits?: unknown };
        status = res.status === 200 && (typeof body.answer === 'string' || Array.isArray(body.hits)) ? 200 : res.status;
      } catch (e) {
        status = (e as Error).message;
      }
      outcomes.push({ status, startedAt, endedAt: performance.now() });
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  return { outcomes, stop: async () => { running = false; await done; } };
}

const health = async (url: string) => (await (await fetch(`${url}/healthz`)).json()) as { notices: number; chunks: number; builtAt: string };

describe('live reindex', () => {
  it('rebuilds from seeds/ while serving: no request fails, and the new notice is served after the swap', async () => {
    const before = await health(server.url);
    const questions = (await readSet(join(ROOT, 'eval'), 'dev')).items.map((i) => i.question);
    // a notice the seeds do not have arrives while the server runs
    copyFileSync(join(ROOT, 'test', 'fixtures', 'new-rule.txt'), join(root, 'seeds', 'new-rule.txt'));
    const fire = fireContinuously(server.url, questions, 6);
    while (fire.outcomes.length < 20) await new Promise((r) => setTimeout(r, 20));

    const sent = performance.now();
    const res = await fetch(`${server.url}/api/admin/reindex`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    const answered = performance.now();
    const n = fire.outcomes.length;
    while (fire.outcomes.length < n + 20) await new Promise((r) => setTimeout(r, 20));
    await fire.stop();

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, notices: before.notices + 1 });
    const failed = fire.outcomes.filter((o) => o.status !== 200);
    expect(failed).toEqual([]);
    // requests were in flight while the rebuild ran (the build blocks the event loop at times: they wait, they do not fail)
    const during = fire.outcomes.filter((o) => o.endedAt > sent && o.startedAt < answered);
    expect(during.length).toBeGreaterThan(0);
    const slowest = Math.max(...during.map((o) => o.endedAt - o.startedAt));
    console.log(`[live reindex] ${fire.outcomes.length} requests, ${during.length} overlapping the ${(answered - sent).toFixed(0)} ms rebuild, slowest ${slowest.toFixed(0)} ms`);

    const after = await health(server.url);
    expect(after.notices).toBe(before.notices + 1);
    expect(after.builtAt).not.toBe(before.builtAt);
    const search = (await (await fetch(`${server.url}/api/search?k=3&q=${encodeURIComponent('人才公寓租赁管理办法 申请条件')}`)).json()) as { hits: Array<{ noticeId: string }> };
    const notices = (await (await fetch(`${server.url}/api/notices`)).json()) as { notices: Array<{ id: string; title: string }> };
    const added = notices.notices.find((x) => x.title === '静安区人才公寓租赁管理办法（2022版）');
    expect(added).toBeDefined();
    expect(search.hits[0]!.noticeId).toBe(added!.id);
    const manifest = JSON.parse(readFileSync(join(root, 'index', 'manifest.json'), 'utf8')) as { seeds: Array<{ name: string }> };
    expect(manifest.seeds.map((s) => s.name)).toContain('new-rule.txt');
    expect(server.logs.some((l) => /^\[index\] index is stale \(.+\): building /.test(l))).toBe(true);
  }, 180_000);
});

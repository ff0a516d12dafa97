// Live reindex on the real server process: requests keep flowing through a rebuild, none fails, the new notice is served after;
// a rebuild that fails is reported with a catalogue error while the old index keeps serving.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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
    // Requests were answered all through the rebuild, not only before and after it: the build runs in a worker thread
    // and the serving thread is held only while it loads the new index. Had the build run on the serving thread, the
    // longest stretch without a completed request would span most of the rebuild.
    const during = fire.outcomes.filter((o) => o.endedAt > sent && o.startedAt < answered);
    const completions = [sent, ...during.map((o) => o.endedAt).filter((t) => t < answered).sort((a, b) => a - b), answered];
    const longestGap = Math.max(...completions.slice(1).map((t, i) => t - completions[i]!));
    const slowest = Math.max(...during.map((o) => o.endedAt - o.startedAt));
    console.log(`[live reindex] ${fire.outcomes.length} requests, ${completions.length - 2} completed during the ${(answered - sent).toFixed(0)} ms rebuild, longest gap ${longestGap.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`);
    expect(completions.length - 2).toBeGreaterThan(0);
    expect(longestGap).toBeLessThan((answered - sent) / 2);
    expect(slowest).toBeLessThan((answered - sent) / 2);

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

  it('reports a failed rebuild with a catalogue error and keeps serving the index it had', async () => {
    const before = await health(server.url);
    const manifest = readFileSync(join(root, 'index', 'manifest.json'), 'utf8');
    const reindex = () => fetch(`${server.url}/api/admin/reindex`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    const seeds = join(root, 'seeds');
    const asked = async () => (await fetch(`${server.url}/api/search?k=3&q=${encodeURIComponent('公租房申请条件')}`)).status;
    try {
      // the seed folder is gone: the worker's read fails, the route says why
      renameSync(seeds, `${seeds}-away`);
      const gone = await reindex();
      expect(gone.status).toBe(500);
      const body = (await gone.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('REINDEX_FAILED');
      expect(body.error.message).toMatch(/^reindex failed: ENOENT: .*scandir '.*seeds'; the previous index is still served$/);
      expect(await asked()).toBe(200);
      // an empty seed folder would index nothing: refused rather than swapped in
      mkdirSync(seeds);
      const empty = await reindex();
      expect(empty.status).toBe(422);
      expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('SEED_NO_CONTENT');
    } finally {
      rmSync(seeds, { recursive: true, force: true });
      renameSync(`${seeds}-away`, seeds);
    }
    expect(await health(server.url)).toEqual(before);
    expect(readFileSync(join(root, 'index', 'manifest.json'), 'utf8')).toBe(manifest);
    expect(await asked()).toBe(200);
    expect(server.logs.filter((l) => l.startsWith('[reindex] ')).slice(-2).map((l) => l.split(':')[0])).toEqual(['[reindex] REINDEX_FAILED', '[reindex] SEED_NO_CONTENT']);
  }, 60_000);
});

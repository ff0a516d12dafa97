// Load at CI scale: 2,000 mixed requests at concurrency 32 against the real engine on a real socket — no errors, all 2xx.

import autocannon, { type Request } from 'autocannon';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/eval/run.js';
import { createApp } from '../../src/http/app.js';
import { parseConfig } from '../../src/node/config.js';
import { readSet } from '../../src/node/eval-files.js';
import { ROOT } from '../helpers.js';
import { realEngine } from '../http/real-engine.js';
import { listen, nodeClientAddress, type Running } from '../http/server.js';

let server: Running;
const bad: string[] = [];

beforeAll(async () => {
  // the rate limit is keyed by socket address and every connection here comes from 127.0.0.1
  const config = parseConfig({ RATE_LIMIT_PER_MIN: '1000000' });
  server = await listen(createApp({ engine: await realEngine('load'), config, clientAddress: nodeClientAddress, log: (m) => bad.push(m) }));
}, 120_000);
afterAll(() => server?.close());

/** A body that is not what the route promises is a failure too, even with a 2xx status. */
function expectShape(check: (body: unknown) => boolean, what: string): Request['onResponse'] {
  return (status, body) => {
    let ok = false;
    try {
      ok = check(JSON.parse(body));
    } catch {
      ok = false;
    }
    if (!ok) bad.push(`${what}: ${status} ${body.slice(0, 120)}`);
  };
}

/** Chat for every eval question (with its history), interleaved with search, the notice list and the health check. */
async function mixedRequests(): Promise<Request[]> {
  const items = (await readSet(join(ROOT, 'eval'), 'dev')).items;
  const chatOk = expectShape((b) => typeof (b as { answer?: unknown }).answer === 'string', 'chat');
  const out: Request[] = [];
  for (const item of items) {
    out.push({ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: messagesFor(item) }), onResponse: chatOk });
    out.push({ method: 'GET', path: `/api/search?k=5&q=${encodeURIComponent(item.question)}`, onResponse: expectShape((b) => Array.isArray((b as { hits?: unknown }).hits), 'search') });
    if (out.length % 6 === 2) out.push({ method: 'GET', path: '/api/notices', onResponse: expectShape((b) => Array.isArray((b as { notices?: unknown }).notices), 'notices') });
    if (out.length % 6 === 5) out.push({ method: 'GET', path: '/healthz', onResponse: expectShape((b) => (b as { ok?: unknown }).ok === true, 'healthz') });
  }
  return out;
}

describe('load', () => {
  it('answers 2,000 mixed requests at concurrency 32 with no error and no non-2xx', async () => {
    const requests = await mixedRequests();
    let client = 0;
    const result = await autocannon({
      url: server.url,
      connections: 32,
      amount: 2000,
      timeout: 20,
      requests,
      // each connection starts at a different place in the list, so the mix is mixed at every moment
      setupClient: (c) => {
        const at = (client++ * 37) % requests.length;
        c.setRequests([...requests.slice(at), ...requests.slice(0, at)]);
      },
    });
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, '2xx': result['2xx'] })
      .toEqual({ errors: 0, timeouts: 0, non2xx: 0, '2xx': 2000 });
    expect(bad).toEqual([]);
  }, 120_000);
});

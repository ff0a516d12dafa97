// HTTP load with autocannon: POST /api/chat with the eval questions in rotation, each connection starting elsewhere in the list.

import autocannon, { type Request, type Result } from 'autocannon';
import type { ChatMessage } from '../src/engine/types.js';

export interface HttpRun {
  concurrency: number;
  seconds: number;
  requests: number;
  /** 2xx responses per second: requests that got an answer */
  answeredPerS: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export function chatRequests(conversations: ChatMessage[][]): Request[] {
  return conversations.map((messages) => ({
    method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }),
  }));
}

export async function load(url: string, requests: Request[], connections: number, limit: { seconds: number } | { amount: number }): Promise<HttpRun> {
  let client = 0;
  const r: Result = await autocannon({
    url,
    connections,
    timeout: 30,
    requests,
    ...('amount' in limit ? { amount: limit.amount } : { duration: limit.seconds }),
    setupClient: (c) => {
      const at = (client++ * 41) % requests.length;
      c.setRequests([...requests.slice(at), ...requests.slice(0, at)]);
    },
  });
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    concurrency: connections,
    seconds: round(r.duration),
    requests: r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'],
    answeredPerS: round(r['2xx'] / r.duration),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: round(r.latency.mean) },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

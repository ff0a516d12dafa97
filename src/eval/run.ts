// Running a set: each item asked in turn (in process or over HTTP), timed, scored; the result is a RunRecord.

import type { ChatMessage, ChatResponse, Engine } from '../engine/types.js';
import { aggregate, aggregateByCategory, scoreItem, type ChunkLookup, type ChunkPlace } from './metrics.js';
import type { EvalItem, ItemOutcome, ResolvedGold, RunRecord } from './types.js';

/** Anything that answers a conversation with a ChatResponse carrying debug hits: the engine, a server, the baseline. */
export type Ask = (messages: ChatMessage[]) => Promise<ChatResponse>;

export function messagesFor(item: EvalItem): ChatMessage[] {
  return [...(item.history ?? []), { role: 'user', content: item.question }];
}

export function engineAsk(engine: Engine): Ask {
  return (messages) => engine.chat(messages, { debug: true });
}

/** POST {url}/api/chat with debug on; a non-2xx answer is an error naming the status and the start of the body. */
export function httpAsk(baseUrl: string, fetchFn: typeof fetch = fetch): Ask {
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/api/chat`;
  return async (messages) => {
    const res = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages, debug: true }),
    });
    const text = await res.text();
    if (!res.ok) {
      // a whole set is more requests than the service lets one client send per minute (120 by default)
      const hint = res.status === 429 ? ' (the server\'s rate limit: start it with RATE_LIMIT_PER_MIN=100000 for an eval run)' : '';
      throw new Error(`POST ${endpoint} answered ${res.status}: ${text.slice(0, 200)}${hint}`);
    }
    return JSON.parse(text) as ChatResponse;
  };
}

export interface RunOptions {
  /** in process: the engine's chunks, so hit paths and lines are exact */
  chunkOf?: ChunkLookup;
  onItem?: (done: number, outcome: ItemOutcome) => void;
  /** clock in milliseconds (injectable for tests) */
  now?: () => number;
}

/** Items are asked one at a time so each latency is the item's own wall time; a failing item is recorded, not fatal. */
export async function runItems(items: EvalItem[], gold: Map<string, ResolvedGold[]>, ask: Ask, opts: RunOptions = {}): Promise<ItemOutcome[]> {
  const now = opts.now ?? (() => performance.now());
  const out: ItemOutcome[] = [];
  for (const item of items) {
    const t0 = now();
    let response: ChatResponse | null = null;
    let error: string | null = null;
    try {
      response = await ask(messagesFor(item));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const outcome = scoreItem(item, gold.get(item.id) ?? [], { response, error, latencyMs: now() - t0 }, opts.chunkOf);
    out.push(outcome);
    opts.onItem?.(out.length, outcome);
  }
  return out;
}

export function buildRun(label: string, system: string, set: string, startedAt: string, items: ItemOutcome[]): RunRecord {
  return { label, system, set, startedAt, overall: aggregate(items), byCategory: aggregateByCategory(items), items };
}

/**
 * Items that got no answer at all (server down, rate-limited, engine threw) are scored as failures, which would
 * pass a broken transport off as a product regression: the CLI names them and exits non-zero instead.
 */
export function failureSummary(run: RunRecord): string | null {
  const failed = run.items.filter((o) => o.error !== null);
  if (!failed.length) return null;
  return `${run.label}: ${failed.length} of ${run.items.length} items got no answer, so its figures measure nothing; ` +
    `first (${failed[0]!.id}): ${failed[0]!.error}`;
}

/** Index of chunks by id (an engine's chunks, or the baseline's passages). */
export function chunkLookup(chunks: Array<ChunkPlace & { id: string }>): ChunkLookup {
  const byId = new Map(chunks.map((c) => [c.id, c]));
  return (id) => byId.get(id);
}

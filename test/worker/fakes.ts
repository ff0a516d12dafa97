// Local stand-ins for the platform bindings that never run locally: Vectorize (exact, in memory) and Workers AI.

import type { AiBinding, VectorizeBinding, VectorizeMatch } from '../../src/worker/bindings.js';
import { VECTORIZE_MAX_TOP_K } from '../../src/worker/vectorize-index.js';

export interface FakeVectorize extends VectorizeBinding {
  /** what `wrangler vectorize insert --file` would upload */
  insertNdjson(text: string): void;
  queries: number;
}

/** Cosine metric over what was inserted; enforces the topK ceiling the real service has. */
export function fakeVectorize(): FakeVectorize {
  const stored = new Map<string, Float32Array>();
  const fake: FakeVectorize = {
    queries: 0,
    insertNdjson(text) {
      for (const line of text.split('\n').filter(Boolean)) {
        const r = JSON.parse(line) as { id: string; values: number[] };
        stored.set(r.id, Float32Array.from(r.values));
      }
    },
    async query(vector, options) {
      fake.queries++;
      if (options.topK > VECTORIZE_MAX_TOP_K) throw new Error(`VECTOR_QUERY_ERROR: topK ${options.topK} exceeds ${VECTORIZE_MAX_TOP_K}`);
      const q = Float32Array.from(vector);
      const matches: VectorizeMatch[] = [...stored].map(([id, v]) => ({ id, score: cosine(q, v) }));
      matches.sort((a, b) => b.score - a.score);
      return { matches: matches.slice(0, options.topK), count: Math.min(options.topK, matches.length) };
    },
  };
  return fake;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export interface AiCall {
  model: string;
  input: Record<string, unknown>;
}

/** Workers AI: embedding models answer `{shape, data}`, anything else is a chat model answering `{response}`. */
export function fakeAi(o: { embed?: (text: string) => number[]; reply?: (input: Record<string, unknown>) => unknown }): AiBinding & { calls: AiCall[] } {
  const calls: AiCall[] = [];
  return {
    calls,
    async run(model, input) {
      calls.push({ model, input });
      if (Array.isArray(input.text) && o.embed) {
        const data = (input.text as string[]).map(o.embed);
        return { shape: [data.length, data[0]?.length ?? 0], data };
      }
      if (o.reply) return o.reply(input);
      throw new Error(`fake AI has no answer for ${model}`);
    },
  };
}

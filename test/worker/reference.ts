// What the workerd tests compare against: the Node service's answers, computed in Node by the global setup.

import type { ChatResponse, Engine } from '../../src/engine/types.js';
import type { EvalQuestion } from './texts.js';

/** The parts of an answer that must agree: the top-5 passages, the citations (with their quotes), the text. */
export interface Answered {
  id: string;
  top5: string[];
  citations: Array<{ chunkId: string; section: string; quote: string }>;
  answerable: boolean;
  answer: string;
}

export interface NodeReference {
  questions: EvalQuestion[];
  /** the Node service as `npm start` composes it (HNSW, native jieba) */
  service: Answered[];
  /** the same Node parts with the exact flat index instead of HNSW: isolates what approximate search changes */
  flat: Answered[];
  /** texts and the tokens the Node analyzer gives them */
  tokens: Array<[string, string[]]>;
  /** GET /api/notices as the Node app answers it */
  notices: unknown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    workerAssetsDir: string;
    nodeReference: NodeReference;
  }
}

export function answered(id: string, r: ChatResponse): Answered {
  return {
    id,
    top5: (r.debug?.hits ?? []).slice(0, 5).map((h) => h.chunkId),
    citations: r.citations.map((c) => ({ chunkId: c.chunkId, section: c.section, quote: c.quote })),
    answerable: r.answerable,
    answer: r.answer,
  };
}

export async function answerAll(engine: Engine, questions: EvalQuestion[]): Promise<Answered[]> {
  const out: Answered[] = [];
  for (const q of questions) out.push(answered(q.id, await engine.chat(q.messages, { debug: true })));
  return out;
}

// Test helper: every text whose tokens must agree between Node and the Worker — eval questions, their history, chunks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkCorpus, defaultChunkOptions } from '../../src/chunk/chunker.js';
import type { ChatMessage } from '../../src/engine/types.js';
import { parseEvalSet } from '../../src/eval/set.js';
import type { Corpus } from '../../src/ingest/types.js';
import { ROOT } from '../helpers.js';

export interface EvalQuestion {
  id: string;
  /** the history turns, then the question as the last user message */
  messages: ChatMessage[];
}

/** Both eval sets, in file order; a malformed line fails here rather than silently shrinking the comparison. */
export function evalQuestions(): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  for (const name of ['dev', 'test']) {
    const set = parseEvalSet(`${name}.jsonl`, readFileSync(join(ROOT, 'eval', `${name}.jsonl`), 'utf8'));
    if (set.problems.length) throw new Error(`eval/${name}.jsonl: ${JSON.stringify(set.problems[0])}`);
    for (const item of set.items) out.push({ id: item.id, messages: [...(item.history ?? []), { role: 'user', content: item.question }] });
  }
  return out;
}

/**
 * Questions and history turns as asked, and each chunk's context line and body as the keyword index sees them
 * (cut to `chunkChars` when given: the workerd comparison ships the Node tokens over, so it keeps them small).
 */
export function comparedTexts(corpus: Corpus, chunkChars = Infinity): string[] {
  const texts = evalQuestions().flatMap((q) => q.messages.map((m) => m.content));
  for (const c of chunkCorpus(corpus, defaultChunkOptions)) {
    texts.push(c.contextLine, c.indexText.slice(c.contextLine.length + 1).slice(0, chunkChars));
  }
  return texts;
}

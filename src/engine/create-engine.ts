// The composition of the product from its stages: retrieve (with follow-up rewriting) then answer.

import { AppError } from '../core/errors.js';
import type { Corpus } from '../ingest/types.js';
import type { Answerer, ChatMessage, Chunk, Engine, EngineInfo, RetrievalResult, Retriever } from './types.js';
import { splitQuestion } from './question-parts.js';

export interface EngineParts {
  corpus: Corpus;
  chunks: Chunk[];
  retriever: Retriever;
  answerer: Answerer;
  info: EngineInfo;
  /** optional standalone-question writer (an LLM condenser); the retriever's own rewrite is the fallback */
  condense?: (messages: ChatMessage[]) => Promise<string | null>;
  /** passages handed to the answerer */
  answerDepth?: number;
}

export function createEngine(parts: EngineParts): Engine {
  const depth = parts.answerDepth ?? 10;
  return {
    corpus: parts.corpus,
    chunks: parts.chunks,
    info: () => parts.info,
    search: (question, opts) => parts.retriever.retrieve(question, opts),
    async chat(messages, opts = {}) {
      const last = messages[messages.length - 1];
      if (!last || last.role !== 'user' || !last.content.trim()) {
        throw new AppError('EMPTY_QUESTION', 'the last message must be a non-empty user question');
      }
      const history = messages.slice(0, -1).filter((m) => m.role !== 'system');
      const condensed = history.length && parts.condense ? await parts.condense(messages).catch(() => null) : null;
      const retrieval = condensed
        ? await parts.retriever.retrieve(condensed, { k: depth })
        : await parts.retriever.retrieve(last.content, { k: depth, history });
      if (condensed) retrieval.query = { original: last.content, rewritten: condensed };
      else {
        const split = parts.answerer.parts?.(retrieval.query.rewritten || last.content) ?? splitQuestion(last.content);
        retrieval.parts = await retrieveParts(parts.retriever, split, history, depth);
      }
      return parts.answerer.answer(messages, retrieval, opts);
    },
  };
}

/**
 * Each part of a several-part question retrieved on its own, the parts before it standing as its history, so
 * "市北要新增几个白领食堂？还要建景观湖吗？" also finds the 景观湖 row for its second part.
 */
async function retrieveParts(retriever: Retriever, parts: string[], history: ChatMessage[], k: number): Promise<RetrievalResult['parts']> {
  if (parts.length < 2) return undefined;
  const out: NonNullable<RetrievalResult['parts']> = [];
  let before = history;
  for (const part of parts) {
    const found = await retriever.retrieve(part, { k, history: before });
    out.push({ question: part, rewritten: found.query.rewritten, hits: found.hits });
    before = [...before, { role: 'user', content: part }];
  }
  return out;
}

// The composition of the product from its stages: retrieve (with follow-up rewriting) then answer.

import { AppError } from '../core/errors.js';
import type { Corpus } from '../ingest/types.js';
import type { Answerer, ChatMessage, Chunk, Engine, EngineInfo, Retriever } from './types.js';

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
      return parts.answerer.answer(messages, retrieval, opts);
    },
  };
}

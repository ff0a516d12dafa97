// LangChain adapter: our Retriever as a BaseRetriever, so it composes with LangChain chains and tools.

import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { ChatMessage, Hit, Retriever } from '../engine/types.js';

export interface PassageMetadata {
  chunkId: string;
  noticeId: string;
  docNo: string | null;
  title: string;
  section: string;
  path: string[];
  source: { file: string; startLine: number; endLine: number };
  score: number;
  stages: Hit['stages'];
  /** the question as retrieved (after follow-up rewriting) */
  rewritten: string;
}

export interface LangChainRetrieverInput extends BaseRetrieverInput {
  retriever: Retriever;
  k?: number;
  /** earlier turns, for follow-up rewriting */
  history?: ChatMessage[];
}

export class PolicyLangChainRetriever extends BaseRetriever<PassageMetadata> {
  lc_namespace = ['jingan_policy_qa', 'retrievers'];
  private readonly inner: Retriever;
  private readonly k: number;
  private readonly history: ChatMessage[];

  constructor(fields: LangChainRetrieverInput) {
    super(fields);
    this.inner = fields.retriever;
    this.k = fields.k ?? 5;
    this.history = fields.history ?? [];
  }

  override async _getRelevantDocuments(query: string): Promise<Array<Document<PassageMetadata>>> {
    const res = await this.inner.retrieve(query, { k: this.k, history: this.history });
    return res.hits.map((h) => new Document<PassageMetadata>({
      pageContent: h.chunk.text,
      id: h.chunk.id,
      metadata: {
        chunkId: h.chunk.id,
        noticeId: h.chunk.noticeId,
        docNo: h.chunk.docNo,
        title: h.chunk.shortTitle,
        section: h.chunk.path[h.chunk.path.length - 1] ?? h.chunk.shortTitle,
        path: h.chunk.path,
        source: { file: h.chunk.span.file, startLine: h.chunk.span.startLine, endLine: h.chunk.span.endLine },
        score: h.score,
        stages: h.stages,
        rewritten: res.query.rewritten,
      },
    }));
  }
}

// Contracts between the pipeline stages after ingest: chunks, retrieval hits, chat messages, cited answers, the engine.

import type { Corpus, NoticeKind, NoticeStatus, SourceSpan } from '../ingest/types.js';

/** A retrievable passage: a leaf section (or part of one), or one table/personnel record put into words. */
export interface Chunk {
  id: string;
  noticeId: string;
  docNo: string | null;
  noticeTitle: string;
  /** the name people use: the carried title for forwarding notices, else the title */
  shortTitle: string;
  noticeKind: NoticeKind;
  noticeStatus: NoticeStatus;
  type: 'text' | 'indicator' | 'task' | 'personnel' | 'table';
  /** heading texts from outermost to innermost; for records the caption is the last element */
  path: string[];
  /** the passage as the source writes it (paragraphs joined by "\n"); quotes are cut from here */
  text: string;
  /** "shortTitle · heading · heading": prepended to the indexed text so both retrievers see it */
  contextLine: string;
  /** what the retrievers index: contextLine + "\n" + text, or the record in words */
  indexText: string;
  span: SourceSpan;
  paragraphIds: string[];
  /** for record chunks: the table record's id and its cells */
  recordId: string | null;
  cells: Record<string, string> | null;
}

export interface ChatMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

/** Raw score and rank of a hit at each retrieval stage, kept for debugging and the eval. */
export interface StageScores {
  bm25?: number;
  bm25Rank?: number;
  vector?: number;
  vectorRank?: number;
  rrf?: number;
  rerank?: number;
  features?: Record<string, number>;
}

export interface Hit {
  chunk: Chunk;
  score: number;
  stages: StageScores;
}

export interface RewrittenQuery {
  original: string;
  rewritten: string;
}

export interface RetrievalResult {
  query: RewrittenQuery;
  hits: Hit[];
  timings: Record<string, number>;
  /** a question in several parts, or comparing several things: each part's own passages, in order (set by the engine) */
  /** each part as retrieved: `rewritten` with the parts before it as its history ("医疗卫生和养老设施呢？" swapped in) */
  parts?: Array<{ question: string; rewritten?: string; hits: Hit[] }>;
}

export interface RetrieveOptions {
  k?: number;
  history?: ChatMessage[];
}

export interface Retriever {
  retrieve(question: string, opts?: RetrieveOptions): Promise<RetrievalResult>;
}

export interface Citation {
  n: number;
  /** 文号 as written, or null */
  notice: string | null;
  title: string;
  kind: NoticeKind;
  sectionPath: string[];
  section: string;
  /** exact source sentence(s), verified to occur in the source */
  quote: string;
  source: { file: string; startLine: number; endLine: number };
  noticeId: string;
  chunkId: string;
}

export interface ChatResponse {
  answer: string;
  answerable: boolean;
  citations: Citation[];
  query: RewrittenQuery;
  timings: Record<string, number>;
  /** extractive, or llm when a configured model answered and passed the checks */
  mode: 'extractive' | 'llm';
  /** e.g. "the model timed out; extractive answer returned", "第三十条 expired on 2026-10-21" */
  notes: string[];
  /** retrieval stages for the trainers' debug view */
  debug?: {
    hits: Array<{ chunkId: string; noticeId: string; section: string; score: number; stages: StageScores }>;
    /** the answerer's reading of the question and the evidence support its gate compared */
    type?: string;
    support?: number;
    reasons?: string[];
  };
}

export interface ChatOptions {
  debug?: boolean;
  /** ISO date used to judge expiry; defaults to today */
  today?: string;
}

export interface Answerer {
  answer(messages: ChatMessage[], retrieval: RetrievalResult, opts?: ChatOptions): Promise<ChatResponse>;
  /**
   * The sub-questions to retrieve one by one (a question's parts, or one per thing it compares); fewer than two
   * when the question is retrieved whole. The engine splits at ？ and ； when the answerer does not say.
   */
  parts?(question: string): string[];
}

export interface EngineInfo {
  notices: number;
  chunks: number;
  embedder: string;
  dimension: number;
  tokenizer: string;
  llm: string | null;
  builtAt: string | null;
}

/** The composed product: what the HTTP layer, the CLIs and the eval talk to. */
export interface Engine {
  corpus: Corpus;
  chunks: Chunk[];
  chat(messages: ChatMessage[], opts?: ChatOptions): Promise<ChatResponse>;
  search(question: string, opts?: RetrieveOptions): Promise<RetrievalResult>;
  info(): EngineInfo;
}

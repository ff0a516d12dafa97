// Data of the evaluation: expected-answer items, resolved gold sources, per-item outcomes, metrics and run files.

import type { ChatMessage } from '../engine/types.js';

export const CATEGORIES = [
  'eligibility', 'target', 'fact', 'procedure', 'responsibility',
  'personnel', 'date', 'comparison', 'out_of_scope', 'follow_up',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface GoldCitation {
  /** 文号 (any bracket variant) or the document's title */
  doc: string;
  /** heading text, table caption or run-in heading of that notice */
  section: string;
}

/** One line of eval/*.jsonl (see /work/shared/eval-format.md). */
export interface EvalItem {
  id: string;
  category: Category;
  question: string;
  history?: ChatMessage[];
  answerable: boolean;
  expected_answer: string;
  key_facts: string[];
  citations: GoldCitation[];
  source_file: string;
  evidence: string;
}

/** Lines of a seed file (1-based, inclusive). */
export interface LineRange {
  file: string;
  startLine: number;
  endLine: number;
}

/**
 * A gold citation pinned to a notice of the parsed corpus. `via` says what the section named: a heading, a table
 * caption, the lead sentence of a paragraph (a run-in heading), or the notice itself (its title or header line,
 * for answers read from the header, the preamble or the signature).
 */
export interface ResolvedGold {
  doc: string;
  section: string;
  noticeId: string;
  via: 'heading' | 'table' | 'runIn' | 'notice';
  /** section keys (see sectionKey) of the corpus texts the section matched: what passage paths are compared with */
  pathKeys: string[];
  /** for run-in headings: the paragraphs they lead, since passage paths stop at the enclosing heading */
  spans: LineRange[];
}

/** A defect found in a set: the validator reports them, the runner refuses to run a set that has any. */
export interface SetProblem {
  set: string;
  line: number;
  itemId: string | null;
  field: string;
  message: string;
}

export interface CitedSource {
  noticeId: string;
  notice: string | null;
  title: string;
  section: string;
  sectionPath: string[];
}

/** What one item produced and how it scored; null = the measure does not apply to this item. */
export interface ItemOutcome {
  id: string;
  category: Category;
  question: string;
  history: ChatMessage[];
  answerable: boolean;
  expectedAnswer: string;
  keyFacts: string[];
  gold: ResolvedGold[];
  answer: string;
  refused: boolean;
  cited: CitedSource[];
  /** 1-based rank of the first retrieved hit in a gold notice / gold section; 0 = not retrieved */
  noticeRank: number | null;
  sectionRank: number | null;
  citedNoticeRight: boolean | null;
  citedSectionRight: boolean | null;
  factsFound: boolean[];
  keyFactRecall: number | null;
  correct: boolean | null;
  latencyMs: number;
  error: string | null;
}

export interface RetrievalMetrics {
  n: number;
  hit1: number | null;
  hit5: number | null;
  mrr: number | null;
}

export interface Metrics {
  items: number;
  answerable: number;
  unanswerable: number;
  errors: number;
  retrieval: { notice: RetrievalMetrics; section: RetrievalMetrics };
  citation: { n: number; notice: number | null; section: number | null };
  keyFactRecall: { n: number; value: number | null };
  answerCorrectness: { n: number; value: number | null };
  refusal: { refused: number; truePositives: number; precision: number | null; recall: number | null };
  latency: { p50: number | null; p95: number | null };
}

export interface RunRecord {
  /** "product", "baseline", or a name given on the command line */
  label: string;
  /** in-process, a URL, or the baseline's description */
  system: string;
  set: string;
  startedAt: string;
  overall: Metrics;
  byCategory: Partial<Record<Category, Metrics>>;
  items: ItemOutcome[];
}

/** The JSON file `npm run eval` writes: one or more runs of the same set, shown side by side. */
export interface ReportFile {
  kind: 'jingan-eval';
  version: 1;
  createdAt: string;
  command: string;
  set: string;
  runs: RunRecord[];
}

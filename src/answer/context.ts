// What every composer gets: the question read, the retrieved hits, and the corpus lookups.

import type { ChatMessage, Hit } from '../engine/types.js';
import type { CorpusLookup } from './lookup.js';
import type { Entity } from './entities.js';
import type { QuestionType } from './question.js';
import type { Vocabulary } from './vocabulary.js';

export interface AnswerContext {
  /** the standalone (rewritten) question */
  question: string;
  original: string;
  type: QuestionType;
  hits: Hit[];
  lookup: CorpusLookup;
  vocab: Vocabulary;
  /** content words of the question (see Vocabulary.words) */
  qwords: string[];
  /** the things the question sets side by side (entities.ts), read once per question; absent for a part */
  entities?: Entity[];
  /** for one part of a multi-part question: the whole question's words (the subject the part leaves implicit) */
  contextWords?: string[];
  /** ISO date used to judge expiry */
  today: string;
  history: ChatMessage[];
}

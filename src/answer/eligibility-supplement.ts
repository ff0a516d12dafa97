// What the conditions leave unsaid: the sentence of another article of the same rule that speaks to the asker's own
// particulars ("户口挂在嘉定老家…那套房算不算" is 第六条's 户籍地住房, which 第五条 never mentions).

import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import { splitSentences } from './sentences.js';
import { weightSaid, weightyUnsaid } from './vocabulary.js';

export interface Supplement { paragraph: Paragraph; sentence: string }

/** A word of the question this heavy, said by no condition, is a particular the conditions do not settle. */
const PARTICULAR_WEIGHT = 3;

/**
 * The sentence of the rule, outside the conditions, that says most of the question's particulars the conditions do
 * not (by weight); null when none says one.
 */
export function supplementOf(ctx: AnswerContext, notice: Notice, conditions: string, skip: Set<string>): Supplement | null {
  const particulars = weightyUnsaid(ctx.vocab, ctx.qwords, conditions, PARTICULAR_WEIGHT);
  if (!particulars.length) return null;
  let best: (Supplement & { score: number }) | null = null;
  for (const paragraph of notice.paragraphs) {
    if (skip.has(paragraph.id)) continue;
    for (const sentence of splitSentences(paragraph.text)) {
      // the particulars first; the rest of the question breaks ties (嘉定 with 户籍 over 配偶 alone)
      const own = weightSaid(ctx.vocab, particulars, sentence);
      const score = own + 0.1 * weightSaid(ctx.vocab, ctx.qwords, sentence);
      if (own > 0 && (!best || score > best.score)) best = { paragraph, sentence, score };
    }
  }
  return best;
}

// What the conditions leave unsaid: the sentence of another article of the same rule that speaks to the asker's own
// particulars ("户口挂在嘉定老家…那套房算不算" is 第六条's 户籍地住房, which 第五条 never mentions).

import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import { splitSentences } from './sentences.js';

export interface Supplement { paragraph: Paragraph; sentence: string }

/** A word of the question this heavy, said by no condition, is a particular the conditions do not settle. */
const PARTICULAR_WEIGHT = 3;

/**
 * The sentence of the rule, outside the conditions, that says most of the question's particulars the conditions do
 * not (by weight); null when none says one.
 */
export function supplementOf(ctx: AnswerContext, notice: Notice, conditions: string, skip: Set<string>): Supplement | null {
  const said = (w: string, text: string) => ctx.vocab.forms(w).some((f) => text.includes(f));
  const particulars = ctx.qwords.filter((w) => !ctx.vocab.unseen(w) && ctx.vocab.weight(w) >= PARTICULAR_WEIGHT && !said(w, conditions));
  if (!particulars.length) return null;
  let best: (Supplement & { score: number }) | null = null;
  for (const paragraph of notice.paragraphs) {
    if (skip.has(paragraph.id)) continue;
    for (const sentence of splitSentences(paragraph.text)) {
      // the particulars first; the rest of the question breaks ties (嘉定 with 户籍 over 配偶 alone)
      const weigh = (ws: string[]) => ws.filter((w) => said(w, sentence)).reduce((n, w) => n + ctx.vocab.weight(w), 0);
      const own = weigh(particulars);
      const score = own + 0.1 * weigh(ctx.qwords);
      if (own > 0 && (!best || score > best.score)) best = { paragraph, sentence, score };
    }
  }
  return best;
}

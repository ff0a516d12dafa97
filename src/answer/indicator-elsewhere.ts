// A target asked of one plan whose indicator only another plan's table has: the plan asked about sets none.

import type { AnswerContext } from './context.js';
import { indicatorName, namedPlans, namesHeaviest, subjectWords } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';

/** How fully a row's name must say the question's subject to be the indicator asked about. */
const FULL_FIT = 0.9;
/** Below this, no row of the plan asked about is that indicator. */
const NO_FIT = 0.5;

/**
 * "南京西路规划对新增高新技术企业有什么目标？": 苏河湾's table has 新增高新技术企业数, 南京西路's has nothing like it.
 * Returns the other plan's indicator, or null when the plan asked about has a row for it (or nobody has one).
 */
export function indicatorElsewhere(ctx: AnswerContext): string | null {
  const named = namedPlans(ctx);
  if (named.length !== 1) return null;
  const plan = named[0]!;
  const subject = subjectWords(ctx, [plan]);
  if (!subject.length) return null;
  // a plan without an indicator table (城区功能和土地利用) sets its targets in running text
  if (!plan.tables.some((r) => r.kind === 'indicator')) return null;
  let own = 0;
  let other: string | null = null;
  for (const notice of ctx.lookup.corpus.notices) {
    for (const r of notice.tables) {
      if (r.kind !== 'indicator') continue;
      const name = indicatorName(r);
      const fit = weightedCoverage(ctx.vocab, subject, name);
      if (notice.id === plan.id) own = Math.max(own, fit);
      else if (fit >= FULL_FIT && namesHeaviest(ctx, subject, name)) other ??= name;
    }
  }
  return own < NO_FIT ? other : null;
}

// A target asked of one plan whose indicator only another plan's table has: the plan asked about sets none.

import type { AnswerContext } from './context.js';
import { indicatorName, namedPlans, namesHeaviest, subjectWords } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';

/** How fully a row's name must say the question's subject to be the indicator asked about. */
const FULL_FIT = 0.9;
/** Below this, no row of the plan asked about is that indicator. */
const NO_FIT = 0.5;
const REACH_VERB = /^(做到|达到|实现|完成|提高|提升|增加|增长|突破|变成|变为|打算|计划|定为)$/;

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
  for (const r of plan.tables) if (r.kind === 'indicator') own = Math.max(own, weightedCoverage(ctx.vocab, subject, indicatorName(r)));
  if (own >= NO_FIT) return null;
  // other plans' rows naming the heaviest word, found by a scan of names (the full coverage only for those)
  // "做到", "达到" say how a figure is reached, not which thing ("建筑可阅读" keeps its verb)
  const things = subject.filter((w) => !REACH_VERB.test(w));
  const asked = things.length ? things : subject;
  const heaviest = asked.reduce((a, b) => (ctx.vocab.specificity(b) > ctx.vocab.specificity(a) ? b : a));
  const forms = ctx.vocab.forms(heaviest);
  const other = ctx.lookup.indicators.find(({ notice, record }) => {
    const name = indicatorName(record);
    return notice.id !== plan.id && forms.some((f) => name.includes(f))
      && weightedCoverage(ctx.vocab, asked, name) >= FULL_FIT && namesHeaviest(ctx, subject, name);
  });
  return other ? indicatorName(other.record) : null;
}

// Progress: how far a target has come, read from an indicator table that reports it ("中期完成情况").

import type { Notice, TableRecord } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { recordChunkOf, recordEvidence } from './evidence.js';
import {
  describeValues, indicatorName, namedPlans, namesHeaviest, PROGRESS_ASKED, PROGRESS_COLUMN, recordChecks, sourceName, subjectWords,
} from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';

/** Words that ask about progress, not which indicator. */
const PROGRESS_WORD = /^(实际|现在|目前|如今|已经|做到|完成|完成情况|进展|达成|中期|评估|比|跟|怎样|情况|没有|到底)$/;

interface Candidate { notice: Notice; record: TableRecord; fit: number; named: boolean }

/** Indicator rows of tables that report progress, scored by how much of the question's subject their name says. */
function candidates(ctx: AnswerContext): Candidate[] {
  const out: Candidate[] = [];
  const plans = namedPlans(ctx);
  for (const notice of ctx.lookup.corpus.notices) {
    const rows = notice.tables.filter((r) => r.kind === 'indicator' && r.columns.some((c) => PROGRESS_COLUMN.test(c)));
    if (!rows.length) continue;
    const subject = subjectOf(ctx, [notice, ...plans]);
    for (const record of rows) {
      const name = indicatorName(record);
      const fit = subject.length ? weightedCoverage(ctx.vocab, subject, name) : 0;
      out.push({ notice, record, fit, named: namesHeaviest(ctx, subject, name) });
    }
  }
  return out.sort((a, b) => b.fit - a.fit);
}

/** What the question asks the progress of; "…目标是多少？现在实际做到多少了？": a part naming nothing, the whole's. */
function subjectOf(ctx: AnswerContext, notices: Notice[]): string[] {
  const own = subjectWords(ctx, notices).filter((w) => !PROGRESS_WORD.test(w));
  if (own.length) return own;
  return subjectWords({ ...ctx, qwords: ctx.contextWords ?? [] }, notices).filter((w) => !PROGRESS_WORD.test(w));
}

export function composeProgress(ctx: AnswerContext, draft: Draft): boolean {
  if (!PROGRESS_ASKED.test(ctx.question)) return false;
  const best = candidates(ctx)[0];
  if (!best || best.fit < MIN_FIT || !best.named) return false;
  const { notice, record } = best;
  const { text, headers } = describeValues(record);
  const n = draft.cite(recordEvidence(ctx.lookup, recordChunkOf(ctx.hits, notice, record), notice, record, headers));
  if (n === null) return false;
  draft.say(`${sourceName(notice, record.caption)}中，“${indicatorName(record)}”${text}。`, n);
  const checks = recordChecks(ctx, record);
  draft.reasons = checks.reasons;
  draft.support = best.fit * checks.factor;
  return true;
}

/** The row's name must say most of what is asked about (as a target's must). */
const MIN_FIT = 0.5;

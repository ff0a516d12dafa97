// Responsibilities: 牵头单位 / 配合单位 of a task record, or the sentences that say who is responsible.

import { quotedTerms } from '../core/text.js';
import type { Chunk } from '../engine/types.js';
import type { Notice, TableRecord } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { recordEvidence } from './evidence.js';
import { planName } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';

interface Candidate { chunk: Chunk; notice: Notice; record: TableRecord; fit: number }

/** How much of a quoted term a task must say, in any order ("儿童友好社区示范点…街镇全覆盖" quoted shorter). */
const QUOTED_SAID = 0.8;

const ASKING = /^(牵头|牵头单位|配合|配合单位|责任单位|负责|单位|部门|哪个|由谁|主要|工作|任务)$/;

export function composeResponsibility(ctx: AnswerContext, draft: Draft): boolean {
  const subject = ctx.qwords.filter((w) => !ASKING.test(w));
  // a term the question quotes ("“健康细胞”建设") is what it asks about: a task that does not use it is another task
  const quoted = quotedTerms(ctx.question);
  const cands: Candidate[] = [];
  for (const h of ctx.hits.slice(0, 10)) {
    const found = h.chunk.recordId ? ctx.lookup.record(h.chunk.recordId) : undefined;
    if (!found || found.record.kind !== 'task') continue;
    const r = found.record;
    const text = `${r.cells['类别'] ?? ''}${r.cells['项目'] ?? ''}${r.cells['具体任务'] ?? ''}`;
    if (quoted.length && !quoted.some((t) => weightedCoverage(ctx.vocab, ctx.vocab.words(t), text) >= QUOTED_SAID)) continue;
    cands.push({ chunk: h.chunk, notice: found.notice, record: r, fit: weightedCoverage(ctx.vocab, subject, text) });
  }
  const best = cands.sort((a, b) => b.fit - a.fit)[0];
  if (!best || best.fit < 0.5) return false;
  const c = best.record.cells;
  const n = draft.cite(recordEvidence(ctx.lookup, best.chunk, best.notice, best.record));
  const task = (c['具体任务'] ?? c['项目'] ?? '').replace(/。$/, '');
  const who = [c['牵头单位'] && `牵头单位为${c['牵头单位']}`, c['配合单位'] && `配合单位为${c['配合单位']}`].filter(Boolean).join('，');
  draft.say(`《${planName(best.notice)}》任务分工中，“${task}”一项，${who}。`, n);
  draft.support = best.fit;
  return true;
}

// Facts, definitions, procedures, dates and responsibilities: the sentences of the retrieved passages that answer.

import type { Chunk } from '../engine/types.js';
import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { chunkParagraphs, recordEvidence, sentenceEvidence } from './evidence.js';
import { splitSentences } from './sentences.js';
import { weightedCoverage } from './vocabulary.js';
import { planName } from './compose-target.js';

interface Candidate {
  chunk: Chunk;
  notice: Notice;
  paragraph: Paragraph;
  sentence: string;
  score: number;
  rank: number;
}

const DATE = /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?/;

/** Extra weight for sentences of the shape the question type asks for. */
function shapeBonus(ctx: AnswerContext, s: string, p: Paragraph): number {
  switch (ctx.type) {
    case 'date': return DATE.test(s) ? 0.35 : 0;
    case 'responsibility': return /牵头|负责|责任单位|配合/.test(s) ? 0.3 : 0;
    case 'definition': return /是指|指由|是政府|是.{2,20}的/.test(s) ? 0.25 : 0;
    case 'procedure': return /→|步骤|流程/.test(s) || p.role === 'item' ? 0.25 : 0;
    default: return 0;
  }
}

function candidates(ctx: AnswerContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.hits.slice(0, 6).forEach((h, rank) => {
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    if (!notice) return;
    // title, number and date lines are not answers, except to "when" questions
    const paragraphs = chunkParagraphs(ctx.lookup, h.chunk).filter((p) => p.role !== 'meta' && p.role !== 'heading');
    if (ctx.type === 'date' && rank < 3) paragraphs.push(...notice.paragraphs.filter((p) => p.role === 'meta' && DATE.test(p.text)));
    for (const p of paragraphs) {
      for (const s of splitSentences(p.text)) {
        const own = weightedCoverage(ctx.vocab, ctx.qwords, s);
        const ctxCov = weightedCoverage(ctx.vocab, ctx.qwords, `${h.chunk.contextLine} ${p.path.join(' ')} ${s}`);
        const score = own * 0.45 + ctxCov * 0.45 + shapeBonus(ctx, s, p) + 0.12 / (rank + 1);
        out.push({ chunk: h.chunk, notice, paragraph: p, sentence: s, score, rank });
      }
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

/** For a procedure, the whole list under the heading; otherwise the best sentence and close seconds. */
function select(ctx: AnswerContext, cands: Candidate[]): Candidate[] {
  const best = cands[0]!;
  if (ctx.type === 'procedure') {
    const same = cands.filter((c) => c.chunk.id === best.chunk.id && c.paragraph.headingId === best.paragraph.headingId);
    const ordered = same.sort((a, b) => a.paragraph.span.start - b.paragraph.span.start || a.paragraph.text.indexOf(a.sentence) - b.paragraph.text.indexOf(b.sentence));
    return ordered.slice(0, 12);
  }
  const picked = [best];
  const most = ctx.type === 'definition' || ctx.type === 'date' ? 1 : 3;
  for (const c of cands.slice(1, 12)) {
    if (picked.length >= most) break;
    if (c.score >= best.score * 0.8 && !picked.some((p) => p.sentence === c.sentence)) picked.push(c);
  }
  return picked;
}

export function composeGeneral(ctx: AnswerContext, draft: Draft): boolean {
  const recordHit = ctx.hits[0]?.chunk.recordId ? ctx.lookup.record(ctx.hits[0].chunk.recordId) : undefined;
  const cands = candidates(ctx);
  if (!cands.length && !recordHit) return false;
  if (recordHit && (!cands.length || cands[0]!.rank > 0)) return composeRecord(ctx, draft, recordHit.record.id);
  const picked = select(ctx, cands);
  const groups = new Map<string, Candidate[]>();
  for (const c of picked) groups.set(c.paragraph.id, [...(groups.get(c.paragraph.id) ?? []), c]);
  for (const group of groups.values()) {
    const first = group[0]!;
    const n = draft.cite(sentenceEvidence(first.chunk, first.notice, first.paragraph, group.map((g) => g.sentence)));
    const where = first.paragraph.path.at(-1);
    draft.say(`《${planName(first.notice)}》${where ? `“${where}”` : ''}：${group.map((g) => g.sentence).join('')}`, n);
  }
  const used = picked.map((p) => `${p.chunk.contextLine} ${p.paragraph.path.join(' ')} ${p.sentence}`).join(' ');
  draft.support = weightedCoverage(ctx.vocab, ctx.qwords, used) * keyTermFactor(ctx, used);
  return !draft.isEmpty();
}

/**
 * The question's most specific words (the heaviest, e.g. "停车位") must be in the evidence: passages that match
 * everything but the point of the question are not an answer.
 */
export function keyTermFactor(ctx: AnswerContext, evidence: string): number {
  const weights = ctx.qwords.map((w) => ctx.vocab.weight(w));
  const top = Math.max(0, ...weights);
  const missing = ctx.qwords.filter((w, i) => weights[i]! >= top * 0.8 && weights[i]! >= 4
    && !ctx.vocab.forms(w).some((f) => evidence.includes(f)));
  return missing.length ? 0.5 : 1;
}

/** A table record that retrieval ranked first is quoted as its row. */
function composeRecord(ctx: AnswerContext, draft: Draft, recordId: string): boolean {
  const found = ctx.lookup.record(recordId)!;
  const chunk = ctx.hits[0]!.chunk;
  const headers = found.record.columns.filter((c) => /\d/.test(c) && found.record.cells[c]);
  const n = draft.cite(recordEvidence(ctx.lookup, chunk, found.notice, found.record, headers));
  const cells = found.record.columns.map((c) => `${c}：${found.record.cells[c]}`).filter((x) => !x.endsWith('：')).join('；');
  draft.say(`《${planName(found.notice)}》“${found.record.caption}”：${cells}。`, n);
  draft.support = weightedCoverage(ctx.vocab, ctx.qwords, `${chunk.contextLine} ${found.record.caption} ${Object.values(found.record.cells).join(' ')}`);
  return true;
}

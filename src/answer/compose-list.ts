// Lists: "有哪几条保障措施？" "哪四级？" answered with the sub-headings of the heading that holds them.

import type { Heading, Notice } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { planName, sourceName } from './compose-target.js';
import { spanAcross } from './evidence.js';
import { weightedCoverage } from './vocabulary.js';
import { evidenceChecks, keyTermFactor } from './checks.js';
import { chineseNumber, matchKey, quotedTerms } from '../core/text.js';

export const LIST_ASKED = /哪几|几条|几项|几个方面|几个阶段|哪[一二两三四五六七八九十]|分别|包括哪些|有哪些方面|有哪几|怎么一步步|步骤|阶段|哪些措施|哪些任务|哪些保障/;

interface Candidate { notice: Notice; heading: Heading; children: Heading[]; score: number; chunkIndex: number }

function candidates(ctx: AnswerContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  ctx.hits.slice(0, 6).forEach((h, rank) => {
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    if (!notice) return;
    for (const heading of notice.headings.filter((x) => h.chunk.path.includes(x.text))) {
      if (seen.has(heading.id)) continue;
      seen.add(heading.id);
      const children = notice.headings.filter((x) => x.parentId === heading.id);
      if (children.length < 2 || children.length > 12) continue;
      // the heading itself must name what is asked ("四级联席会议"); its children then are the list
      const own = weightedCoverage(ctx.vocab, ctx.qwords, `${planName(notice)} ${heading.text}`);
      const all = weightedCoverage(ctx.vocab, ctx.qwords, `${planName(notice)} ${heading.text} ${children.map((c) => c.text).join(' ')}`);
      const score = Math.min(own + 0.15, all) + 0.1 / (rank + 1);
      out.push({ notice, heading, children, score, chunkIndex: rank });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

/** "哪四个场馆", "三个集聚带分别…": how many items the question expects, when it says. */
export function countAsked(q: string): number | null {
  const m = /哪([一二两三四五六七八九十])[个项条级类种大所家]/.exec(q);
  return m ? chineseNumber(m[1]!) : null;
}

export function composeList(ctx: AnswerContext, draft: Draft): boolean {
  if (!LIST_ASKED.test(ctx.question)) return false;
  // "哪四个场馆": a list of another length is another list
  const count = countAsked(ctx.question);
  const best = candidates(ctx).find((c) => count === null || c.children.length === count);
  if (!best || best.score < 0.6) return false;
  // a term the question quotes (“五进”) that the list never uses: the list is about something else
  const quoted = quotedTerms(ctx.question);
  const listText = matchKey(`${best.heading.text}${best.children.map((c) => c.text).join('')}`);
  if (quoted.length && !quoted.some((t) => listText.includes(t))) return false;
  const span = spanAcross(best.children);
  const chunk = ctx.hits[best.chunkIndex]!.chunk;
  const n = draft.cite({ chunk, notice: best.notice, parts: best.children.map((c) => c.text), span, path: [...chunk.path.slice(0, chunk.path.indexOf(best.heading.text) + 1)] });
  if (n === null) return false;
  draft.say(`${sourceName(best.notice, best.heading.text)}包括：${best.children.map((c) => c.text).join('；')}。`, n);
  const listed = `${planName(best.notice)} ${best.heading.text} ${best.children.map((c) => c.text).join(' ')}`;
  // as for any passage: a list that matches everything but the point of the question ("示范小区") does not answer
  draft.support = best.score * evidenceChecks(ctx, best.children.map((c) => c.text).join('')).factor * keyTermFactor(ctx, listed);
  return true;
}

// Which passages an answer reads: the named plans' hits, and the paragraphs that go with the best one.

import type { Chunk, Hit } from '../engine/types.js';
import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import { namedPlans } from './compose-target.js';
import { matchKey } from '../core/text.js';
import { weightSaid, weightyUnsaid } from './vocabulary.js';
import { DOC_NUMBER_YEAR } from './checks.js';

export interface ParagraphPick { chunk: Chunk; notice: Notice; paragraph: Paragraph; score: number; rank: number }

/**
 * The passages to read: the question's named plans only, when it names any — and the notices written about them
 * (a plan's 编制说明 or 政策解读 carries the plan's title in its own).
 */
export function hitsFor(ctx: AnswerContext): Hit[] {
  const named = namedPlans(ctx);
  const hits = ctx.hits.slice(0, 8);
  // several areas set side by side ("南京西路集聚带…比苏河湾、中环两翼高出几倍") are compared in the district's own
  // notices (产业规划, 中期评估), not in any one area's plan
  if (!named.length || ctx.vocab.areasNamed(ctx.original || ctx.question).length >= 2) return hits;
  if (reportedSince(ctx, named)) return hits;
  const key = (t: string) => matchKey(t).replace(/[《》"']/g, '');
  const titles = named.map((n) => key(n.carriedTitle ?? n.title));
  const about = (h: Hit) => named.some((n) => n.id === h.chunk.noticeId)
    || titles.some((t) => t.length >= 4 && key(h.chunk.noticeTitle).includes(t));
  return hits.filter(about);
}

/**
 * "截至2023年6月底，苏河湾功能区有多少家…": a year after the area's plan was issued and before its period ends asks
 * what was reported then (the 中期评估), not what the plan says; a plan named by its title still speaks alone.
 */
function reportedSince(ctx: AnswerContext, named: Notice[]): boolean {
  if (ctx.vocab.noticesNamed(ctx.question).length || /规划|计划|目标/.test(ctx.question)) return false;
  const issued = Math.max(...named.map((n) => Number(n.date?.slice(0, 4) ?? 9999)));
  return [...ctx.question.matchAll(/(20\d{2})\s*年/g)].some((m) => Number(m[1]) > issued && Number(m[1]) < PLAN_END);
}

/** The last year of the plans' period (十四五: 2021–2025): a year before it is progress, it and after are targets. */
const PLAN_END = 2025;

/**
 * "交材料…少带了一份证明": 第九条's first paragraph says where to hand them in, its second what happens when they are
 * incomplete (尚未齐备). A paragraph under the best one's heading that says a weighty word of the question the chosen
 * ones do not joins them, in source order.
 */
export function withSibling(ctx: AnswerContext, picks: ParagraphPick[], chosen: ParagraphPick[]): ParagraphPick[] {
  const best = chosen[0]!;
  const text = chosen.map((c) => c.paragraph.text).join('');
  const unsaid = weightyUnsaid(ctx.vocab, ctx.qwords, text, SIBLING_WORD);
  // "2023年和2025年…分别要达到多少": of years set side by side, one the chosen paragraph does not reach is as weighty
  // as a word (one year alone is often only the time of a fact found elsewhere: probe6 −1)
  const asked = [...new Set(ctx.question.match(/20\d{2}(?=\s*年)/g) ?? [])];
  const years = asked.length >= 2 ? asked.filter((y) => !text.includes(y)) : [];
  if (!unsaid.length && !years.length) return chosen;
  const weigh = (p: ParagraphPick) => weightSaid(ctx.vocab, unsaid, p.paragraph.text)
    + years.filter((y) => p.paragraph.text.includes(y)).length * SIBLING_WORD;
  const sibling = picks
    .filter((p) => p.paragraph.headingId === best.paragraph.headingId && !chosen.includes(p) && !otherYear(ctx.question, p.paragraph.text))
    .sort((a, b) => weigh(b) - weigh(a))[0];
  if (!sibling || !weigh(sibling)) return chosen;
  return [...chosen, sibling].sort((a, b) => (a.chunk.noticeId === b.chunk.noticeId ? a.paragraph.span.start - b.paragraph.span.start : 0));
}

/**
 * "申请受理审核是哪个单位负责的": an article of duties says one body's share per paragraph ("区住房保障和房屋管理局…负责
 * …指导与监督", "区住房保障中心…负责…受理和审核", "运营机构负责…具体实施…申请受理"). Asked who, the other paragraphs
 * under the best one's heading that say who is responsible for the thing asked about join it, in source order.
 */
export function withDuties(ctx: AnswerContext, picks: ParagraphPick[], chosen: ParagraphPick[]): ParagraphPick[] {
  const best = chosen[0]!;
  if (ctx.type !== 'responsibility' || !DUTY.test(best.paragraph.text)) return chosen;
  const asked = ctx.qwords.filter((w) => !ctx.vocab.unseen(w) && !DUTY_ASKING.test(w));
  const duties = picks.filter((p) => p.paragraph.headingId === best.paragraph.headingId && !chosen.includes(p)
    && DUTY.test(p.paragraph.text) && asked.some((w) => ctx.vocab.says(p.paragraph.text, w))).slice(0, 2);
  if (!duties.length) return chosen;
  return [...chosen, ...duties].sort((a, b) => (a.chunk.noticeId === b.chunk.noticeId ? a.paragraph.span.start - b.paragraph.span.start : 0));
}
const DUTY = /负责/;
const DUTY_ASKING = /^(负责|单位|部门|哪个|管|归|谁)$/;

/**
 * "（六）承租人无正当理由累计6个月以上未实际居住…；" is one item of a list its article announces ("承租人有下列情形之一
 * 的，区运营机构有权终止租赁合同…："): the item alone does not say what follows from it, so the announcing paragraph
 * goes before it.
 */
export function withLead(ctx: AnswerContext, chosen: ParagraphPick[]): ParagraphPick[] {
  const best = chosen[0]!;
  if (best.paragraph.role !== 'item' || !best.paragraph.headingId) return chosen;
  const under = ctx.lookup.underHeading(best.paragraph.headingId);
  const lead = [...under].reverse().find((p) => p.span.start < best.paragraph.span.start && /[：:]\s*$/.test(p.text) && p.role !== 'item');
  if (!lead || chosen.some((c) => c.paragraph.id === lead.id)) return chosen;
  return [{ ...best, paragraph: lead }, ...chosen];
}

/**
 * "到2025年要做到多大规模" under a 发展目标 whose paragraphs open "到2023年，…" and "到2025年，…": a paragraph set at
 * another year than the one asked is about another time, whatever words it shares (the 2023 one names 医疗器械).
 */
export function otherYear(question: string, text: string): boolean {
  const asked = question.replace(DOC_NUMBER_YEAR, '').match(/20\d{2}(?=\s*年)/g);
  const set = /^(到|至|截至)\s*(20\d{2})\s*年/.exec(text)?.[2];
  return !!asked && asked.length === 1 && !!set && set !== asked[0] && !text.includes(asked[0]!);
}

/** A word of the question this weighty, left unsaid by the passage chosen, is worth a sibling paragraph. */
const SIBLING_WORD = 4;

/** A procedure is every paragraph under the best paragraph's heading, in source order. */
export function procedureParagraphs(picks: ParagraphPick[], best: ParagraphPick): ParagraphPick[] {
  return picks.filter((p) => p.chunk.id === best.chunk.id && p.paragraph.headingId === best.paragraph.headingId)
    .sort((a, b) => a.paragraph.span.start - b.paragraph.span.start).slice(0, 8);
}

// Eligibility: the conditions with their AND/OR structure, checked against the facts the resident stated.

import type { Chunk } from '../engine/types.js';
import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { combine, decideClause, type ClauseResult, type Verdict } from './eligibility-rules.js';
import { chunkParagraphs, paragraphChunk, paragraphSentences, sectionParagraphs, spanAcross } from './evidence.js';
import { supplementOf } from './eligibility-supplement.js';
import { statedFacts, type StatedFacts } from './question.js';
import { planName, sourceName } from './compose-target.js';
import { evidenceChecks, FOREIGN, limitUnsaid } from './checks.js';
import { concerns } from './lookup.js';

interface Group {
  mode: 'any' | 'all';
  lead: Paragraph;
  items: Paragraph[];
}

/** Lead sentences ending in "：" open a group: "…符合以下条件之一：" (any) or "…同时符合以下条件：" (all). */
export function readGroups(paragraphs: Paragraph[]): Group[] {
  const groups: Group[] = [];
  for (const p of paragraphs) {
    if (/条件[^。]*[：:]$/.test(p.text)) {
      groups.push({ mode: /之一/.test(p.text) ? 'any' : 'all', lead: p, items: [] });
    } else if (p.role === 'item' && groups.length && /^[（(][一二三四五六七八九十]+[）)]/.test(p.text)) {
      groups[groups.length - 1]!.items.push(p);
    }
  }
  return groups.filter((g) => g.items.length > 0);
}

/**
 * Employers apply under their own clauses: who may apply as one ("（三）单位申请人。各类企事业单位、社会组织可为本单位
 * 职工…申请"), found among the passages, and what it must be ("…单位申请人，应为注册在本区范围内的…"), from the same
 * notice whether retrieval returned it or not. Where the asker says where the employer is registered, say whether that meets it.
 */
function unitApplicant(ctx: AnswerContext, draft: Draft): boolean {
  const found = ctx.hits.flatMap((h) => chunkParagraphs(ctx.lookup, h.chunk).map((p) => ({ p, chunk: h.chunk })))
    .filter(({ p }) => /单位申请人/.test(p.text) && !/条件[^。]*[：:]$/.test(p.text));
  const who = found.find(({ p }) => /^[（(][一二三四五六七八九十]+[）)]单位申请人/.test(p.text)) ?? found[0];
  const notice = who && ctx.lookup.notice(who.chunk.noticeId);
  if (!who || !notice) return false;
  const demand = notice.paragraphs.find((p) => p.id !== who.p.id && /单位申请人[，,]?应/.test(p.text));
  const picked = [who, ...(demand ? [{ p: demand, chunk: paragraphChunk(notice, demand) }] : [])];
  draft.say(`《${planName(notice)}》规定：`);
  for (const { p, chunk } of picked) draft.say(p.text, draft.cite({ chunk, notice, parts: [p.text], span: p.span, path: p.path }));
  const registered = /注册(?:地)?(?:在|于|是)([^，,。？?]{1,8})/.exec(ctx.original)?.[1];
  const local = demand && /注册在本区/.test(demand.text) && registered ? /静安|本区/.test(registered) : undefined;
  if (local === false) draft.say('按您说的情况，单位注册地不在本区，不符合“注册在本区范围内”的要求；职工个人能否申请，要按个人的申请条件另行对照。');
  if (local === true) draft.say('按您说的情况，单位注册在本区，符合单位申请人“注册在本区范围内”的要求；能否取得准入资格以审核为准。');
  draft.support = 1;
  return true;
}

function conditionsChunk(ctx: AnswerContext): { chunk: Chunk; notice: Notice; groups: Group[] } | null {
  for (const h of ctx.hits.slice(0, 8)) {
    const groups = readGroups(chunkParagraphs(ctx.lookup, h.chunk));
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    if (groups.length && notice) return { chunk: h.chunk, notice, groups };
  }
  return null;
}


const clean = (s: string) => s.replace(/[；;。]$/, '');

/** A group's clauses decided (r) beside the items they were read from (of), which skip items no atom reads. */
type GroupResult = { g: Group; r: ClauseResult[]; of: Paragraph[]; v: Verdict };

/**
 * What the stated facts already meet: of an "any" group the first alternative met in full, named by its item number;
 * of an "all" group every demand met, even while others are still unknown.
 */
function metLine(results: GroupResult[]): string | null {
  const met: string[] = [];
  for (const { g, r, of, v } of results) {
    if (g.mode === 'all') { for (const c of r) met.push(...c.met); continue; }
    const i = r.findIndex((c) => c.verdict === 'met');
    const item = v === 'met' && i >= 0 ? /^[（(][一二三四五六七八九十]+[）)]/.exec(of[i]!.text)?.[0] : undefined;
    if (item) met.push(`“符合以下条件之一”中的第${item}项（${r[i]!.met.join('、')}）`);
  }
  return met.length ? `按您说的情况，已满足：${[...new Set(met)].join('；')}。` : null;
}

function verdictLine(results: GroupResult[]): string[] {
  const failed = new Set<string>();
  const alternatives: string[] = [];
  const unknown = new Set<string>();
  for (const { g, r, v } of results) {
    // an "any" group fails only when every alternative does: say what each one lacked; an "all" group, each failure
    if (v === 'failed' && g.mode === 'any') alternatives.push(...r.map((c) => c.failed[0]!));
    if (v === 'failed' && g.mode === 'all') for (const c of r) c.failed.forEach((x) => failed.add(x));
    if (v === 'unknown') for (const c of r) if (g.mode === 'all' || c.verdict !== 'failed') c.unknown.forEach((x) => unknown.add(x));
  }
  const lines: string[] = [];
  const met = metLine(results);
  if (met) lines.push(met);
  if (alternatives.length) lines.push(`按您说的情况，“符合以下条件之一”的各项都不满足：${[...new Set(alternatives)].join('；')}。`);
  if (failed.size) lines.push(`按您说的情况，以下要求不满足：${[...failed].join('；')}。`);
  // the groups must all be met: once one has failed, nothing left to confirm can change the answer
  const settled = results.some(({ v }) => v === 'failed');
  if (unknown.size && !settled) lines.push(`还需要确认：${[...unknown].join('；')}。请补充这些情况，我再帮您对照。`);
  return lines;
}

function conclusion(v: Verdict, facts: StatedFacts): string {
  if (!Object.keys(facts).length) return '请告诉我您的户口、就业单位、合同期限、社保和住房情况，我可以逐条对照。';
  if (v === 'met') return '结论：按您提供的情况，上述条件均已满足，可以提出申请；能否取得准入资格以区住房保障机构的审核为准。';
  if (v === 'failed') return '结论：按您提供的情况，不符合上述申请条件。';
  return '结论：目前还不能确定是否符合条件。';
}

/** Words in which residents state their circumstances; what is left of a question is what it asks about. */
const CIRCUMSTANCE_WORDS = /户口|户籍|居住证|上班|工作|就业|单位|公司|合同|社保|外地|外省|本地|常住|静安|上海|本市|本区|申请|资格|条件|符合|享受|面积|人均|家庭|夫妻|孩子|老婆|老公|一家|区里/;

/**
 * Stated circumstances make any question look like an eligibility one: "外地户口…常住静安…能享受区里免费的科学育儿
 * 上门指导吗" asks about a 托育 service, not about 公租房. The question is about another matter when the words it asks
 * with (circumstances aside) say more, by specificity, of the best passage's notice than of the conditions' notice.
 */
function asksAboutOtherMatter(ctx: AnswerContext, conditions: Notice): boolean {
  const top = ctx.hits[0] && ctx.lookup.notice(ctx.hits[0].chunk.noticeId);
  if (!top || concerns(top, conditions)) return false;
  const said = askedWeight(ctx);
  return said(ctx.lookup.text(top)) > said(ctx.lookup.text(conditions));
}

/**
 * Within the conditions' own rule, another article may be what is asked: "户籍地那套房要算进去吗" is 第六条's 住房面积的
 * 计算, "能租两室的吗" 第七条's 配租标准. The question is about another article when its words (circumstances aside)
 * say more, by specificity, of a section ranked in the top three than of the conditions' section.
 */
function asksAboutOtherArticle(ctx: AnswerContext, conditions: Chunk): boolean {
  const said = askedWeight(ctx);
  const section = (c: Chunk) => said(`${c.path.join(' ')} ${sectionParagraphs(ctx.lookup, c).map((p) => p.text).join('')}`);
  const own = section(conditions);
  return ctx.hits.slice(0, 3).some((h) => h.chunk.id !== conditions.id && !h.chunk.recordId && section(h.chunk) > own);
}

/** How much a text says of what the question asks with (circumstances aside): the specificity of the words it uses. */
function askedWeight(ctx: AnswerContext): (text: string) => number {
  const words = ctx.qwords.filter((w) => !CIRCUMSTANCE_WORDS.test(w) && !ctx.vocab.unseen(w));
  return (text) => words.filter((w) => ctx.vocab.says(text, w))
    .reduce((sum, w) => sum + ctx.vocab.specificity(w), 0);
}

/** Asked about the conditions themselves (not about one rule that happens to mention 申请). */
const CONDITIONS_ASKED = /申请条件|什么条件|哪些条件|够条件|符合条件|符不符合|够不够|有资格|够资格|资格吗|条件吗|能申请吗|能不能申请|可以申请吗|可不可以申请|能否申请/;

/**
 * "对收入有没有上限？会不会超标": a limit asked on something (收入, 年龄…) that no condition names is no eligibility
 * case; the conditions quoted would read as an answer about it. Left to the general gate, which finds it unsaid.
 */
function limitUnnamed(ctx: AnswerContext, groups: Group[]): string | null {
  const text = groups.flatMap((g) => [g.lead.text, ...g.items.map((i) => i.text)]).join('');
  return limitUnsaid(ctx.vocab, ctx.original, text) ?? limitUnsaid(ctx.vocab, ctx.question, text);
}

/** A particular of the asker's that the conditions leave unsaid, from another article of the rule, quoted after them. */
function saySupplement(ctx: AnswerContext, draft: Draft, found: { chunk: Chunk; notice: Notice }, groups: Group[]): void {
  const own = groups.flatMap((g) => [g.lead, ...g.items]);
  const extra = supplementOf(ctx, found.notice, own.map((p) => p.text).join(''), new Set(own.map((p) => p.id)));
  if (!extra) return;
  const { paragraph, sentence } = extra;
  const n = draft.cite(paragraphSentences(found.notice, paragraph, [sentence]));
  const where = paragraph.path.at(-1);
  draft.say(`另外，${where ? `“${where}”` : ''}规定：${sentence}`, n);
}

const factsOf = (ctx: AnswerContext) => statedFacts([...ctx.history.filter((m) => m.role === 'user').map((m) => m.content), ctx.original].join('\n'));

/** A case to judge: the asker states their circumstances or asks the conditions; else "能住几年" only sounds like one. */
export function eligibilityCase(ctx: AnswerContext): boolean {
  return Object.keys(factsOf(ctx)).length > 0 || CONDITIONS_ASKED.test(ctx.question);
}

export function composeEligibility(ctx: AnswerContext, draft: Draft): boolean {
  if (!eligibilityCase(ctx)) return false;
  const facts = factsOf(ctx);
  const checks = evidenceChecks(ctx, '');
  if (checks.reasons.some((r) => r.startsWith(FOREIGN))) { draft.reasons = checks.reasons; return false; }
  if (facts.applicant === '单位' && unitApplicant(ctx, draft)) return true;
  const found = conditionsChunk(ctx);
  if (!found || asksAboutOtherMatter(ctx, found.notice) || asksAboutOtherArticle(ctx, found.chunk)) return false;
  const unnamed = limitUnnamed(ctx, found.groups);
  if (unnamed) { draft.reasons = [`no condition on ${unnamed}`]; return false; }
  const results = found.groups.map((g) => {
    const decided = g.items.map((i) => ({ i, c: decideClause(i.text, facts) })).filter((x): x is { i: Paragraph; c: ClauseResult } => x.c !== null);
    const r = decided.map((x) => x.c);
    return { g, r, of: decided.map((x) => x.i), v: r.length ? combine(g.mode, r.map((x) => x.verdict)) : ('unknown' as Verdict) };
  });
  const section = found.chunk.path.at(-1) ?? '';
  draft.say(`${sourceName(found.notice, section)}规定：`);
  for (const { g } of results) {
    const n = draft.cite({
      chunk: found.chunk, notice: found.notice, parts: [g.lead.text, ...g.items.map((i) => i.text)],
      span: spanAcross([g.lead, ...g.items]), path: g.lead.path,
    });
    draft.say(`${clean(g.lead.text)}${g.items.map((i) => clean(i.text)).join('；')}。`, n);
  }
  saySupplement(ctx, draft, found, results.map(({ g }) => g));
  if (Object.keys(facts).length) for (const line of verdictLine(results)) draft.say(line);
  draft.say(conclusion(combine('all', results.map((x) => x.v)), facts));
  draft.support = 1;
  return true;
}

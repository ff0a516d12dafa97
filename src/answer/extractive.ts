// The default answerer: composes a grounded Chinese answer from the retrieved passages, or refuses.

import type { Answerer, ChatMessage, ChatResponse, Citation, RetrievalResult } from '../engine/types.js';
import type { AnswerContext } from './context.js';
import { composeComparison } from './compose-comparison.js';
import { composeDate, composeValidity } from './compose-date.js';
import { composeEligibility, eligibilityCase } from './compose-eligibility.js';
import { composeTenancy } from './compose-tenancy.js';
import { AMOUNT_ASKED, ASKING_CLAUSE, composeGeneral } from './compose-general.js';
import { composeList } from './compose-list.js';
import { composePersonnel, personsIn } from './compose-personnel.js';
import { composeResponsibility } from './compose-responsibility.js';
import { composeTarget } from './compose-target.js';
import { composeProgress } from './compose-progress.js';
import { Draft } from './draft.js';
import { FOREIGN, HARD } from './checks.js';
import { splitQuestion } from '../engine/question-parts.js';
import { dropUngrounded } from './guard.js';
import type { CorpusLookup } from './lookup.js';
import { classifyQuestion, type QuestionType } from './question.js';
import { addStatusNotes, onlyDraftsForFinal } from './status-notes.js';
import { planName } from './compose-target.js';
import { composeRowsByValue } from './compose-rows.js';
import { escapeRegExp, matchKey, MEASURE_WORDS } from '../core/text.js';
import { isModifier, isVerb, type Vocabulary } from './vocabulary.js';
import { entitiesOf, SEPARATOR, type Entity } from './entities.js';

type Composer = (ctx: AnswerContext, draft: Draft) => boolean;

/**
 * "战略性新兴产业企业要新增多少？": an amount to come, asked of a thing a plan's indicator table names, is read from the
 * table; "有多少家" asks what there is, which no target says.
 */
const composeFigure: Composer = (ctx, draft) =>
  AMOUNT_ASKED.test(ctx.question) && TO_COME.test(ctx.question) && composeTarget(ctx, draft);
const TO_COME = /要|将|计划|打算|目标|新增|引进|达到|到\s*20\d{2}/;

const PLAN: Record<QuestionType, Composer[]> = {
  target: [composeRowsByValue, composeProgress, composeTarget, composeList, composeGeneral],
  comparison: [composeProgress, composeComparison, composeTarget, composeGeneral],
  eligibility: [composeTenancy, composeEligibility, composeGeneral],
  personnel: [composePersonnel, composeGeneral],
  responsibility: [composeResponsibility, composeGeneral],
  date: [composeDate, composeValidity, composeList, composeGeneral],
  procedure: [composeList, composeGeneral],
  definition: [composeGeneral],
  fact: [composeTenancy, composeRowsByValue, composeProgress, composeList, composeFigure, composeGeneral],
};

/** Questions whose parts are answered together (the composer reads the whole question). */
const WHOLE: ReadonlySet<QuestionType> = new Set(['eligibility', 'comparison', 'personnel']);

/** Question types whose list of things ("静工集团和城发集团的监事会主席") is answered thing by thing. */
const LISTED: ReadonlySet<QuestionType> = new Set(['comparison', 'personnel']);

/** Minimum evidence support (weighted share of the question covered) below which we refuse; calibrated on eval dev. */
export const DEFAULT_MIN_SUPPORT = 0.22;

export interface ExtractiveDeps {
  lookup: CorpusLookup;
  vocab: Vocabulary;
  today: () => string;
  minSupport?: number;
}

export function lastUserMessage(messages: ChatMessage[]): string {
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

export function createExtractiveAnswerer(deps: ExtractiveDeps): Answerer {
  const minSupport = deps.minSupport ?? DEFAULT_MIN_SUPPORT;
  return {
    async answer(messages, retrieval, opts = {}) {
      const started = performance.now();
      const original = lastUserMessage(messages);
      const question = askedOnce(retrieval.query.rewritten || original);
      const entities = entitiesOf(question, deps.vocab);
      const ctx: AnswerContext = {
        question, original, type: typeOf(question, deps.vocab, entities), entities, hits: retrieval.hits, lookup: deps.lookup,
        vocab: deps.vocab, qwords: deps.vocab.words(question), today: opts.today ?? deps.today(),
        history: messages.slice(0, -1),
      };
      const composed = namesLittle(ctx) ? UNSPOKEN : compose(ctx, minSupport, retrieval.parts);
      const { draft, support, reasons } = composed.draft && onlyDraftsForFinal(question, composed.draft, deps.lookup)
        ? { draft: null, support: 0, reasons: ['no final text: the notices cited are drafts for comment'] } : composed;
      const response = draft ? finish(ctx, draft) : refusal(ctx);
      return { ...response, query: retrieval.query, timings: { ...retrieval.timings, answerMs: performance.now() - started },
        debug: opts.debug ? { ...debugOf(retrieval), type: ctx.type, support, reasons } : undefined };
    },
    parts: (question) => partsOf(question, deps.vocab),
  };
}

/**
 * "静安区今年中考的录取分数线出来了吗？市重点大概要多少分？": a question whose words the notices know are only ones every
 * notice uses (静安区, 重点) asks about nothing they speak of, however well a passage matches those. Known words must
 * weigh this much together: one word found in fewer than 1 in 19 chunks (weight is log-idf, so this holds for a corpus
 * of any size), or a few commoner ones. On the tuning sets no question without history comes under 3.4 but this one (2.45).
 */
const MIN_QUESTION_WEIGHT = 3;
const UNSPOKEN: Composed = { draft: null, support: 0, reasons: ['the question names nothing the notices speak of'] };

function namesLittle(ctx: AnswerContext): boolean {
  return knownWeight(ctx.vocab, ctx.qwords) < MIN_QUESTION_WEIGHT;
}

const knownWeight = (vocab: Vocabulary, words: string[]) => words.filter((w) => !vocab.unseen(w)).reduce((sum, w) => sum + vocab.weight(w), 0);
const namesNoThing = (vocab: Vocabulary, words: string[]) => words.filter((w) => !vocab.unseen(w)).every((w) => isVerb(vocab, w));

/**
 * "累计引进多少家影视文化企业、多少家电竞企业": the amount asked again for the next thing listed asks the same; said once
 * ("多少家影视文化企业、电竞企业"), the things are read as one list.
 */
export function askedOnce(q: string): string {
  return q.replace(ASKED_AGAIN, '$1$2$3$4');
}
const ASKED_AGAIN = new RegExp(`(多少|几)([${MEASURE_WORDS}])([\\p{Script=Han}]{2,12}?)([、和及与])\\1\\2`, 'gu');

/** Asking for each of several things, or whether they agree. */
const EACH_ASKED = /各|分别|同一|一样|相同|一致|哪个|哪一个|谁/;

/**
 * A question naming someone on a personnel list is about that person's posts, however it is phrased; one asking a
 * fact of each of several things it lists ("三个集聚带各贡献了多少税收", "多少家影视文化企业和电竞企业") is a comparison.
 */
function typeOf(question: string, vocab: Vocabulary, entities?: Entity[]): QuestionType {
  const type = classifyQuestion(question);
  if (type !== 'comparison' && personsIn(vocab, question).length) return 'personnel';
  if (type !== 'fact' && type !== 'target' && type !== 'responsibility') return type;
  const each = EACH_ASKED.test(question);
  if (!each && !AMOUNT_ASKED.test(question)) return type;
  const listed = entities ?? entitiesOf(question, vocab);
  // "多少家影视文化企业和电竞企业": an amount of each of several things; areas and notices listed without 各/分别 are
  // read together by the composer that knows them
  return listed.length >= 2 && (each || listed.every((e) => !e.notice)) ? 'comparison' : type;
}

/**
 * What to retrieve one by one: the parts of a several-part question; for a comparison or a list of posts, the
 * question once for each thing it lists with the others left out ("苏河湾和市北哪个功能区面积大" → "苏河湾…",
 * "市北…"), so one of them filling every retrieved place cannot hide the other.
 */
export function partsOf(asked: string, vocab: Vocabulary): string[] {
  const question = askedOnce(asked);
  const split = splitQuestion(question);
  if (split.length > 1) return split;
  const entities = entitiesOf(question, vocab);
  return LISTED.has(typeOf(question, vocab, entities)) ? oneEach(question, entities) : [question];
}

/** The question once for each thing it lists, the others left out; the question itself when it lists fewer than two. */
function oneEach(question: string, entities: Entity[]): string[] {
  if (entities.length < 2) return [question];
  // each part asks about one thing: "分别/各自" no longer applies ("电竞企业分别定了多少家" read as a comparison)
  return entities.map((e) => entities.filter((o) => o !== e).reduce((q, o) => q.replace(listed(o.text), ''), question)
    .replace(/分别|各自/g, ''));
}

/** An entity with the word joining it to the list, on its right or else on its left. */
function listed(text: string): RegExp {
  const t = escapeRegExp(text);
  return new RegExp(`${t}(?:${SEPARATOR.source})|(?:${SEPARATOR.source})?${t}`, 'g');
}

/** What a composition came to; `reasons` are why the last evidence judged was marked down (for the debug view). */
interface Composed { draft: Draft | null; support: number; reasons: string[] }

/**
 * "苏河湾区域有多大？苏州河岸线多长？": each part answered from its own evidence — the passages retrieved for that
 * part when the engine retrieved the parts one by one, else the whole question's.
 */
function compose(ctx: AnswerContext, minSupport: number, byPart: RetrievalResult['parts'], nested = false): Composed {
  // a question in parts is answered part by part, each a comparison or not on its own; an eligibility or personnel
  // case is one case however many question marks it has
  const split = splitQuestion(ctx.question);
  // "承租人要续租得提前多久提出？前后最多能住几年？" sounds like a case (能住) but states none: its parts are answered
  const whole = WHOLE.has(ctx.type) && (ctx.type !== 'eligibility' || eligibilityCase(ctx))
    && (ctx.type !== 'personnel' || samePersons(ctx.vocab, split));
  const parts = whole && (ctx.type !== 'comparison' || split.length === 1) ? thingsCompared(ctx) : split;
  if (parts.length === 1) return composeOne(byPart && whole ? withPartHits(ctx, byPart) : ctx, minSupport);
  const merged = new Draft(ctx.lookup);
  let support = 0;
  let reasons: string[] = [];
  const missing: string[] = [];
  // the hard reasons the part before was refused for (none: it was refused for want of support); null: answered
  let refusedFor: string[] | null = null;
  const own = byPart?.length === parts.length ? byPart : undefined;
  for (const [i, asked] of parts.entries()) {
    const part = withScene(ctx.vocab, swappedPart(asked, own?.[i]?.rewritten), parts[i - 1]);
    const hits = own ? [...own[i]!.hits, ...ctx.hits.filter((h) => !own[i]!.hits.some((x) => x.chunk.id === h.chunk.id))] : ctx.hits;
    const entities = entitiesOf(part, ctx.vocab);
    const sub = {
      ...ctx, hits, question: part, type: typeOf(part, ctx.vocab, entities), entities, qwords: ctx.vocab.words(part),
      contextWords: ctx.qwords,
    };
    // a part that lists things of one document ("…影视文化企业和电竞企业分别定了多少家？") is answered thing by thing
    const each = !nested && parts.length > 1 && thingsCompared(sub).length > 1;
    // "一居室每月租金多少钱？有没有具体标准？": a part naming nothing of its own asks more of what the part before
    // asked; when that was not in the notices, neither is this (nor the same kind of thing a hard refusal missed)
    // "…补贴一个月能补多少钱？怎么申请？": after a part plainly not in the notices (a hard reason), a part that names no
    // thing, only what is done with a word every notice uses (申请), asks about that thing too; "合同一签几年？" names
    // its own, "多久给答复" a step of its own (告知)
    const after = i > 0 && refusedFor !== null && (asksOnlyDetails(part, ctx.vocab, refusedFor)
      || (refusedFor.length > 0 && namesNoThing(ctx.vocab, sub.qwords) && knownWeight(ctx.vocab, sub.qwords) < MIN_QUESTION_WEIGHT));
    const r: Composed = !sub.qwords.length || after ? { draft: null, support: 0, reasons: [] }
      : each ? compose(sub, minSupport, undefined, true) : composeOne(sub, minSupport);
    refusedFor = r.draft ? null : r.reasons.filter((x) => HARD.test(x));
    support = Math.max(support, r.support);
    reasons = r.reasons;
    // "徐汇区的公租房怎么申请？条件跟静安一样吗？": a part about another jurisdiction makes the others about it too
    if (r.reasons.some((x) => x.startsWith(FOREIGN))) return { draft: null, support: r.support, reasons: r.reasons };
    if (r.draft) merged.absorb(r.draft);
    else missing.push(asked);
  }
  if (merged.isEmpty()) return { draft: null, support, reasons };
  for (const m of missing) if (!choiceAnswered(m, merged.text)) merged.say(`关于“${m.replace(/[？?；;]$/, '')}”，现有文件中没有找到相关内容。`);
  merged.support = support;
  return { draft: merged, support, reasons };
}

/**
 * "…定的是多少？是约束性还是预期性？": a choice between things of which the answer so far says exactly one
 * ("（预期性指标）") has been answered, though the part on its own found nothing.
 */
function choiceAnswered(part: string, said: string): boolean {
  const m = /([\p{Script=Han}]{2,8})还是([\p{Script=Han}]{2,8}?)(?:呢|吗|啊)?[？?。]?$/u.exec(part);
  if (!m) return false;
  const first = m[1]!.replace(/^(是|算|属于|为)/, '');
  return said.includes(first) !== said.includes(m[2]!);
}

/**
 * "…要新建几处基础教育设施？医疗卫生和养老设施呢？": a part that puts a thing in place of one the part before asked
 * about is that part's question, as retrieval rewrote it with the parts before it ("…要新建几处医疗卫生和养老设施").
 * A part that only got the topic put before it stays as asked.
 */
function swappedPart(part: string, rewritten: string | undefined): string {
  const own = part.replace(/[？?。！!\s]+$/, '');
  return rewritten && /呢$/.test(own) && !rewritten.includes(own) ? rewritten : part;
}

/**
 * "那宫明军原来是干什么的？绿化市容局原来的副局长谁被免了？": parts about a person and about a post no person is named
 * for are two questions; "换人了吗？新主任是谁？" is one.
 */
function samePersons(vocab: Vocabulary, parts: string[]): boolean {
  const named = parts.map((p) => personsIn(vocab, p).join('、'));
  return !named.some((n, i) => !n && named.some(Boolean) && BODYS_POST.test(parts[i]!));
}
/** A post of a body named in full ("绿化市容局原来的副局长"): a part asking of it asks of its own subject. */
const BODYS_POST = /\p{Script=Han}{2,}(局|委|委员会|中心|办|办公室|街道|办事处|集团)[^，,。？?]{0,6}(局长|主任|书记|经理|主席|馆长|院长|所长|队长)/u;

/**
 * "…市民提意见的截止日期是哪天？可以怎么提？": a part naming nothing at all asks of what the part before set out, its
 * clauses that do not ask ("十四五中期评估报告征求意见稿").
 */
function withScene(vocab: Vocabulary, part: string, before: string | undefined): string {
  if (!before || vocab.words(part).length) return part;
  const scene = before.split(/[，,]/).filter((c) => !ASKING_CLAUSE.test(c));
  return scene.length ? `${scene.join('，')}，${part}` : part;
}

/**
 * A part that names nothing but that details are wanted ("有没有具体标准？", "有明确规定吗？"), or names only the kind of
 * thing the part before was refused for want of ("…一个月多少钱？有没有具体的租金标准？": a sum of money again).
 */
function asksOnlyDetails(part: string, vocab: Vocabulary, refusedFor: string[]): boolean {
  const same = SAME_KIND.filter(([reason]) => refusedFor.some((r) => r.startsWith(reason))).map(([, words]) => words);
  // "每月多少？": a part of nothing but qualifiers asks the amount of the thing the part before named
  return vocab.words(part).every((w) => DETAIL_WORD.test(w) || same.some((words) => words.test(w)) || isModifier(vocab, w));
}
const DETAIL_WORD = /^(标准|规定|要求|说法|细则|具体|数字|数|数额|依据|明确|详细|明细|规范)$/;
/** The words that ask again for what a hard refusal found missing. */
const SAME_KIND: Array<[string, RegExp]> = [
  ['no sum of money', /^(钱|租金|房租|费用|收费|价格|价钱|金额|收费标准|租金标准|价位)$/],
  ['no date', /^(时间|日期|时候|月份|日子|时限|期限)$/],
  ['no phone number', /^(电话|号码|热线|联系方式|联系电话)$/],
];

/**
 * Things listed inside one document ("新增金融企业和高端大健康企业的目标各是多少", "静工集团和城发集团的监事会主席")
 * are answered thing by thing, each as a question of its own; plans, areas and notices compared are read side by
 * side by the comparison composer.
 */
function thingsCompared(ctx: AnswerContext): string[] {
  const entities = ctx.entities ?? [];
  return LISTED.has(ctx.type) && entities.every((e) => !e.notice) ? oneEach(ctx.question, entities) : [ctx.question];
}

/** A question answered whole that was retrieved in parts reads every part's passages after its own. */
function withPartHits(ctx: AnswerContext, byPart: NonNullable<RetrievalResult['parts']>): AnswerContext {
  const seen = new Set(ctx.hits.map((h) => h.chunk.id));
  const hits = [...ctx.hits];
  for (const h of byPart.flatMap((p) => p.hits)) if (!seen.has(h.chunk.id)) { seen.add(h.chunk.id); hits.push(h); }
  return { ...ctx, hits };
}

/** The first composer whose evidence clears the gate; `support` is the best evidence seen, for calibration. */
function composeOne(ctx: AnswerContext, minSupport: number): Composed {
  let support = 0;
  let reasons: string[] = [];
  if (!ctx.hits.length || !ctx.qwords.length) return { draft: null, support, reasons };
  for (const composer of PLAN[ctx.type]) {
    const draft = new Draft(ctx.lookup);
    // a composer that found the notices hold no answer ends the search: another's passage would only seem to answer
    const composed = composer(ctx, draft);
    if (composed && draft.settled) return { draft: null, support: draft.support, reasons: draft.reasons };
    if (!composed || draft.isEmpty()) continue;
    // the reasons reported are those of the best evidence seen, not of whichever composer tried last
    if (draft.support >= support) reasons = draft.reasons;
    support = Math.max(support, draft.support);
    if (draft.support >= minSupport) return { draft, support, reasons };
  }
  return { draft: null, support, reasons };
}

type Body = Pick<ChatResponse, 'answer' | 'answerable' | 'citations' | 'mode' | 'notes'>;

function finish(ctx: AnswerContext, draft: Draft): Body {
  const notes = addStatusNotes(draft, ctx.lookup, ctx.today);
  const safe = dropUngrounded(draft.text, draft.citations, ctx.vocab.persons);
  const { text, citations } = renumber(safe, draft.citations);
  if (!citations.length) return refusal(ctx);
  return { answer: text, answerable: !draft.declined, citations, mode: 'extractive', notes: draft.declined ? [...notes, 'declined: part of what was asked is not in the notices'] : notes };
}

/** Keeps the citations the final text still uses, numbered in order of first use. */
export function renumber(text: string, citations: Citation[]): { text: string; citations: Citation[] } {
  const order: number[] = [];
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const n = Number(m[1]);
    if (!order.includes(n) && citations.some((c) => c.n === n)) order.push(n);
  }
  const map = new Map(order.map((old, i) => [old, i + 1]));
  return {
    text: text.replace(/\[(\d+)\]/g, (all, n: string) => (map.has(Number(n)) ? `[${map.get(Number(n))}]` : '')),
    citations: order.map((old) => ({ ...citations.find((c) => c.n === old)!, n: map.get(old)! })),
  };
}

export function refusal(ctx: Pick<AnswerContext, 'hits' | 'lookup'>): Body {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const h of ctx.hits) {
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    const title = notice ? planName(notice) : h.chunk.shortTitle;
    // a 政策解读 and the rule it explains differ only in bracket width: name the rule once
    if (seen.has(matchKey(title))) continue;
    seen.add(matchKey(title));
    names.push(`《${title}》${h.chunk.docNo ? `（${h.chunk.docNo}）` : ''}`);
    if (names.length === 3) break;
  }
  const closest = names.length ? `与问题最接近的文件是：${names.join('、')}，但其中没有相关规定。` : '';
  return {
    answer: `现有文件中没有找到能回答这个问题的内容。${closest}如需确认，请咨询相关主管部门。`,
    answerable: false, citations: [], mode: 'extractive', notes: ['refused: evidence below threshold'],
  };
}

function debugOf(r: RetrievalResult): NonNullable<ChatResponse['debug']> {
  return {
    hits: r.hits.map((h) => ({ chunkId: h.chunk.id, noticeId: h.chunk.noticeId, section: h.chunk.path.join(' > '), score: h.score, stages: h.stages })),
  };
}

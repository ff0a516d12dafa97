// Facts, definitions, procedures, dates and responsibilities: the sentences of the retrieved passages that answer.

import type { Chunk, Hit } from '../engine/types.js';
import type { Notice, Paragraph, TableRecord } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import { Draft as DraftClass, type Draft } from './draft.js';
import { chunkParagraphs, recordEvidence, sectionParagraphs, sentenceEvidence } from './evidence.js';
import { hitsFor, otherYear, procedureParagraphs, withDuties, withLead, withSibling, type ParagraphPick } from './passages.js';
import { splitSentences } from './sentences.js';
import { isModifier, weightedCoverage, withoutPreamble } from './vocabulary.js';
import { describeValues, planName, recordChecks, recordSays, sayTargetOnly, sourceName } from './compose-target.js';
import { citeRuleBehind } from './rule-behind.js';
import { indicatorElsewhere } from './indicator-elsewhere.js';
import { answersKind, evidenceChecks, focusWord, keyTermFactor, namesKind, PLACE, PLACE_ASKED, FIGURE, RATIO, RATIO_ASKED, SANCTION } from './checks.js';
import { matchKey, quotedTerms, rareQuotes } from '../core/text.js';
import { composePersonnel, otherBodysRow, personsIn } from './compose-personnel.js';
import { countAsked, LIST_ASKED } from './compose-list.js';
import { ISSUE_ASKED } from './compose-date.js';

const DATE = /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?/;
/** The covering sentence of a forwarding notice ("…已经区政府同意，现转发给你们") answers nothing but "when". */
const FORWARDING = /现(印发|批转|转发)给你们|请遵照执行|请认真(按照|贯彻)?执行|^区政府各委、办、局/;
const FORWARDING_ALL = new RegExp(FORWARDING.source, 'g');
/** A question about a post or a person named; "能不能在居委会办政务" is not, though a 行政服务中心 row ranks first. */
const POST_ASKED = /谁|哪位|哪几位|什么人|人事|任命|任免|免去|职务|担任|主任|局长|书记|主席|队长|政委|经理|处长|科长|领导/;

/** "达**家": a figure the draft left blank is not an answer. */
const PLACEHOLDER = /\*\*/;

/** Extra weight for sentences of the shape the question asks for: a list it counts, and its type's own shape. */
function shapeBonus(ctx: AnswerContext, s: string, p: Paragraph): number {
  return listShape(ctx.question, s) + typeShape(ctx, s, p);
}

function typeShape(ctx: AnswerContext, s: string, p: Paragraph): number {
  switch (ctx.type) {
    case 'date': return DATE.test(s) ? 0.35 : 0;
    case 'responsibility': return /牵头|负责|责任单位|责任部门|配合/.test(s) ? 0.3 : 0;
    case 'definition': return /是指|指由|是政府|是.{2,20}的/.test(s) ? 0.25 : 0;
    // "去哪儿申请": the way in, by its place (an address, a window, 一网通办), not the steps after it
    case 'procedure': return (PLACE_ASKED.test(ctx.question) ? (PLACE.test(s) ? 0.3 : 0) : /→|步骤|流程/.test(s) || p.role === 'item' ? 0.25 : 0)
      + figureOrSanction(ctx.question, s);
    default: return (PERMISSION_ASKED.test(ctx.question) && /不得|禁止|严禁|允许|可以|不能|不予|不可/.test(s) ? 0.15 : 0)
      + figureOrSanction(ctx.question, s);
  }
}

/**
 * A task paragraph's closing "（责任单位：…）" says who does every sentence of it: in choosing the paragraph, a sentence
 * naming the task ("组织开展以灭蚊、蝇、鼠、蟑为主的…") counts as saying who; the sentences quoted are chosen as before.
 */
function taskTagged(ctx: AnswerContext, s: string, p: Paragraph): number {
  return ctx.type === 'responsibility' && TASK_TAG.test(p.text) && !typeShape(ctx, s, p) ? 0.3 : 0;
}
const TASK_TAG = /[（(]责任单位[：:]/;

/** "多久", "多少": a sentence with a number; "要是…会怎么样": one stating what follows. */
function figureOrSanction(q: string, s: string): number {
  return (AMOUNT_ASKED.test(q) && /\d/.test(s) ? 0.2 : 0) + (FIGURES_ASKED.test(q) && FIGURE.test(s) ? 0.2 : 0)
    + (RATIO_ASKED.test(q) && RATIO.test(s) ? 0.3 : 0)
    + (CONSEQUENCE_ASKED.test(q) && SANCTION.test(s) ? CONSEQUENCE_BONUS : 0);
}

/**
 * "哪几个'化'", "哪四个场馆": the answer is often a sentence that lists them ("工作体系健全化、健康环境全域化…"); one
 * listing as many items as the question counts, more so.
 */
function listShape(q: string, s: string): number {
  if (!LIST_ASKED.test(q)) return 0;
  const size = Math.max(0, ...s.split(/[，,；;。：:]/).map((c) => {
    const seps = (c.match(/、/g) ?? []).length;
    return seps ? seps + 1 + (/、[^、]*(和|及|与)[^、]*$/.test(c) ? 1 : 0) : 0;
  }));
  if (size < 3) return 0;
  return size === countAsked(q) ? 0.3 : 0.1;
}

/** Weight of a sentence stating what follows: 0.2 → 0.3 once "要是" stopped counting as a word of the question (flat up to 0.4). */
const CONSEQUENCE_BONUS = 0.3;
/** "要是…拖着不去办呢？", "不签合同会怎么样？": what follows is asked, and a rule's sanction says it. */
const CONSEQUENCE_ASKED = /会怎么?样|什么后果|后果|要是|如果|假如|万一|若是/;

/** "有什么量化要求": the sentences that answer hold figures with their units. */
const FIGURES_ASKED = /量化|具体数字|具体数据/;

/** "公示几天？": the sentence that answers holds a number. */
export const AMOUNT_ASKED = /多少|几[个家套项年天日次所名位栋幢条人处场台辆间张座批种]|多久|多长|多大/;

/** "可以自己装修吗？": a yes/no about what is allowed is answered by the sentence that allows or forbids. */
const PERMISSION_ASKED = /可以|能不能|能否|允许|可不可以|行不行|吗/;

/**
 * A short paragraph is quoted whole: the fact asked for is often the sentence next to the best-matching one
 * (dev: key-fact recall 82.9% → 84.2% at 180 characters, flat above).
 */
const WHOLE_PARAGRAPH_CHARS = 180;
/** A table row ranked above the paragraphs answers alone only when it covers at least this much of the question (dev: 0.3). */
const RECORD_SUPPORT = 0.3;
/** Weight of a passage using a term the question quotes. */
const QUOTED_BONUS = 0.6;

/** A second passage joins the answer when it scores this close to the best (dev plateau from 0.8 down to 0.6). */
const SECOND_PASSAGE_RATIO = 0.8;


/** The question's most specific word. */
function keyWord(ctx: AnswerContext, by: 'weight' | 'specificity' = 'specificity'): string | null {
  const w = (x: string) => (by === 'weight' ? ctx.vocab.weight(x) : ctx.vocab.specificity(x));
  return ctx.qwords.reduce<string | null>((a, b) => (a === null || w(b) > w(a) ? b : a), null);
}

function paragraphs(ctx: AnswerContext, hits: Hit[]): ParagraphPick[] {
  const out: ParagraphPick[] = [];
  const key1 = keyWord(ctx);
  // "哪次常务会上通过": the covering sentence is pointed at by the thing (常务), not by a word placing it (会上)
  const point = keyWord({ ...ctx, qwords: ctx.qwords.filter((w) => !isModifier(ctx.vocab, w)) }) ?? key1;
  // the passage that uses a term the question quotes (“五进”) is the one asked about, unless many do (“十四五”)
  const quoted = rareQuotes(quotedTerms(ctx.question), hits.map((h) => matchKey(h.chunk.text)));
  // the word the asking words stand against ("哪些园区"): a sentence saying it is about what was asked
  const focus = focusWord(ctx);
  // a paragraph reached through two pieces of one section is judged once, at the better rank
  const seen = new Set<string>();
  hits.forEach((h, rank) => {
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    if (!notice) return;
    // title, number and date lines are not answers, except to "when" questions; the covering sentence of a
    // forwarding notice only when it holds the question's point ("第几次常务会议通过")
    const pointed = (t: string) => !!point && ctx.vocab.says(t.replace(FORWARDING_ALL, ''), point);
    const list = sectionParagraphs(ctx.lookup, h.chunk)
      .filter((p) => !seen.has(p.id) && p.role !== 'meta' && p.role !== 'heading' && (ctx.type === 'date' || !FORWARDING.test(p.text) || pointed(p.text)));
    for (const p of list) seen.add(p.id);
    // a notice's date line says when it was issued: "爱国卫生月是几月份" asks about something else
    if (ctx.type === 'date' && rank < 3 && ISSUE_ASKED.test(ctx.question)) list.push(...notice.paragraphs.filter((p) => p.role === 'meta' && DATE.test(p.text)));
    for (const p of list) {
      const around = `${h.chunk.contextLine} ${p.path.join(' ')}`;
      const whole = ctx.contextWords ? weightedCoverage(ctx.vocab, ctx.contextWords, `${around} ${p.text}`) : 0;
      // a heading that asks the question (政策解读 "5.申请公租房的流程是什么？") marks its answer
      const own = p.path.at(-1) ?? '';
      const heading = key1 && ctx.vocab.says(own, key1) ? weightedCoverage(ctx.vocab, ctx.qwords, own) * 0.3 : 0;
      // judged by its best sentence, so one sentence that answers beats a paragraph that merely shares words
      const best = Math.max(...splitSentences(p.text).map((s) => weightedCoverage(ctx.vocab, ctx.qwords, `${around} ${s}`)
        + shapeBonus(ctx, s, p) + taskTagged(ctx, s, p) + (key1 && saysFocus(ctx, s, key1) ? 0.15 : 0)
        + (focus && focus !== key1 && saysFocus(ctx, s, focus) ? FOCUS_BONUS : 0)), 0);
      const uses = quoted.some((t) => matchKey(p.text).includes(t)) ? QUOTED_BONUS : 0;
      const score = best + whole * 0.2 + heading + uses + 0.1 / (rank + 1) - (otherYear(ctx.question, p.text) ? OTHER_YEAR_COST : 0);
      out.push({ chunk: h.chunk, notice, paragraph: p, score, rank });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

const FOCUS_BONUS = 0.1;

/** A focus naming a kind of answer ("哪些渠道", "哪个部门") is said by an answer of that kind, not by the word. */
function saysFocus(ctx: AnswerContext, s: string, focus: string): boolean {
  return namesKind(focus) ? answersKind(focus, s) : ctx.vocab.says(s, focus);
}

/** What a paragraph set at another year than the one asked loses in the choice (about a best sentence's coverage). */
const OTHER_YEAR_COST = 0.3;

/** The note closing a task paragraph that names who is responsible. */
const RESPONSIBLE_NOTE = /^[（(](责任单位|牵头单位|责任部门)[：:]/;

/** A sentence announcing the list that follows it in the same paragraph. */
const LIST_INTRO = /(以下|下列)[^：:。]{0,20}[：:]/;

/** Sentences of the chosen paragraph that answer: the best one, close seconds, and the shape the type asks for. */
function sentencesOf(ctx: AnswerContext, p: Paragraph): string[] {
  const all = splitSentences(p.text).filter((s) => !PLACEHOLDER.test(s));
  if (ctx.type === 'procedure' || all.length <= 1) return all.slice(0, 12);
  if (all.join('').length <= WHOLE_PARAGRAPH_CHARS) return all;
  const key = keyWord(ctx);
  const hasKey = (s: string) => (key && ctx.vocab.says(s, key) ? 0.3 : 0);
  // the headings' words hold for every sentence under them ("“十三五”时期…"): the sentences differ by the rest
  const path = p.path.join(' ');
  const scored = all.map((s, i) => ({ s, i, v: weightedCoverage(ctx.vocab, ctx.qwords, `${path} ${s}`) + shapeBonus(ctx, s, p) + hasKey(s) - i * 0.01 }));
  const best = [...scored].sort((a, b) => b.v - a.v)[0]!;
  const most = ctx.type === 'definition' || ctx.type === 'date' ? 1 : 3;
  const keep = scored.filter((x) => x === best || (x.v >= best.v * 0.7 && x.v > 0.2) || shapeBonus(ctx, x.s, p) > 0)
    .sort((a, b) => b.v - a.v).slice(0, most).sort((a, b) => a.i - b.i);
  // "（一）单身申请人。未婚…": the clause's short label says what the sentence after it is about
  const label = scored[0]!;
  if (!keep.includes(label) && label.s.length <= 14 && /^[（(][一二三四五六七八九十\d]+[）)]/.test(label.s)) keep.unshift(label);
  // "（责任单位：…）" closing a task says who does it: asked who, it is quoted whatever else is
  const bodies = scored.find((x) => RESPONSIBLE_NOTE.test(x.s));
  if (ctx.type === 'responsibility' && bodies && !keep.includes(bodies)) keep.push(bodies);
  // the note alone says who, not for what: the task sentence it closes is quoted with it
  if (ctx.type === 'responsibility' && keep.every((x) => RESPONSIBLE_NOTE.test(x.s))) {
    const task = [...scored].sort((a, b) => b.v - a.v).find((x) => !RESPONSIBLE_NOTE.test(x.s));
    if (task) keep.push(task);
  }
  // "有以下情形之一，…可收回房屋：A；B；…": a list announced is quoted whole, or the answer reads as if A were all
  const intro = keep.find((x) => LIST_INTRO.test(x.s));
  if (intro) return scored.slice(intro.i, intro.i + 12).map((x) => x.s);
  return withListRest(keep.map((x) => x.i), all);
}

/**
 * "实现“两个超过”：即A；B。": a sentence that opens a list with a colon and stops at its "；" goes on to the "。" that
 * closes the list, or the answer gives A as all of it.
 */
function withListRest(picked: number[], all: string[]): string[] {
  const out = new Set<number>();
  for (const i of picked) {
    out.add(i);
    if (!/[：:]/.test(all[i]!) || !/[；;]$/.test(all[i]!)) continue;
    for (let j = i + 1; j < all.length && j <= i + 6; j++) {
      out.add(j);
      if (!/[；;]$/.test(all[j]!)) break;
    }
  }
  return [...out].sort((a, b) => a - b).map((i) => all[i]!);
}

export function composeGeneral(ctx: AnswerContext, draft: Draft): boolean {
  // the named plans' passages, looked up once for every step below
  const hits = hitsFor(ctx);
  const top = hits[0];
  const recordHit = top?.chunk.recordId ? ctx.lookup.record(top.chunk.recordId) : undefined;
  const picks = paragraphs(ctx, hits);
  if (!picks.length && !recordHit) return false;
  // a personnel row ranked first answers a question about a post or a person, however it was phrased (任命 and 免去
  // together); a question about a service that a post's name happens to share is left to the paragraphs
  const aboutPost = POST_ASKED.test(ctx.question) || personsIn(ctx.vocab, ctx.question).length > 0;
  if (recordHit?.record.kind === 'personnel' && aboutPost && composePersonnel(ctx, draft)) return true;
  // a post the personnel lists do not fill ("教育局局长") is not answered by a row that only shares "局长"
  const rows = hits.filter((h) => !h.chunk.recordId || !otherBodysRow(ctx, ctx.lookup.record(h.chunk.recordId)!.record));
  if (composeRankedRecord(ctx, draft, picks, rows)) return true;
  if (!picks.length) return false;
  const best = picks[0]!;
  // a second passage only when it is nearly as good and says something the first does not (another heading)
  // a definition is one sentence: a second passage would only dilute it
  const single = ctx.type === 'definition';
  const seconds = single ? [] : picks.slice(1, 3).filter((p) => p.score >= best.score * SECOND_PASSAGE_RATIO && p.paragraph.headingId !== best.paragraph.headingId);
  // "公众可通过以下途径和方式提出反馈意见:": a paragraph announcing what follows is quoted with the paragraphs it announces
  const announced = /[：:]\s*$/.test(best.paragraph.text)
    ? procedureParagraphs(picks, best).filter((p) => p.paragraph.span.start > best.paragraph.span.start) : [];
  const chosen = withLead(ctx, announced.length ? [best, ...announced] : withDuties(ctx, picks, withSibling(ctx, picks, [best, ...seconds].slice(0, 2))));
  const { said, quoted } = sayPicks(ctx, draft, ctx.type === 'procedure' && !announced.length ? procedureParagraphs(picks, best) : chosen);
  const used = said.join(' ');
  // a year stated once at the head of a section ("到2025年，…") governs the paragraphs under it
  const heads = chosen.map((c) => chunkParagraphs(ctx.lookup, c.chunk).find((p) => p.headingId === c.paragraph.headingId)?.text ?? '')
    .filter((t) => /^(到|至|截至)?\s*\d{4}\s*年/.test(t));
  const checks = evidenceChecks(ctx, `${used} ${heads.join(' ')}`, quoted.join(''));
  // a target asked of a plan whose table lacks the indicator another plan's has: the plan sets none
  const elsewhere = (ctx.type === 'target' || AMOUNT_ASKED.test(ctx.question)) ? indicatorElsewhere(ctx) : null;
  if (elsewhere) { checks.reasons.push(`no mention of ${elsewhere} in the notices asked about`); checks.factor *= 0.2; }
  draft.reasons = checks.reasons;
  // a target question that no indicator answered must find its own words in the passage, unknown ones most of all
  const by = ctx.type === 'target' ? 'specificity' : 'weight';
  draft.support = weightedCoverage(ctx.vocab, supportWords(ctx), used, by) * keyTermFactor(ctx, used) * checks.factor;
  return !draft.isEmpty();
}

export const ASKING_CLAUSE = /吗|呢|多少|几|什么|哪|怎么|如何|是否|能否|能不能|可不可以|可以|谁|啥|有没有|行不行/;
/** A clause about the asker or their family ("我们家不是上海户口", "孩子刚生下来"), wherever the pronoun stands. */
const SELF_CLAUSE = /我|咱|本人|家里|孩子|老人|老婆|老公|爸妈|父母|小孩|宝宝/;
/** "感觉坐地铁特别不方便", "在市北园区上班": the asker's impression or where they work, their pronoun left out. */
const FEELING = /^(感觉|觉得|总觉得)|^在.{1,8}(上班|工作|住)$/;
/**
 * "听说环上大那片闲置的老厂房很多，…低效工业用地占了多大比例": what the asker has heard sets the scene when a clause
 * that asks names its own subject (a word of weight 4 or more); "听说附近幼儿园有亲子活动，我们…也能去吗" asks about it.
 */
const HEARSAY = /^(听说|据说|听人说|听别人说)/;

/**
 * The words the passage must say: a clause in which the asker describes themselves ("我们外地户口", "我2020年就拿到
 * 区筹公租房资格了", "但孩子刚生下来") sets the scene, the passage answering the asking clause need not repeat it.
 */
function supportWords(ctx: AnswerContext): string[] {
  const clauses = withoutPreamble(ctx.question).split(/[，,；;。！!？?]/).map((c) => c.trim()).filter(Boolean);
  // the asking clauses are cut into words only when something was heard: this runs for every passage judged
  const subjectAsked = clauses.some((c) => HEARSAY.test(c)) && clauses.filter((c) => ASKING_CLAUSE.test(c) || /多[大高长久远]/.test(c))
    .some((c) => ctx.vocab.words(c).some((w) => !ctx.vocab.unseen(w) && ctx.vocab.weight(w) >= 4));
  const scene = (c: string) => SELF_CLAUSE.test(c) || FEELING.test(c) || (HEARSAY.test(c) && subjectAsked);
  const self = clauses.filter((c) => scene(c) && !ASKING_CLAUSE.test(c));
  if (!self.length || self.length === clauses.length) return ctx.qwords;
  const asked = new Set(ctx.vocab.words(clauses.filter((c) => !self.includes(c)).join('，')));
  const kept = ctx.qwords.filter((w) => asked.has(w));
  if (!kept.length) return ctx.qwords;
  // "家里蟑螂太多想找除害公司…，区里有没有网上能办的": an asking clause with one corpus word at most names no topic;
  // the situation's corpus words heavier than it do
  const seen = kept.filter((w) => !ctx.vocab.unseen(w));
  if (seen.length > 1) return kept;
  const heaviest = Math.max(0, ...seen.map((w) => ctx.vocab.weight(w)));
  return [...kept, ...ctx.qwords.filter((w) => !asked.has(w) && !ctx.vocab.unseen(w) && ctx.vocab.weight(w) > heaviest)];
}

/**
 * Table rows ranked above every paragraph that answers: the first one about the question's point, when it covers
 * enough of the question (a row that merely shares the point's word leaves the answer to the paragraphs).
 */
function composeRankedRecord(ctx: AnswerContext, draft: Draft, picks: ParagraphPick[], hits: Hit[]): boolean {
  const before = picks.length ? picks[0]!.rank : 3;
  for (const h of hits.slice(0, Math.min(before, 3))) {
    if (!h.chunk.recordId) continue;
    const row = new DraftClass(ctx.lookup);
    if (composeRecord(ctx, row, h.chunk, h.chunk.recordId) && (row.support >= RECORD_SUPPORT || !picks.length)) {
      draft.absorb(row);
      draft.support = row.support;
      draft.reasons = row.reasons;
      return true;
    }
  }
  return false;
}

/**
 * Each pick's answering sentences, cited, after the notice and heading they stand under; a run of picks under one
 * heading (a procedure's steps) names it once, on a line of its own, so the steps read as a list.
 */
function sayPicks(ctx: AnswerContext, draft: Draft, picks: ParagraphPick[]): { said: string[]; quoted: string[] } {
  const said: string[] = [];
  const quoted: string[] = [];
  const lines = picks.map((pick) => ({ pick, sentences: sentencesOf(ctx, pick.paragraph) })).filter((x) => x.sentences.length);
  const headOf = (p: ParagraphPick) => `${sourceName(p.notice, p.paragraph.path.at(-1))}：`;
  lines.forEach(({ pick, sentences }, i) => {
    const n = draft.cite(sentenceEvidence(pick.chunk, pick.notice, pick.paragraph, sentences));
    const where = pick.paragraph.path.at(-1);
    // a run-in heading ("5、专家论证。") is already named before the colon
    const shown = (sentences.length > 1 && where && sentences[0]!.startsWith(where) ? sentences.slice(1) : sentences).join('');
    const head = headOf(pick);
    const next = lines[i + 1];
    const run = !!next && headOf(next.pick) === head;
    if (i > 0 && headOf(lines[i - 1]!.pick) === head) draft.say(shown, n);
    else if (run) { draft.say(head); draft.say(shown, n); }
    else draft.say(`${head}${shown}`, n);
    said.push(`${pick.chunk.contextLine} ${pick.paragraph.path.join(' ')} ${sentences.join('')}`);
    quoted.push(sentences.join(''));
  });
  // a 政策解读 restating an article of its rule points to the article too
  for (const { pick, sentences } of lines) citeRuleBehind(ctx, draft, pick.notice, sentences.join(''));
  return { said, quoted };
}

/** "计划哪年完成", "目标定在哪一年": the time a plan sets, which its indicator rows give. */
const TARGET_TIME_ASKED = /目标|计划|打算|要在|预计|力争|将在|到期/;

/** A row in words: an indicator as its target, a task with who leads it, any other row cell by cell. */
function recordSentence(notice: Notice, r: TableRecord): string {
  const name = r.cells['主要指标'] ?? r.cells['指标'] ?? r.cells['指标名称'];
  if (r.kind === 'indicator' && name) return `《${planName(notice)}》主要指标中，“${name}”${describeValues(r).text}。`;
  const cells = r.columns.filter((c) => c !== '责任单位' || !r.cells['牵头单位']).map((c) => `${c}：${r.cells[c]}`)
    .filter((x) => !x.endsWith('：')).join('；');
  return `${sourceName(notice, r.caption)}：${cells}。`;
}

/** A table record that retrieval ranked first is quoted as its row. */
function composeRecord(ctx: AnswerContext, draft: Draft, chunk: Chunk, recordId: string): boolean {
  const found = ctx.lookup.record(recordId)!;
  const key = keyWord(ctx, ctx.type === 'target' ? 'specificity' : 'weight');
  const rowText = `${found.record.caption} ${Object.values(found.record.cells).join(' ')}`;
  // the row must be about the question's point, not merely from the right table
  if (key && !ctx.vocab.says(rowText, key)) return false;
  // "是哪一年通过复评的": when a thing happened, which an indicator's target year ("2025年目标为通过复评") is not
  if (ctx.type === 'date' && found.record.kind === 'indicator' && !TARGET_TIME_ASKED.test(ctx.question)) return false;
  const headers = found.record.columns.filter((c) => /\d/.test(c) && found.record.cells[c]);
  const n = draft.cite(recordEvidence(ctx.lookup, chunk, found.notice, found.record, headers));
  draft.say(recordSentence(found.notice, found.record), n);
  sayTargetOnly(ctx, found.record, draft);
  // the context line (the notice's title: "…第十四个五年规划…") places the row, it quotes no amount
  const evidence = `${chunk.contextLine} ${recordSays(found.record)}`;
  const checks = recordChecks(ctx, found.record, chunk.contextLine);
  draft.reasons = checks.reasons;
  draft.support = weightedCoverage(ctx.vocab, ctx.qwords, evidence) * checks.factor;
  return true;
}

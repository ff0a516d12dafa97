// Several things set side by side in running text ("三个集聚带各贡献了多少税收？"): one sentence for each, then a verdict.

import type { Chunk } from '../engine/types.js';
import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import type { Entity } from './entities.js';
import { chunkParagraphs, sentenceEvidence } from './evidence.js';
import { concerns } from './lookup.js';
import { splitSentences } from './sentences.js';
import { planName } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';
import { escapeRegExp, foldWidth } from '../core/text.js';
import { answersKind, evidenceChecks } from './checks.js';
import { AMOUNT_ASKED } from './compose-general.js';

interface Pick { entity: Entity; chunk: Chunk; notice: Notice; paragraph: Paragraph; sentence: string; score: number }

/** Words that ask for the comparison, not for the fact compared. */
export const COMPARING = /^(几.|各.|是不是|是否|一次|最多|最少|最高|最低|最大|最小|更高|更低|更多|更少|更大|更小|多|少|高|低|大|小|一样|相同|同一|同一次|比较|对比|相比|分别|各|各自|哪边|谁)$/;
/** The line a notice is addressed to ("区政府各委、办、局，各街道办事处…：") says nothing of any one thing. */
const ADDRESSEES = /^区政府各委、办、局/;
/** Keys that name a kind of answer rather than a thing the text must say. */
const KIND_KEY = /^(部门|单位|机构|比例|比重|占比)$/;
/** Below this share of the question's point a sentence answers nothing. */
const MIN_COVERAGE = 0.5;

/**
 * The question's point: its words less the entities' names and what they all are — the counted class ("三个集聚带")
 * or a word of every entity's notice title ("哪个功能区").
 */
export function pointWords(ctx: AnswerContext, entities: Entity[]): string[] {
  const q = foldWidth(ctx.question);
  const titles = entities.every((e) => e.notice) ? entities.map((e) => e.notice!.carriedTitle ?? e.notice!.title) : [];
  return ctx.qwords.filter((w) => !entities.some((e) => e.text.includes(w) || e.forms.some((f) => f.includes(w) || w.includes(f)))
    && !COMPARING.test(w) && !new RegExp(`([两二三四五六七八九十几]|\\d)个${escapeRegExp(w)}`).test(q)
    && !(titles.length && titles.every((t) => t.includes(w))));
}

/** Is the sentence about this entity: it names it, or stands under a heading or opening that does, or in its notice. */
function about(e: Entity, others: Entity[], notice: Notice, p: Paragraph, s: string): number {
  const says = (t: string, x: Entity) => x.forms.some((f) => t.includes(f));
  // a sentence naming another of them too says nothing of this one alone
  if (others.some((o) => says(s, o))) return 0;
  // a notice named as such ("产业发展规划说…") speaks only in its own text; a plan area is also written about elsewhere
  if (e.notice && e.ownNotice) return concerns(notice, e.notice) ? 1 : 0;
  if (says(s, e)) return 1;
  const before = p.text.slice(0, Math.max(0, p.text.indexOf(s)));
  if (says(p.path.join(' '), e) || says(before, e)) return 0.9;
  return e.notice && concerns(notice, e.notice) ? 0.8 : 0;
}

/** The years a question's period covers: "十三五末" 2016–2020, "2022年" 2022. */
function periodOf(q: string): [number, number] | null {
  if (/十三五/.test(q)) return [2016, 2020];
  if (/十四五/.test(q) && !/以来/.test(q)) return [2021, 2025];
  const y = /(20\d{2})\s*年/.exec(q);
  return y ? [Number(y[1]), Number(y[1])] : null;
}

/** A sentence dated only outside the period asked about ("截至2023年6月底" for "十三五末") is about another time. */
function otherTime(period: [number, number] | null, s: string): boolean {
  if (!period) return false;
  const years = [...s.matchAll(/(20\d{2})\s*年(?!\s*[-—~～至])/g)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < period[0] || y > period[1]);
}

/** The entity named shortly before the key word is what the sentence says it of ("苏河湾…面积由…", not "面积…苏河湾中心"). */
function leads(e: Entity, s: string, key: string): boolean {
  const k = s.indexOf(key);
  return k > 0 && e.forms.some((f) => {
    const at = s.lastIndexOf(f, k);
    return at >= 0 && k - at <= 30;
  });
}

/** Share of the point a sentence says, its headings included; the kind asked for counts as said when it gives one. */
function coverOf(ctx: AnswerContext, point: string[], key: string, p: Paragraph, s: string): number {
  return weightedCoverage(ctx.vocab, point, `${p.path.join(' ')} ${s} ${answersKind(key, s) ? key : ''}`);
}

/** The paragraphs of every retrieved passage (table rows aside), the line a notice is addressed to left out. */
function candidates(ctx: AnswerContext): Array<{ chunk: Chunk; notice: Notice; paragraph: Paragraph }> {
  const out: Array<{ chunk: Chunk; notice: Notice; paragraph: Paragraph }> = [];
  for (const h of ctx.hits) {
    const notice = ctx.lookup.notice(h.chunk.noticeId);
    if (!notice || h.chunk.recordId) continue;
    for (const paragraph of chunkParagraphs(ctx.lookup, h.chunk)) {
      if (paragraph.role !== 'heading' && !ADDRESSEES.test(paragraph.text)) out.push({ chunk: h.chunk, notice, paragraph });
    }
  }
  return out;
}

/** Each entity's best sentence: about it, saying the point's key word, holding a number when one is asked for. */
function pickFor(ctx: AnswerContext, e: Entity, entities: Entity[], point: string[], key: string): Pick | null {
  let best: Pick | null = null;
  const others = entities.filter((o) => o !== e);
  const amount = AMOUNT_ASKED.test(ctx.question);
  const period = periodOf(foldWidth(ctx.question));
  for (const c of candidates(ctx)) {
    for (const s of splitSentences(c.paragraph.text)) {
      // a key naming a kind of answer ("哪个部门") wants one of that kind (区体育局), not the word
      if (!answersKind(key, s) && (KIND_KEY.test(key) || !ctx.vocab.says(s, key))) continue;
      const on = about(e, others, c.notice, c.paragraph, s);
      const cover = coverOf(ctx, point, key, c.paragraph, s);
      if (!on || cover < MIN_COVERAGE) continue;
      // naming it, near the key word, with a figure when one is asked, of the time asked about
      const score = cover + on * 0.2 + (leads(e, s, key) ? 0.15 : 0) + (amount && /\d/.test(s) ? 0.2 : 0)
        - (otherTime(period, s) ? 0.3 : 0);
      if (!best || score > best.score) best = { entity: e, ...c, sentence: s, score };
    }
  }
  return best;
}

export function composeEntities(ctx: AnswerContext, draft: Draft, entities: Entity[]): boolean {
  const point = pointWords(ctx, entities);
  const seen = point.filter((w) => !ctx.vocab.unseen(w));
  if (!seen.length) return false;
  const key = seen.reduce((a, b) => (ctx.vocab.weight(b) > ctx.vocab.weight(a) ? b : a));
  const picks = entities.map((e) => pickFor(ctx, e, entities, point, key));
  const found = picks.filter((p): p is Pick => p !== null);
  if (found.length < 2) return false;
  for (const [i, e] of entities.entries()) {
    const p = picks[i];
    if (!p) { draft.say(`关于${e.text}，现有文件中没有找到对应内容。`); continue; }
    const n = draft.cite(sentenceEvidence(p.chunk, p.notice, p.paragraph, [p.sentence]));
    const heading = p.paragraph.path.at(-1);
    const plan = `《${planName(p.notice)}》`;
    // a sentence that names its own document ("《大宁功能区“十四五”规划》已经…") needs no "据…"
    const source = p.sentence.includes(plan) ? '' : `据${plan}${heading ? `“${heading}”` : ''}，`;
    draft.say(`${e.text}：${source}${p.sentence}`, n);
  }
  const verdict = found.length === entities.length ? verdictOf(ctx.question, found, key) : '';
  if (verdict) draft.say(verdict);
  const cover = Math.min(...found.map((p) => coverOf(ctx, point, key, p.paragraph, p.sentence)));
  const checks = evidenceChecks(ctx, found.map((p) => `${p.paragraph.path.join(' ')} ${p.sentence}`).join(' '));
  draft.reasons = checks.reasons;
  draft.support = cover * (found.length / entities.length) * checks.factor;
  return true;
}

const UNIT = /^\s*(亿元|万元|元|万平方米|平方公里|平方米|公里|幢|栋|家|个|所|项|人次|人|次|场|部|%)/;

interface Figure { value: number; unit: string; text: string; at: number }

/** Every number with a unit after it, and where it stands. */
function figuresIn(s: string): Figure[] {
  const out: Figure[] = [];
  for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) {
    const unit = UNIT.exec(s.slice(m.index + m[0].length))?.[1];
    // "第236次" is said with its ordinal mark
    const ordinal = s[m.index - 1] === '第' ? '第' : '';
    if (unit) out.push({ value: Number(m[0]), unit, text: `${ordinal}${m[0]}${unit}`, at: m.index });
  }
  return out;
}

/**
 * The figure a sentence gives for the key word: after a change ("由3.19…增加到4.2平方公里") the one it came to, else
 * the one nearest the word, those after it first ("累计贡献税收942.28亿元", "第236次常务会议").
 */
export function figureOf(sentence: string, key: string): Figure | null {
  const s = foldWidth(sentence);
  const all = figuresIn(s);
  const at = Math.max(0, s.indexOf(key));
  const change = /(增加|增长|提高|提升|扩大|上升|变)(到|至)/g;
  change.lastIndex = at;
  const to = change.exec(s);
  if (to) return all.find((f) => f.at > to.index) ?? null;
  const distance = (f: Figure) => (f.at >= at ? f.at - at : (at - f.at) * 2);
  return [...all].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The 多 and 少 of "各多少" ask an amount, not which is more or fewer ("哪个交税最多？各多少" asks the most). */
const MORE = /(最|更)(多|大|高)|(哪个|哪一个|谁).{0,8}(多(?!少)|大|高)|(多|大|高)还是/;
const LESS = /(最|更)(少|小|低)|(哪个|哪一个|谁).{0,8}((?<!多)少|小|低)|(少|小|低)还是/;
const SAME = /同一|一样|相同|一致/;

/** Which is highest or lowest, or whether all are the same — only when every sentence gives one comparable figure. */
function verdictOf(question: string, picks: Pick[], key: string): string {
  const figures = picks.map((p) => figureOf(p.sentence, key));
  if (figures.some((f) => !f) || new Set(figures.map((f) => f!.unit)).size > 1) return '';
  const values = figures.map((f) => f!.value);
  const q = foldWidth(question);
  if (SAME.test(q)) return values.every((v) => v === values[0]) ? `都是${figures[0]!.text}。` : '并不相同，见上。';
  const fewer = LESS.exec(q);
  const asked = fewer ?? MORE.exec(q);
  if (!asked) return '';
  const less = fewer !== null;
  const want = less ? Math.min(...values) : Math.max(...values);
  if (values.filter((v) => v === want).length > 1) return '';
  const i = values.indexOf(want);
  const word = asked[0].match(/[多大高少小低]/)![0];
  return `${picks[i]!.entity.text}${picks.length === 2 ? '更' : '最'}${word}（${figures[i]!.text}）。`;
}

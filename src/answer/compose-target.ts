// Targets and figures: answered from an indicator record — value, unit, attribute, target year, which plan.

import type { Notice, TableRecord } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { LABEL_COLUMNS, paragraphSentences, recordChunkOf, recordEvidence } from './evidence.js';
import { unitInText, unitOf } from './target-unit.js';
import { isModifier, isVerb, KIND_MARKER, weightedCoverage } from './vocabulary.js';
import { evidenceChecks } from './checks.js';

export interface ScoredRecord {
  record: TableRecord;
  notice: Notice;
  score: number;
  /** how much of the question's subject the indicator name covers */
  fit: number;
}

export const indicatorName = (r: TableRecord) => r.cells['主要指标'] ?? r.cells['指标'] ?? r.cells['指标名称'] ?? '';

/** "现在实际做到多少了", "目前完成得怎么样": what has been reached, not what was set. */
export const PROGRESS_ASKED = /实际|现在|目前|如今|已经|做到|完成了|完成得|完成情况|进展|达成/;
/** A column reporting what was reached ("中期完成情况", "实际值"). */
export const PROGRESS_COLUMN = /完成情况|实际|现状/;

/** Words that say which plan or that a target is wanted, not which indicator. */
export const GENERIC_TARGET_WORDS = /^(目标|指标|主要指标|规划|十四五|功能区|预期|预期性|约束性|属性|单位|定得|定的|设定|计划|达到|要求|到底|具体|数值|数字|年|\d+年?)$/;

/** Question words that name the indicator: not the plan, not the asking. */
export function subjectWords(ctx: AnswerContext, notices: Notice[]): string[] {
  const plan = notices.map((n) => n.carriedTitle ?? n.title).join('') + ctx.vocab.areasNamed(ctx.question).join('');
  return ctx.qwords.filter((w) => !plan.includes(w) && !GENERIC_TARGET_WORDS.test(w));
}

/** Indicator records among the hits (and of notices the question names), ranked for the question. */
export function rankRecords(ctx: AnswerContext, kinds: TableRecord['kind'][] = ['indicator']): ScoredRecord[] {
  const out: ScoredRecord[] = [];
  const seen = new Set<string>();
  const areas = ctx.vocab.areasNamed(ctx.question);
  const score = (record: TableRecord, notice: Notice, rank: number) => {
    seen.add(record.id);
    const subject = subjectWords(ctx, [notice]);
    const fit = subject.length ? weightedCoverage(ctx.vocab, subject, `${indicatorName(record)}${record.cells['单位'] ?? ''}`) : 0;
    const planMatch = areas.length === 0 || areas.some((a) => ctx.vocab.areas.get(a)?.id === notice.id) ? 1 : 0;
    out.push({ record, notice, fit, score: fit * 2 + planMatch + 1 / (rank + 2) });
  };
  // each table reached, with its notice and the rank of its best row
  const tables = new Map<TableRecord[], { notice: Notice; rank: number }>();
  ctx.hits.forEach((h, rank) => {
    const found = h.chunk.recordId ? ctx.lookup.record(h.chunk.recordId) : undefined;
    if (!found || !kinds.includes(found.record.kind) || seen.has(found.record.id)) return;
    score(found.record, found.notice, rank);
    const rows = ctx.lookup.tableOf(found.record);
    if (!tables.has(rows)) tables.set(rows, { notice: found.notice, rank });
  });
  // retrieval finds the table; the row is the answerer's to choose: every row of a table it reached is a candidate,
  // after the rows it ranked ("全球服务机构数" ranked below ten rows that share "新增" and "南京西路")
  for (const [rows, { notice, rank }] of tables) {
    for (const row of rows) if (!seen.has(row.id)) score(row, notice, rank + ctx.hits.length);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** "2025年目标为10%（预期性）" from the value columns of a record. */
export function describeValues(r: TableRecord): { text: string; headers: string[] } {
  const unit = unitOf(r);
  const parts: string[] = [];
  const headers: string[] = [];
  for (const col of r.columns) {
    const v = r.cells[col];
    if (LABEL_COLUMNS.test(col) || !v) continue;
    const withUnit = unit && /\d$/.test(v) && !v.includes(unit) ? `${v}${unit}` : v;
    // a bare year column ("2025年") holds the target for that year
    parts.push(/^\d{4}年$/.test(col) ? `${col}目标为${withUnit}` : `${col}为${withUnit}`);
    if (/\d/.test(col)) headers.push(col);
  }
  const attr = r.cells['属性'] ? `（${r.cells['属性']}指标）` : '';
  return { text: `${parts.join('，')}${attr}`, headers };
}

const EMPTY_CELL = /^[-—–/\s]*$/;

/** What a row says, to check against the question: its row number ("25") is no amount, nor is a "-". */
export function recordSays(r: TableRecord): string {
  const cells = Object.entries(r.cells).filter(([col, v]) => col !== '序号' && !EMPTY_CELL.test(v));
  return `${r.caption} ${r.columns.join(' ')} ${cells.map(([, v]) => v).join(' ')}`;
}

/**
 * The row has a value where the question looks: in a column of what was reached when that is asked ("具体下降了多少"
 * of a row whose 中期完成情况 is "-" has none), else in any value column ("目标为全市前列" answers "定的是多少").
 */
export function valueGiven(ctx: AnswerContext, r: TableRecord): boolean {
  const reached = (PROGRESS_ASKED.test(ctx.question) || /了(多少|几)/.test(ctx.question)) && r.columns.some((c) => PROGRESS_COLUMN.test(c));
  const cols = r.columns.filter((c) => !LABEL_COLUMNS.test(c) && (!reached || PROGRESS_COLUMN.test(c)));
  return cols.some((c) => !EMPTY_CELL.test(r.cells[c] ?? ''));
}

/**
 * The checks of a row: what it says, with its value in words counted as an amount; `also` is quoted with it (the
 * plan's sentence giving a bare figure its unit: "达到2.5人" counts the 人 that "每千人有几个" asks for).
 */
export function recordChecks(ctx: AnswerContext, r: TableRecord, context = '', also = ''): ReturnType<typeof evidenceChecks> {
  const said = `${recordSays(r)}${also ? ` ${also}` : ''}`;
  return evidenceChecks(ctx, `${context} ${said}`, said, { valueGiven: valueGiven(ctx, r) });
}

/** The name to show: the carried document for forwarding notices and 公告, the notice itself otherwise. */
export function planName(n: Notice): string {
  const name = n.kind === '政策解读' ? n.title : n.carriedTitle ?? n.title;
  // it is shown inside 《》: a title quoting another (《…》编制说明) takes the inner marks 〈〉
  return name.replace(/《/g, '〈').replace(/》/g, '〉');
}

/** 《the plan》 with the section quoted after it, when there is one: how an answer names where it stands. */
export function sourceName(n: Notice, section?: string): string {
  return `《${planName(n)}》${section ? `“${section}”` : ''}`;
}

/** "现在建了几个" answered by a target row: the target is not what has been reached, and the answer says so. */
export function sayTargetOnly(ctx: AnswerContext, r: TableRecord, draft: Draft): void {
  // "现在的目标是多少" asks the target itself
  if (r.kind === 'indicator' && PROGRESS_ASKED.test(ctx.question) && !/目标/.test(ctx.question)
    && !r.columns.some((c) => PROGRESS_COLUMN.test(c))) {
    draft.say('文件只给出目标值，没有写明目前的完成情况。');
  }
}

/** A bare figure ("2.5") is shown with the sentence of the plan that writes it with its unit ("2.5人"). */
function sayUnitFromText(notice: Notice, r: TableRecord, draft: Draft): string {
  const found = unitInText(notice, r, indicatorName(r));
  const n = found ? draft.cite(paragraphSentences(notice, found.paragraph, [found.sentence])) : null;
  if (!found || n === null) return '';
  draft.say(`正文写明：${found.sentence}`, n);
  return found.sentence;
}

/** Plans the question names (by area, number or short name); a target is only read from those. */
export function namedPlans(ctx: AnswerContext): Notice[] {
  const byArea = ctx.vocab.areasNamed(ctx.question).map((a) => ctx.vocab.areas.get(a)!);
  return [...new Set([...byArea, ...ctx.vocab.noticesNamed(ctx.question)])];
}

/** The indicator's most specific word must be in its name ("孵化成功率" is not "新增入孵企业"). */
function keyWordCovered(ctx: AnswerContext, r: TableRecord, notice: Notice): boolean {
  return namesHeaviest(ctx, subjectWords(ctx, [notice]), indicatorName(r));
}

const KIND_OF_LISTED = new RegExp(`(?:${KIND_MARKER}|等)(\\p{Script=Han}{2,6})`, 'u');

/** The most specific of the words, a thing before a verb ("新增", "引进" say what is done with it), is in the name. */
export function namesHeaviest(ctx: AnswerContext, words: string[], name: string): boolean {
  // "当初计划定的": a time word the corpus never uses is by rarity the heaviest, but names no indicator ("每年" does)
  // "博物馆、演出场馆这类文化场所": the asker's name for the kind of the things listed, which the row lists instead
  const kind = KIND_OF_LISTED.exec(ctx.question)?.[1] ?? '';
  // "苏河湾那边说要多建绿地": HMM glues the asker's verbs into words no dictionary or notice has (说要, 多建)
  const glued = (w: string) => ctx.vocab.unseen(w) && ctx.vocab.tag(w) === 'x';
  const things = words.filter((w) => !isVerb(ctx.vocab, w) && !(ctx.vocab.unseen(w) && isModifier(ctx.vocab, w)) && !glued(w)
    && !(kind.startsWith(w) && words.some((o) => o !== w && ctx.vocab.says(name, o))));
  const pool = things.length ? things : words;
  if (!pool.length) return false;
  const heaviest = pool.reduce((a, b) => (ctx.vocab.specificity(b) > ctx.vocab.specificity(a) ? b : a));
  return ctx.vocab.says(name, heaviest);
}

export function composeTarget(ctx: AnswerContext, draft: Draft): boolean {
  const named = namedPlans(ctx);
  const ranked = rankRecords(ctx).filter((r) => !named.length || named.some((n) => n.id === r.notice.id));
  const best = ranked[0];
  if (!best || best.fit < 0.5 || !keyWordCovered(ctx, best.record, best.notice)) return false;
  const { text, headers } = describeValues(best.record);
  const n = draft.cite(recordEvidence(ctx.lookup, recordChunkOf(ctx.hits, best.notice, best.record), best.notice, best.record, headers));
  if (n === null) return false;
  draft.say(`《${planName(best.notice)}》主要指标中，“${indicatorName(best.record)}”${text}。`, n);
  const unitSentence = sayUnitFromText(best.notice, best.record, draft);
  const checks = recordChecks(ctx, best.record, '', unitSentence);
  draft.reasons = checks.reasons;
  draft.support = best.fit * checks.factor;
  sayTargetOnly(ctx, best.record, draft);
  return true;
}

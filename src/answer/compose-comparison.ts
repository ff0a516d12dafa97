// Comparisons across plans ("大宁和苏河湾谁定得高？"): the same indicator read from each plan's table, then compared.

import type { Chunk } from '../engine/types.js';
import type { Notice, TableRecord } from '../ingest/types.js';
import { composeGeneral } from './compose-general.js';
import { sayIssueDates } from './compose-date.js';
import { Draft as DraftClass } from './draft.js';
import type { AnswerContext } from './context.js';
import { recordChunkOf, recordEvidence } from './evidence.js';
import { describeValues, indicatorName, namedPlans, planName, subjectWords } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';
import { entitiesOf, type Entity } from './entities.js';
import { COMPARING, composeEntities } from './compose-entities.js';

/** Every entity's sentence must cover this much of the question's point (its share found counts against it). */
const ENTITY_SUPPORT = 0.5;

interface Pick { notice: Notice; record: TableRecord; chunk: Chunk; fit: number }

const valueOf = (r: TableRecord) => r.columns.filter((c) => /\d{4}年|目标/.test(c)).map((c) => r.cells[c] ?? '').find(Boolean) ?? '';

/** "8~10" → [8, 10]; "10" → [10, 10]; not a number → null. */
export function range(v: string): [number, number] | null {
  const m = /^(\d+(?:\.\d+)?)\s*(?:[-~～—至]\s*(\d+(?:\.\d+)?))?\s*%?$/.exec(v.trim());
  if (!m) return null;
  const a = Number(m[1]);
  return [a, m[2] ? Number(m[2]) : a];
}

function pickFor(ctx: AnswerContext, notice: Notice, subject: string[]): Pick | null {
  let best: { record: TableRecord; fit: number } | null = null;
  const key = subject.reduce<string | null>((a, b) => (a === null || ctx.vocab.specificity(b) > ctx.vocab.specificity(a) ? b : a), null);
  // "2022年…各有几幢": a year the table has no column for asks what happened, not the target
  const years = ctx.question.match(/\d{4}(?=\s*年)/g) ?? [];
  for (const record of notice.tables.filter((t) => t.kind === 'indicator')) {
    if (key && !ctx.vocab.says(indicatorName(record), key)) continue;
    if (years.some((y) => !record.columns.some((c) => c.includes(y)))) continue;
    const fit = weightedCoverage(ctx.vocab, subject, indicatorName(record));
    if (!best || fit > best.fit) best = { record, fit };
  }
  // the chunk is looked up (or built) for the row chosen only
  return best && best.fit >= 0.5 ? { notice, ...best, chunk: recordChunkOf(ctx.hits, notice, best.record) } : null;
}

/** "哪个多", "谁定得高", "差多少": a verdict between the sides, not only each side's figure. */
const VERDICT_ASKED = /哪个|哪一个|谁|[更较][高低多少大小快慢]|差(多少|距|几)|高出|多出|相比|比较|一样|相同|一致/;

export function verdict(a: Pick, b: Pick): string {
  const ra = range(valueOf(a.record));
  const rb = range(valueOf(b.record));
  const an = areaOf(a.notice);
  const bn = areaOf(b.notice);
  if (!ra || !rb) return '两者目标不是可直接比较的数值，请按上面原文对照。';
  if (ra[0] === rb[0] && ra[1] === rb[1]) return `两者目标相同。`;
  if (ra[0] > rb[1]) return `${an}的目标高于${bn}。`;
  if (ra[1] < rb[0]) return `${bn}的目标高于${an}。`;
  if (ra[1] === rb[1]) return `两者目标上限相同，${ra[0] < rb[0] ? an : bn}的下限更低。`;
  return `两者目标区间有重叠，${ra[1] > rb[1] ? an : bn}的上限更高。`;
}

/** Among several plans: the one whose lowest value is at least every other's highest. */
function highest(picks: Pick[]): string {
  const ranged = picks.map((p) => ({ p, r: range(valueOf(p.record)) }));
  if (ranged.some((x) => !x.r)) return '这些目标不全是可直接比较的数值，请按上面原文对照。';
  const top = ranged.find((x) => ranged.every((y) => y === x || x.r![0] >= y.r![1]));
  return top ? `${areaOf(top.p.notice)}的目标最高。` : '这些目标的区间有重叠，请按上面原文对照。';
}

const areaOf = (n: Notice) => /^(.{2,6}?)功能区/.exec(planName(n))?.[1] ?? planName(n);

const ORDER_ASKED = /(先|早|晚|后|同一天|同一日|同日|同时).{0,4}(印发|发布|出台|发文|批转|转发)|(印发|发布|出台|发文).{0,6}(先|早|晚|后|同一天|同一日|同日)/;

/** "哪个先印发的？", "是同一天印发的吗": the notices' own date lines, and which came first. */
function composeOrder(draft: DraftClass, notices: Notice[]): boolean {
  const dated = sayIssueDates(draft, notices);
  if (dated.length < 2) return false;
  const [a, b] = [...dated].sort((x, y) => x.date!.localeCompare(y.date!));
  draft.say(a!.date === b!.date ? '两份文件同一天印发。' : `《${planName(a!)}》先印发。`);
  draft.support = dated.length === notices.length ? 1 : 0;
  return true;
}

/**
 * Facts outside the indicator tables ("哪个功能区面积大？", "两个计划各由哪个部门起草？"): the best passage of each
 * named notice, side by side; `names` are the words that name each one, left out of the others' questions.
 */
function composeSideBySide(ctx: AnswerContext, draft: DraftClass, notices: Notice[], names: string[][]): boolean {
  let support = 1;
  let said = 0;
  for (const [i, notice] of notices.entries()) {
    const others = names.filter((_, j) => j !== i).flat();
    const sub: AnswerContext = {
      ...ctx, type: 'fact', question: others.reduce((q, o) => q.split(o).join(''), ctx.question),
      qwords: ctx.qwords.filter((w) => !others.some((o) => o.includes(w) || w.includes(o))),
      hits: ctx.hits.filter((h) => h.chunk.noticeId === notice.id && !h.chunk.recordId),
    };
    const part = new DraftClass(ctx.lookup);
    if (!sub.hits.length || !composeGeneral(sub, part)) { support = 0; continue; }
    draft.absorb(part);
    support = Math.min(support, part.support);
    said++;
  }
  draft.support = said === notices.length ? support : 0;
  return said > 0;
}

/** The words of a notice's title the question uses: how it was named there. */
function namesIn(ctx: AnswerContext, n: Notice): string[] {
  return ctx.qwords.filter((w) => `${n.title}${n.carriedTitle ?? ''}`.includes(w) && !/^(规划|计划|方案|意见|办法|静安|静安区)$/.test(w));
}

/** Each entity's sentence from running text, taken when every entity has one. */
function composeAllEntities(ctx: AnswerContext, draft: DraftClass, entities: Entity[]): boolean {
  if (entities.length < 2) return false;
  const side = new DraftClass(ctx.lookup);
  if (!composeEntities(ctx, side, entities) || side.support < ENTITY_SUPPORT) return false;
  draft.absorb(side);
  draft.support = side.support;
  return true;
}

export function composeComparison(ctx: AnswerContext, draft: DraftClass): boolean {
  const entities = ctx.entities ?? entitiesOf(ctx.question, ctx.vocab);
  const areas = entities.every((e) => e.notice && ctx.vocab.areas.get(e.text) === e.notice) ? entities.map((e) => e.text) : [];
  const notices = namedPlans(ctx);
  if (ORDER_ASKED.test(ctx.question) && notices.length >= 2) return composeOrder(draft, notices);
  if (areas.length < 2) {
    return composeAllEntities(ctx, draft, entities)
      || (notices.length >= 2 && composeSideBySide(ctx, draft, notices, notices.map((n) => namesIn(ctx, n))));
  }
  const subject = subjectWords(ctx, areas.map((a) => ctx.vocab.areas.get(a)!)).filter((w) => !COMPARING.test(w));
  const picks = areas.map((a) => ({ area: a, pick: pickFor(ctx, ctx.vocab.areas.get(a)!, subject) }));
  const found = picks.filter((p): p is { area: string; pick: Pick } => p.pick !== null);
  if (found.length < areas.length) {
    if (composeAllEntities(ctx, draft, entities)) return true;
    const side = new DraftClass(ctx.lookup);
    const plans = areas.map((a) => ctx.vocab.areas.get(a)!);
    if (composeSideBySide(ctx, side, plans, areas.map((a) => [a])) && side.support >= (found.length ? Math.min(...found.map((f) => f.pick.fit)) : 0)) {
      draft.absorb(side);
      draft.support = side.support;
      return true;
    }
  }
  if (!found.length) return false;
  for (const { pick } of found) {
    const { text, headers } = describeValues(pick.record);
    const n = draft.cite(recordEvidence(ctx.lookup, pick.chunk, pick.notice, pick.record, headers));
    draft.say(`《${planName(pick.notice)}》中，“${indicatorName(pick.record)}”${text}。`, n);
  }
  const missing = picks.filter((x) => !x.pick).map((p) => `《${planName(ctx.vocab.areas.get(p.area)!)}》`);
  // "哪个多": with one side missing there is nothing to weigh, though each side found is shown
  if (missing.length && VERDICT_ASKED.test(ctx.question)) draft.declined = `现有文件无法回答这一比较：${missing.join('、')}的主要指标表中没有这项指标。`;
  else for (const m of missing) draft.say(`${m}的主要指标表中没有找到对应的指标。`);
  if (found.length === 2) draft.say(verdict(found[0]!.pick, found[1]!.pick));
  if (found.length > 2) draft.say(highest(found.map((f) => f.pick)));
  draft.support = Math.min(...found.map((f) => f.pick.fit));
  return true;
}

// "哪几项指标进度低于预期？", "哪些指标是约束性的？": the rows of a table whose class column holds the value asked.

import type { Notice, TableRecord } from '../ingest/types.js';
import { matchKey } from '../core/text.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { indicatorName, namedPlans, planName } from './compose-target.js';
import { recordChunkOf, recordEvidence } from './evidence.js';

/** The rows asked for by name: "哪几项", "哪些指标". */
const WHICH_ROWS = /哪(些|几)/;
/** Columns that name the row, shown as its name rather than among its values. */
const NAME_COLUMN = /^(序号|指标|主要指标|指标名称)$/;
/** Columns that hold a label or a figure, never a class the rows fall into. */
const notAClass = (column: string) => NAME_COLUMN.test(column) || /^(单位|姓名|职务|备注)$/.test(column);
/** A class value: a short word, no figure ("约束性", "低于预期", "提前完成"). */
const CLASS_VALUE = /^\p{Script=Han}{2,6}$/u;

interface ClassNamed { column: string; value: string }
interface RowsAsked { notice: Notice; classes: ClassNamed[]; rows: TableRecord[] }

/** The tables to read: those of the plans named, else those retrieval reached. */
function tablesAsked(ctx: AnswerContext): Array<{ notice: Notice; rows: TableRecord[] }> {
  const named = namedPlans(ctx);
  const reached = new Map<string, { notice: Notice; rows: TableRecord[] }>();
  for (const h of ctx.hits) {
    const found = h.chunk.recordId ? ctx.lookup.record(h.chunk.recordId) : undefined;
    if (!found || found.record.kind !== 'indicator') continue;
    if (named.length && !named.some((n) => n.id === found.notice.id)) continue;
    const key = `${found.notice.id}|${found.record.caption}`;
    if (!reached.has(key)) reached.set(key, { notice: found.notice, rows: ctx.lookup.tableOf(found.record) });
  }
  return [...reached.values()];
}

/**
 * The classes the question names (column and value), in the first table where it names one that splits the rows;
 * the rows are those of every class named ("哪些约束性指标进度低于预期": 属性 约束性 and 进展评价 低于预期).
 */
function rowsAsked(ctx: AnswerContext): RowsAsked | null {
  const q = matchKey(ctx.question);
  for (const { notice, rows } of tablesAsked(ctx)) {
    const classes: ClassNamed[] = [];
    for (const column of rows[0]?.columns ?? []) {
      if (notAClass(column)) continue;
      const values = new Set(rows.map((r) => r.cells[column] ?? '').filter((v) => CLASS_VALUE.test(v)));
      // a class splits the table: a value every row holds picks nothing out
      if (values.size < 2) continue;
      const value = [...values].filter((v) => q.includes(matchKey(v))).sort((a, b) => b.length - a.length)[0];
      if (value) classes.push({ column, value });
    }
    const picked = rows.filter((r) => classes.every((c) => r.cells[c.column] === c.value));
    if (classes.length && picked.length) return { notice, classes, rows: picked };
  }
  return null;
}

export function composeRowsByValue(ctx: AnswerContext, draft: Draft): boolean {
  if (!WHICH_ROWS.test(ctx.question)) return false;
  const asked = rowsAsked(ctx);
  if (!asked) return false;
  const { notice, classes, rows } = asked;
  const named = classes.map((c) => `${c.column}为“${c.value}”`).join('且');
  // no count of its own: a number the quotes do not hold would be dropped as ungrounded
  draft.say(`《${planName(notice)}》“${rows[0]!.caption}”中，${named}的是以下各项：`);
  for (const r of rows) {
    const n = draft.cite(recordEvidence(ctx.lookup, recordChunkOf(ctx.hits, notice, r), notice, r));
    const others = r.columns.filter((c) => !NAME_COLUMN.test(c) && !classes.some((k) => k.column === c) && r.cells[c])
      .map((c) => `${c}${r.cells[c]}`);
    draft.say(`${indicatorName(r)}${others.length ? `（${others.join('，')}）` : ''}。`, n);
  }
  draft.support = 1;
  return true;
}

// Loading an eval set: JSONL text → items, with every malformed line or field reported (never thrown).

import { z } from 'zod';
import { CATEGORIES, type EvalItem, type SetProblem } from './types.js';

const message = z.object({ role: z.enum(['user', 'assistant']), content: z.string().min(1) }).strict();

const itemSchema = z.object({
  id: z.string().regex(/^[\w-]+$/),
  category: z.enum(CATEGORIES),
  question: z.string().trim().min(2),
  history: z.array(message).min(1).optional(),
  answerable: z.boolean(),
  expected_answer: z.string().trim().min(1),
  key_facts: z.array(z.string().trim().min(1)),
  citations: z.array(z.object({ doc: z.string().trim().min(1), section: z.string().trim().min(1) }).strict()),
  source_file: z.string().min(1),
  evidence: z.string(),
}).strict();

export interface LoadedSet {
  name: string;
  items: EvalItem[];
  /** 1-based line of each item, by id (the first line, should an id repeat) */
  lines: Map<string, number>;
  /** 1-based line of items[i] */
  itemLines: number[];
  problems: SetProblem[];
}

/** Parses JSONL; a line that fails to parse or to match the schema is reported and left out. */
export function parseEvalSet(name: string, text: string): LoadedSet {
  const out: LoadedSet = { name, items: [], lines: new Map(), itemLines: [], problems: [] };
  const rows = text.split(/\r?\n/);
  rows.forEach((row, i) => {
    const line = i + 1;
    if (!row.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(row);
    } catch (e) {
      out.problems.push({ set: name, line, itemId: null, field: '(line)', message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const r = itemSchema.safeParse(raw);
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    if (!r.success) {
      for (const issue of r.error.issues) {
        out.problems.push({ set: name, line, itemId: id, field: issue.path.join('.') || '(item)', message: issue.message });
      }
      return;
    }
    out.items.push(r.data as EvalItem);
    out.itemLines.push(line);
    if (!out.lines.has(r.data.id)) out.lines.set(r.data.id, line);
  });
  out.problems.push(...consistencyProblems(out));
  return out;
}

/** Rules across fields: unique ids, answerable items carry facts and sources, unanswerable ones carry none. */
function consistencyProblems(set: LoadedSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const seen = new Set<string>();
  set.items.forEach((item, i) => {
    const p = (field: string, message: string) =>
      problems.push({ set: set.name, line: set.itemLines[i] ?? 0, itemId: item.id, field, message });
    if (seen.has(item.id)) p('id', `duplicate id ${item.id}`);
    seen.add(item.id);
    if (item.answerable) {
      if (!item.key_facts.length) p('key_facts', 'an answerable item needs at least one key fact');
      if (!item.citations.length) p('citations', 'an answerable item needs at least one gold citation');
      if (!item.evidence.trim()) p('evidence', 'an answerable item needs evidence');
    } else {
      if (item.key_facts.length) p('key_facts', 'an unanswerable item must have no key facts');
      if (item.citations.length) p('citations', 'an unanswerable item must have no gold citations');
    }
    if (item.category === 'out_of_scope' && item.answerable) p('answerable', 'out_of_scope items are unanswerable');
    if (item.category === 'follow_up' && !item.history) p('history', 'a follow_up item needs its earlier turns');
    if (item.history && item.history[item.history.length - 1]!.role !== 'assistant') {
      p('history', 'history must end with the assistant turn the question follows');
    }
  });
  return problems;
}

/** Several sets evaluated as one (`--set all`); ids stay unique because each set prefixes its own. */
export function concatSets(name: string, sets: LoadedSet[]): LoadedSet {
  const merged: LoadedSet = { name, items: [], lines: new Map(), itemLines: [], problems: [] };
  for (const s of sets) {
    merged.items.push(...s.items);
    merged.itemLines.push(...s.itemLines);
    for (const [id, line] of s.lines) merged.lines.set(id, line);
    merged.problems.push(...s.problems);
  }
  return merged;
}

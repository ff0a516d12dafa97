// The eval-set validator (`npm run eval:check`, and a test in `npm test`): schema, key facts and evidence in the seeds, gold that resolves.

import { matchKey } from '../core/text.js';
import type { Corpus } from '../ingest/types.js';
import { factAlternatives } from './facts.js';
import { resolveGold } from './gold.js';
import type { LoadedSet } from './set.js';
import type { EvalItem, ResolvedGold, SetProblem } from './types.js';

export interface CheckedSet {
  problems: SetProblem[];
  /** resolved gold citations by item id (items whose gold failed to resolve are absent) */
  gold: Map<string, ResolvedGold[]>;
}

/**
 * Seed-text checks compare match keys (whitespace removed, width folded) with plain containment: a table row's cells
 * lose their tabs, so number boundaries cannot be judged here; the answer matcher applies them.
 */
function textProblems(item: EvalItem, sourceKey: string | undefined): Array<[string, string]> {
  if (sourceKey === undefined) return [['source_file', `no seed file named ${item.source_file}`]];
  const out: Array<[string, string]> = [];
  item.key_facts.forEach((fact, i) => {
    if (!factAlternatives(fact).some((alt) => sourceKey.includes(matchKey(alt)))) {
      out.push([`key_facts.${i}`, `"${fact}" does not occur in ${item.source_file}`]);
    }
  });
  if (item.evidence && !sourceKey.includes(matchKey(item.evidence))) {
    out.push(['evidence', `"${item.evidence.slice(0, 40)}…" does not occur in ${item.source_file}`]);
  }
  return out;
}

export function checkSet(set: LoadedSet, corpus: Corpus): CheckedSet {
  const problems = [...set.problems];
  const gold = new Map<string, ResolvedGold[]>();
  const sourceKeys = new Map(corpus.sources.map((s) => [s.name, matchKey(s.text)]));
  set.items.forEach((item, index) => {
    const line = set.itemLines[index] ?? 0;
    const report = (field: string, message: string) => problems.push({ set: set.name, line, itemId: item.id, field, message });
    for (const [field, message] of textProblems(item, sourceKeys.get(item.source_file))) report(field, message);
    const resolved: ResolvedGold[] = [];
    item.citations.forEach((c, i) => {
      const r = resolveGold(corpus, c);
      if (r.ok) resolved.push(r.gold);
      else report(`citations.${i}`, r.message);
    });
    if (resolved.length === item.citations.length) gold.set(item.id, resolved);
  });
  return { problems, gold };
}

export function formatProblem(p: SetProblem): string {
  return `${p.set}:${p.line} ${p.itemId ?? '?'} ${p.field}: ${p.message}`;
}
